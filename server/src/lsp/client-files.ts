import * as z from 'zod';
import type { Connection } from 'vscode-languageserver/node';
import type { FileHost } from '../core';
import { stripBom } from '../core';
import { describeError } from './errors';
import type { FileSource } from './file-host';
import { READ_FILE_MAX_BYTES, READ_FILE_METHOD, type ReadFileParams, type ReadFileResult } from './protocol';
import { pathToUri } from './uri';

/** What the server keeps of the files it read: enough for the core's 256 imports of several documents. */
const MAX_CACHED_FILES = 1_024;
const MAX_CACHED_CHARACTERS = 64 * 1024 * 1024;
/** A client that does not answer a read within this time: the file counts as unreadable until it changes. */
const READ_TIMEOUT_MS = 10_000;

type Known = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'too-large'; readonly size: number } | { readonly kind: 'unreadable'; readonly reason: string } | { readonly kind: 'missing' };

/** The client's answer, validated: an editor of another version (or another editor) may answer otherwise. */
const readFileResult = z.union([
  z.null(),
  z.object({ kind: z.literal('text'), text: z.string() }),
  z.object({ kind: z.literal('too-large'), size: z.number().nonnegative() }),
  z.object({ kind: z.literal('unreadable'), reason: z.string() }),
]);

/**
 * Files read through the client (`cellspec/readFile`), for the web worker's server, which has no
 * disk: the core's synchronous reads are answered from what the client has sent, and a file not
 * read yet counts as missing for that run while its read starts (FileSource in file-host.ts). A
 * file's answer is kept until the client reports it changed (workspace/didChangeWatchedFiles) or
 * it is closed in the editor; at most MAX_CACHED_FILES files and MAX_CACHED_CHARACTERS of text.
 */
export class ClientFiles implements FileSource {
  private readonly known = new Map<string, Known>();
  private readonly inFlight = new Map<string, Promise<Known>>();
  private characters = 0;
  private finishedSinceSettled = false;

  constructor(private readonly connection: Connection) {}

  get reading(): boolean {
    return this.inFlight.size > 0;
  }

  async settled(): Promise<boolean> {
    while (this.inFlight.size > 0) await Promise.all(this.inFlight.values());
    const finished = this.finishedSinceSettled;
    this.finishedSinceSettled = false;
    return finished;
  }

  forget(filePaths: readonly string[]): void {
    for (const filePath of filePaths) this.drop(filePath);
  }

  async read(filePath: string): Promise<string | undefined> {
    const known = this.known.get(filePath) ?? (await this.start(filePath));
    return known.kind === 'text' ? known.text : undefined;
  }

  host(workspaceRoot: string, overlay: (filePath: string) => string | undefined): FileHost {
    /** What the client said of the file; unknown starts a read, and the file counts as missing for now. */
    const lookup = (filePath: string): Known => {
      const known = this.known.get(filePath);
      if (known) return known;
      void this.start(filePath);
      return { kind: 'missing' };
    };
    return {
      workspaceRoot,
      readFile: (filePath) => {
        const open = overlay(filePath);
        if (open !== undefined) return open;
        const known = lookup(filePath);
        return known.kind === 'text' ? known.text : undefined;
      },
      fileSize: (filePath) => {
        if (overlay(filePath) !== undefined) return undefined;
        const known = this.known.get(filePath);
        return known?.kind === 'too-large' ? known.size : undefined;
      },
      // The client resolves no links: a file that exists is its own real path.
      realPath: (filePath) => (overlay(filePath) !== undefined || lookup(filePath).kind !== 'missing' ? filePath : undefined),
    };
  }

  private start(filePath: string): Promise<Known> {
    const running = this.inFlight.get(filePath);
    if (running) return running;
    const read = this.request(filePath).then((known) => {
      if (this.inFlight.get(filePath) === read) {
        this.inFlight.delete(filePath);
        this.remember(filePath, known);
        this.finishedSinceSettled = true;
      }
      return known;
    });
    this.inFlight.set(filePath, read);
    return read;
  }

  private async request(filePath: string): Promise<Known> {
    const params: ReadFileParams = { uri: pathToUri(filePath) };
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`the editor did not answer within ${READ_TIMEOUT_MS / 1000} s`)), READ_TIMEOUT_MS);
      });
      const answer = readFileResult.safeParse(await Promise.race([this.connection.sendRequest<ReadFileResult>(READ_FILE_METHOD, params), timeout]));
      if (!answer.success) return { kind: 'unreadable', reason: `the editor's answer to ${READ_FILE_METHOD} has another shape` };
      const result = answer.data;
      if (result === null) return { kind: 'missing' };
      // The client should have refused it unread; a text over the limit is refused here all the same.
      if (result.kind === 'text' && result.text.length > READ_FILE_MAX_BYTES) return { kind: 'too-large', size: result.text.length };
      return result.kind === 'text' ? { kind: 'text', text: stripBom(result.text) } : result;
    } catch (error) {
      return { kind: 'unreadable', reason: describeError(error) };
    } finally {
      clearTimeout(timer);
    }
  }

  private remember(filePath: string, known: Known): void {
    this.drop(filePath);
    this.known.set(filePath, known);
    this.characters += known.kind === 'text' ? known.text.length : 0;
    // The oldest answers go first (a Map iterates in insertion order).
    for (const oldest of this.known.keys()) {
      if (this.known.size <= MAX_CACHED_FILES && this.characters <= MAX_CACHED_CHARACTERS) break;
      this.drop(oldest);
    }
  }

  private drop(filePath: string): void {
    const known = this.known.get(filePath);
    if (known?.kind === 'text') this.characters -= known.text.length;
    this.known.delete(filePath);
    // A read under way answers for the file as it was: its answer is not kept.
    this.inFlight.delete(filePath);
  }
}
