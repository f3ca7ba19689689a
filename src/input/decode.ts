// Bytes → text: refuses binary, UTF-16 and non-UTF-8 files with a precise message; strips a UTF-8 BOM.
import { isUtf8 } from 'node:buffer';
import { problemAt, type InputProblem } from '../problem.js';

export type Decoded = { ok: true; text: string } | { ok: false; problem: InputProblem };

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, problem: problemAt('yaml-syntaxe', (c) => c.read.utf16()) };
  }
  if (bytes.indexOf(0) !== -1) return { ok: false, problem: problemAt('yaml-syntaxe', (c) => c.read.binary()) };
  if (!isUtf8(bytes)) {
    const offset = firstInvalidUtf8(bytes);
    const line = lineOfByte(bytes, offset);
    return { ok: false, problem: problemAt('yaml-syntaxe', (c) => c.read.notUtf8(line), line, 1) };
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { ok: true, text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8', hasBom ? 3 : 0) };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return Math.max(0, bytes.length - 1);
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
