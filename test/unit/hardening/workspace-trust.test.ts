import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/analyze';

interface Manifest {
  capabilities: { untrustedWorkspaces: { supported: boolean | 'limited' } };
  contributes: { configuration: { properties: Record<string, { type: string; enum?: unknown[]; markdownDescription?: string }> } };
}

const manifest = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as Manifest;

/**
 * VS Code runs an extension that declares `untrustedWorkspaces.supported: true` in a workspace
 * the user has not trusted. That is honest only if nothing a workspace contains can make it
 * run code or reach beyond the workspace: its files are parsed as data (the safety tests in
 * test/cli and test/lsp run the real bundles under a hook that fails on any process, network
 * or eval use, and import real symlinks pointing out), and no setting a workspace can set
 * names a program, a path or a URL (a string setting is a choice among fixed words).
 */
describe('the extension may honestly run in an untrusted workspace', () => {
  it('declares full support for untrusted workspaces', () => {
    expect(manifest.capabilities.untrustedWorkspaces.supported).toBe(true);
  });

  it('has no setting that names a program, a path or a URL, so a workspace cannot make it run or fetch anything', () => {
    const properties = manifest.contributes.configuration.properties;
    expect(Object.keys(properties).length).toBeGreaterThan(0);
    for (const [key, property] of Object.entries(properties)) {
      expect(key, key).not.toMatch(/path|command|executable|program|url|server\.(?!trace)|args/i);
      // A string setting is one of a fixed list of words (trace.server, inlayHints.verbosity), never free text.
      if (property.type === 'string') expect(Array.isArray(property.enum) && property.enum.every((word: unknown) => typeof word === 'string' && /^[a-z]+$/.test(word)), key).toBe(true);
    }
  });
});
