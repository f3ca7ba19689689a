// Text from a profile, a ruleset or a file name, made safe for a terminal: control characters (C0, DEL, C1:
// escape sequences, carriage returns, backspaces), bidirectional overrides and line separators are shown as
// visible escapes instead of acting on the terminal. The one function every terminal output goes through.

// Tab and line feed are kept: our own texts use them. Everything else that moves the cursor, changes colours or
// reorders the text is replaced.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escape(char: string): string {
  return `\\u{${char.charCodeAt(0).toString(16).padStart(4, '0')}}`;
}

export function printable(text: string): string {
  return text.replace(UNSAFE, escape);
}

/** For one line of a table or a message: line feeds and tabs from the data are shown as escapes too. */
export function printableLine(text: string): string {
  return printable(text).replace(/[\n\t]/g, escape);
}

const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON text that is also safe on a terminal: JSON escapes the C0 controls itself; DEL, C1 controls and
 * bidirectional marks are written as `\uXXXX` escapes too (the parsed value is the same).
 */
export function terminalSafeJson(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Text bound for a terminal, line feeds and tabs kept: other control characters and bidirectional overrides shown as `\u{…}`. */
export function terminalSafeText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g, (char) => `\\u{${char.codePointAt(0)!.toString(16).padStart(4, '0')}}`);
}
