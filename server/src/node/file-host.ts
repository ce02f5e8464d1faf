/** The core's FileHost over the real file system (the CLI, and the server for unopened files). */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import type { FileHost } from '../core/api';
import { stripBom } from '../core/text/bom';

export function createNodeFileHost(workspaceRoot: string, overlay?: (path: string) => string | undefined): FileHost {
  return {
    workspaceRoot,
    readFile(path) {
      const open = overlay?.(path);
      if (open !== undefined) return open;
      try {
        if (!statSync(path).isFile()) return undefined;
        return stripBom(readFileSync(path, 'utf8'));
      } catch {
        return undefined;
      }
    },
    fileSize(path) {
      if (overlay?.(path) !== undefined) return undefined;
      try {
        return statSync(path).size;
      } catch {
        return undefined;
      }
    },
    realPath(path) {
      try {
        return realpathSync(path);
      } catch {
        return overlay?.(path) !== undefined ? path : undefined;
      }
    },
  };
}

