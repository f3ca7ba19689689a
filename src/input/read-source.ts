// Reads one profile from disk or stdin, refusing oversized input before reading it.
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

export function fromBytes(bytes: Uint8Array): Source {
  if (bytes.length > MAX_FILE_BYTES) return tooLarge(bytes.length);
  const decoded = decode(bytes);
  return decoded.ok ? { kind: 'text', text: decoded.text } : { kind: 'problem', problem: decoded.problem };
}

export function readSource(filePath: string, displayPath: string): Source {
  let fd: number | undefined;
  try {
    fd = fs.openSync(filePath, 'r');
    const { size } = fs.fstatSync(fd);
    if (size > MAX_FILE_BYTES) return tooLarge(size);
    const buffer = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = fs.readSync(fd, buffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return fromBytes(buffer.subarray(0, read));
  } catch (error) {
    return { kind: 'error', describe: (c) => describeFsError(c, error, displayPath) };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export async function readStdin(stream: NodeJS.ReadableStream): Promise<Source> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buffer.length;
    if (total > MAX_FILE_BYTES) return tooLarge(total);
    chunks.push(buffer);
  }
  return fromBytes(Buffer.concat(chunks));
}

export function describeFsError(c: Catalogue, error: unknown, displayPath: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return c.read.notFound(displayPath);
  if (code === 'ELOOP') return c.read.symlinkLoop(displayPath);
  const reasons: Record<string, [string, string]> = {
    EACCES: ['permission refusée', 'permission denied'],
    EPERM: ['opération non permise', 'operation not permitted'],
    EISDIR: ['c’est un dossier', 'it is a folder'],
    EIO: ['erreur d’entrée-sortie', 'input/output error'],
  };
  const pair = code ? reasons[code] : undefined;
  const reason = pair ? (c.locale.startsWith('fr') ? pair[0] : pair[1]) : (code ?? String(error));
  return c.read.unreadable(displayPath, reason);
}
