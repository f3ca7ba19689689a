// Bytes → profile text: refuses oversized, binary, UTF-16 and non-UTF-8 content with a precise problem; strips a
// UTF-8 BOM and normalises to NFC (an accent typed as a combining mark compares equal to the precomposed one).
import { MAX_FILE_BYTES } from './limits.js';
import { syntaxProblem, type InputProblem } from '../problem.js';

export type Source =
  | { kind: 'text'; text: string }
  /** The content was read but is not a YAML text: reported as a finding, status `invalid`. */
  | { kind: 'problem'; problem: InputProblem };

const MIB = 1024 * 1024;

export function tooLarge(sizeBytes: number): Source {
  return { kind: 'problem', problem: syntaxProblem('read.tooLarge', { sizeMiB: sizeBytes / MIB, limitMiB: MAX_FILE_BYTES / MIB }) };
}

export const streamTooLarge: Source = { kind: 'problem', problem: syntaxProblem('read.tooLargeStream', { limitMiB: MAX_FILE_BYTES / MIB }) };

/**
 * Characters that are always in NFC: Latin-1 and Latin Extended (below the combining marks at U+0300), general
 * punctuation after U+2001 (’ « » … –), currency signs. A text made of them only needs no normalisation (half the
 * profiles' texts skip `normalize`, which costs ~4 µs per profile).
 */
const MAY_CHANGE_UNDER_NFC = /[^\u0000-\u02ff\u2002-\u206f\u20a0-\u20cf]/;

/** Text decoded from valid UTF-8, without its BOM if it had one, in NFC. */
export function normalizedText(decoded: string): string {
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  return MAY_CHANGE_UNDER_NFC.test(text) ? text.normalize('NFC') : text;
}

export function profileText(decoded: string): Source {
  return { kind: 'text', text: normalizedText(decoded) };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export function fromBytes(bytes: Uint8Array): Source {
  if (bytes.length > MAX_FILE_BYTES) return tooLarge(bytes.length);
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { kind: 'problem', problem: syntaxProblem('read.utf16', {}) };
  }
  if (bytes.indexOf(0) !== -1) return { kind: 'problem', problem: syntaxProblem('read.binary', {}) };
  let text: string;
  try {
    // The decoder removes a UTF-8 BOM.
    text = strictUtf8.decode(bytes);
  } catch {
    const line = lineOfByte(bytes, firstInvalidUtf8(bytes));
    return { kind: 'problem', problem: syntaxProblem('read.notUtf8', { line }, line, 1) };
  }
  return profileText(text);
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
