// Reads one profile from disk or stdin, never more than one byte past the size limit.
import fs from 'node:fs';
import type { Catalogue } from '../i18n/index.js';
import { problemAt, type InputProblem } from '../problem.js';
import { decode } from './decode.js';
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

// Every profile is read into this one buffer, whole or up to one byte past the limit: a huge file, a device or a
// named pipe (`clsm check /dev/zero`) costs one mebibyte of reading, never more. As fast as Node's own
// readFileSync for the few-kilobyte profiles of a batch (measured: docs/performance.md).
const buffer = Buffer.allocUnsafe(MAX_FILE_BYTES + 1);

export function readSource(filePath: string, displayPath: string): Source {
  let fd: number;
  try {
    fd = fs.openSync(filePath, 'r');
  } catch (error) {
    return { kind: 'error', describe: (c) => describeFsError(c, error, displayPath) };
  }
  try {
    let total = 0;
    while (total < buffer.length) {
      const read = fs.readSync(fd, buffer, total, buffer.length - total, null);
      if (read === 0) break;
      total += read;
    }
    if (total > MAX_FILE_BYTES) {
      const stat = fs.fstatSync(fd);
      return stat.isFile() ? tooLarge(stat.size) : streamTooLarge;
    }
    return fromBuffer(total);
  } catch (error) {
    return { kind: 'error', describe: (c) => describeFsError(c, error, displayPath) };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The common case — UTF-8 text — is decoded natively; anything that decodes with a replacement character or
 * holds a NUL byte goes to `decode`, which says precisely what is wrong with it.
 */
function fromBuffer(length: number): Source {
  const text = buffer.toString('utf8', 0, length);
  if (text.includes('\uFFFD') || text.includes('\0')) return fromBytes(Buffer.from(buffer.subarray(0, length)));
  return { kind: 'text', text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
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
