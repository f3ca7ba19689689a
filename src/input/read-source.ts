// Reads one profile from disk or stdin, refusing oversized input before reading it.
import fs from 'node:fs';
import type { Catalogue } from '../i18n/index.js';
import { problemAt, type InputProblem } from '../problem.js';
import { decode } from './decode.js';
import type { TargetStat } from './find-files.js';
import { MAX_FILE_BYTES } from './limits.js';

export type Source =
  | { kind: 'text'; text: string }
  /** The file was read but is not a YAML profile: reported as a finding, status `invalid`. */
  | { kind: 'problem'; problem: InputProblem }
  /** The file could not be read at all: reported on stderr, exit code 2. */
  | { kind: 'error'; describe(c: Catalogue): string };

const mib = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

function tooLarge(size: number): Source {
  return { kind: 'problem', problem: problemAt('yaml-syntaxe', (c) => c.read.tooLarge(mib(size), mib(MAX_FILE_BYTES))) };
}

const streamTooLarge: Source = { kind: 'problem', problem: problemAt('yaml-syntaxe', (c) => c.read.tooLargeStream(mib(MAX_FILE_BYTES))) };

export function fromBytes(bytes: Uint8Array): Source {
  if (bytes.length > MAX_FILE_BYTES) return tooLarge(bytes.length);
  const decoded = decode(bytes);
  return decoded.ok ? { kind: 'text', text: decoded.text } : { kind: 'problem', problem: decoded.problem };
}

/**
 * The common case — a UTF-8 text of a few kilobytes — takes the fast path: Node's native UTF-8 read, whose
 * length tells whether the file is over the limit (a 50 MB file is read in a few tens of milliseconds). Anything that decodes with a replacement character or holds a NUL byte is read again
 * as bytes, so that `decode` can say precisely what is wrong with it.
 */
export function readSource(filePath: string, displayPath: string, stat?: TargetStat): Source {
  if (stat?.regular === true && stat.size > MAX_FILE_BYTES) return tooLarge(stat.size);
  // A device or a named pipe has no size and may never end (`clsm check /dev/zero`): read it with a bound.
  if (stat?.regular === false) return readBounded(filePath, displayPath);
  let text: string;
  try {
    text = fs.readFileSync(filePath, 'utf8');
  } catch (error) {
    // Past the limits of a string or of a read, the file is far too large to be a profile.
    const code = (error as NodeJS.ErrnoException).code;
    if (error instanceof RangeError || code === 'ERR_FS_FILE_TOO_LARGE' || code === 'ERR_STRING_TOO_LONG') return sizeOf(filePath, displayPath);
    return { kind: 'error', describe: (c) => describeFsError(c, error, displayPath) };
  }
  // A character takes one to four bytes: only a text over a quarter of the limit needs its bytes counted.
  if (text.length > MAX_FILE_BYTES / 4) {
    const bytes = Buffer.byteLength(text);
    if (bytes > MAX_FILE_BYTES) return tooLarge(bytes);
  }
  if (text.includes('\uFFFD') || text.includes('\0')) return fromBytes(fs.readFileSync(filePath));
  return { kind: 'text', text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

function sizeOf(filePath: string, displayPath: string): Source {
  try {
    return tooLarge(fs.statSync(filePath).size);
  } catch (error) {
    return { kind: 'error', describe: (c) => describeFsError(c, error, displayPath) };
  }
}

function readBounded(filePath: string, displayPath: string): Source {
  let fd: number;
  try {
    fd = fs.openSync(filePath, 'r');
  } catch (error) {
    return { kind: 'error', describe: (c) => describeFsError(c, error, displayPath) };
  }
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(64 * 1024);
      const read = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) return fromBytes(Buffer.concat(chunks, total));
      total += read;
      if (total > MAX_FILE_BYTES) return streamTooLarge;
      chunks.push(chunk.subarray(0, read));
    }
  } catch (error) {
    return { kind: 'error', describe: (c) => describeFsError(c, error, displayPath) };
  } finally {
    fs.closeSync(fd);
  }
}

export async function readStdin(stream: NodeJS.ReadableStream): Promise<Source> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buffer.length;
    if (total > MAX_FILE_BYTES) return streamTooLarge;
    chunks.push(buffer);
  }
  return fromBytes(Buffer.concat(chunks));
}

export function describeFsError(c: Catalogue, error: unknown, displayPath: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return c.read.notFound(displayPath);
  if (code === 'ELOOP') return c.read.symlinkLoop(displayPath);
  const reason = (code ? c.read.reasons[code] : undefined) ?? code ?? String(error);
  return c.read.unreadable(displayPath, reason);
}
