// Reads one profile from disk or stdin, never more than one byte past the size limit.
import fs from 'node:fs';
import { fromBytes, profileText, streamTooLarge, tooLarge, type Source } from '../document/source.js';
import type { Catalogue } from '../i18n/index.js';
import { MAX_FILE_BYTES } from '../document/limits.js';

export type ReadResult =
  | Source
  /** The file could not be read at all: reported on stderr, exit code 2. */
  | { kind: 'error'; describe(c: Catalogue): string };

/**
 * A buffer that every profile of a batch is read into (the run session's), whole or up to one byte past the limit:
 * a huge file, a device or a named pipe (`clsm check /dev/zero`) costs one mebibyte of reading, never more. As fast
 * as Node's own readFileSync for the few-kilobyte profiles of a batch (measured: docs/performance.md).
 */
export function readBuffer(): Buffer {
  return Buffer.allocUnsafe(MAX_FILE_BYTES + 1);
}

export function readSource(filePath: string, displayPath: string, buffer: Buffer): ReadResult {
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
    return fromBuffer(buffer, total);
  } catch (error) {
    return { kind: 'error', describe: (c) => describeFsError(c, error, displayPath) };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The common case — UTF-8 text — is decoded natively; anything that decodes with a replacement character or
 * holds a NUL byte goes to `fromBytes`, which says precisely what is wrong with it.
 */
function fromBuffer(buffer: Buffer, length: number): Source {
  const text = buffer.toString('utf8', 0, length);
  if (text.includes('\uFFFD') || text.includes('\0')) return fromBytes(Buffer.from(buffer.subarray(0, length)));
  return profileText(text);
}

export async function readStdin(stream: AsyncIterable<Uint8Array | string>): Promise<ReadResult> {
  // `clsm check - < dossier`: reading a folder gives nothing, which would be checked as an empty profile.
  const fd = (stream as { fd?: unknown }).fd;
  if (typeof fd === 'number') {
    try {
      if (fs.fstatSync(fd).isDirectory()) return { kind: 'error', describe: (c) => c.read.stdinFolder() };
    } catch {
      // Not a descriptor that can be examined: read it as it comes.
    }
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += bytes.length;
    if (total > MAX_FILE_BYTES) return streamTooLarge;
    chunks.push(bytes);
  }
  return fromBytes(Buffer.concat(chunks));
}

export function describeFsError(c: Catalogue, error: unknown, displayPath: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return c.read.notFound(displayPath);
  if (code === 'ELOOP') return c.read.symlinkLoop(displayPath);
  const reason = code && Object.prototype.hasOwnProperty.call(c.read.reasons, code) ? c.read.reasons[code]! : (code ?? String(error));
  return c.read.unreadable(displayPath, reason);
}
