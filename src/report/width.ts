// How many terminal columns a text takes: a wide (CJK) character or an emoji takes two, a combining mark none.
// Profile text can hold any of them, and a report line must never be wider than the terminal.
import { eastAsianWidth } from 'get-east-asian-width';

/** Text in which every character takes one column: Latin scripts, punctuation, French spaces, box drawing. */
const NARROW = /^[\u0020-\u007e\u00a0-\u02ff\u0370-\u03ff\u0400-\u04ff\u2000-\u200a\u2010-\u2027\u202f-\u205e\u20ac\u2190-\u21ff\u2500-\u257f]*$/;
const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}]/u;
const EMOJI = /\p{Extended_Pictographic}/u;

export function displayWidth(text: string): number {
  if (NARROW.test(text)) return text.length;
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

export function charWidth(char: string): number {
  const code = char.codePointAt(0)!;
  if (code < 0x300) return 1;
  if (ZERO_WIDTH.test(char)) return 0;
  if (code > 0x2000 && EMOJI.test(char)) return 2;
  return eastAsianWidth(code);
}

/** The longest start of `text` that fits in `width` columns (at least one character, so that cutting moves on). */
export function fitStart(text: string, width: number): string {
  let used = 0;
  let end = 0;
  for (const char of text) {
    const w = charWidth(char);
    if (used + w > width && end > 0) break;
    used += w;
    end += char.length;
  }
  return text.slice(0, end);
}
