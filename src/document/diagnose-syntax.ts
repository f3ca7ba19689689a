// The real cause of a YAML syntax error, for people who do not write YAML every day. js-yaml (the fast parser)
// often reports where it gave up — the line after a missing space, the end of the file for an unclosed quote —
// not where the slip is. Used on the failure path only, with the `yaml` package (slower, finer errors) to
// locate what the line-by-line reading below does not explain.
import { LineCounter, parseDocument } from 'yaml';
import { syntaxProblem, type InputProblem } from '../problem.js';

interface Line {
  number: number;
  text: string;
  indent: number;
  /** Blank or comment only. */
  empty: boolean;
}

/** `key:` at the start of a line (after a list dash), the key in the profile's own snake_case. */
const KEY = /^(\s*(?:-\s+)?)([a-z_][a-z0-9_]*):/;

/** A better problem than js-yaml's, or the same one when no cause is recognised. */
/** Beyond these, the parser's own words are kept: the diagnosis compares lines, and must stay fast on any file. */
const MAX_DIAGNOSED_CHARS = 256 * 1024;
const MAX_DIAGNOSED_LINE = 4096;

export function diagnoseSyntax(text: string, problem: InputProblem): InputProblem {
  if (problem.messageId !== 'parse.syntax') return problem;
  if (text.length > MAX_DIAGNOSED_CHARS || text.split('\n', 20_000).some((line) => line.length > MAX_DIAGNOSED_LINE)) return problem;
  const lines = text.split(/\r?\n/).map((raw, i): Line => {
    const trimmed = raw.trimStart();
    return { number: i + 1, text: raw, indent: raw.length - trimmed.length, empty: trimmed === '' || trimmed.startsWith('#') };
  });
  // The slip is at or before the later of the two parsers' positions (js-yaml sometimes stops a line early).
  let last = problem.position?.line ?? lines.length;
  const counter = new LineCounter();
  const firstError = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: false }).errors[0];
  if (firstError) last = Math.max(last, counter.linePos(firstError.pos[0]).line);
  const scope = lines.slice(0, Math.min(lines.length, last + 1));
  return quotesAndBrackets(scope) ?? missingSpace(scope) ?? indentation(scope) ?? problem;
}

/** The value written after `key: ` or `- ` on a line, with the column it starts at (1-based). */
function valueOf(line: Line): { value: string; column: number } | null {
  const match = /^(\s*(?:-\s+)*(?:[^\s#'"[{][^#]*?:\s+)?)(\S.*)$/.exec(line.text);
  if (!match || line.empty) return null;
  return { value: match[2]!, column: match[1]!.length + 1 };
}

/** An unclosed quote or bracket, an apostrophe inside a text in apostrophes, a `: ` inside `{ }` not quoted. */
function quotesAndBrackets(lines: readonly Line[]): InputProblem | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const found = valueOf(line);
    if (!found) continue;
    const { value, column } = found;
    const opener = value[0]!;
    if (opener === '"' && !/^"(?:[^"\\]|\\.)*"/.test(value)) return syntaxProblem('parse.unclosedQuote', { quote: '"' }, line.number, column);
    if (opener === "'") {
      const closed = /^'(?:[^']|'')*'/.exec(value);
      if (!closed) return syntaxProblem('parse.unclosedQuote', { quote: "'" }, line.number, column);
      const after = value.slice(closed[0].length).trim();
      if (after !== '' && !after.startsWith('#')) return syntaxProblem('parse.apostropheInQuotes', {}, line.number, column + closed[0].length - 1);
    }
    if (opener === '[' || opener === '{') {
      const depth = bracketDepth(value);
      const next = lines.slice(i + 1).find((l) => !l.empty);
      // A flow collection may go on over more indented lines; otherwise it had to close on its own line.
      if (depth > 0 && (!next || next.indent <= line.indent)) return syntaxProblem('parse.unclosedBracket', { bracket: opener }, line.number, column);
      if (opener === '{') {
        const colon = unquotedColonInFlowValue(value);
        if (colon >= 0) return syntaxProblem('parse.flowNeedsQuotes', {}, line.number, column + colon);
      }
    }
  }
  return null;
}

/** Brackets left open at the end of a flow value, quotes skipped. */
function bracketDepth(value: string): number {
  let depth = 0;
  let quote = '';
  for (const char of value) {
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '[' || char === '{') depth++;
    else if (char === ']' || char === '}') depth--;
    else if (char === '#' && depth === 0) break;
  }
  return depth;
}

/** In `{ a: b, c: d: e }`, the offset of a second `: ` within one entry (an unquoted value holding a colon). */
function unquotedColonInFlowValue(value: string): number {
  let quote = '';
  let colons = 0;
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!;
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === ',' || char === '{' || char === '}') colons = 0;
    else if (char === ':' && /\s/.test(value[i + 1] ?? ' ')) {
      if (++colons === 2) return i;
    }
  }
  return -1;
}

/** `nom:CLSM de Douai`: without a space after the colon, YAML reads the whole line as one text. */
function missingSpace(lines: readonly Line[]): InputProblem | null {
  for (const line of lines) {
    if (line.empty) continue;
    const match = KEY.exec(line.text);
    const rest = match ? line.text.slice(match[0].length) : '';
    if (!match || rest === '' || /^\s/.test(rest) || rest.startsWith('//')) continue;
    return syntaxProblem('parse.missingSpace', { key: match[2]!, value: rest.trim() }, line.number, match[0].length);
  }
  return null;
}

/**
 * A line indented more than the line before it although that line already has its value, or less than it at
 * a depth where no block starts.
 */
function indentation(lines: readonly Line[]): InputProblem | null {
  const open: number[] = [0];
  let previous: Line | null = null;
  let inBlockText = -1;
  let flowDepth = 0;
  for (const line of lines) {
    if (line.empty) continue;
    // Inside a multi-line text (`|`, `>`) or a list or block in brackets written over several lines.
    if (inBlockText >= 0 && line.indent > inBlockText) continue;
    inBlockText = -1;
    if (flowDepth > 0) {
      flowDepth += bracketDepth(line.text.trim());
      continue;
    }
    if (previous) {
      const opensBlock = /:\s*(#.*)?$/.test(previous.text) || /^\s*-\s*(#.*)?$/.test(previous.text) || /^\s*-\s+[^#]*:\s/.test(previous.text) || /^\s*-\s+\S/.test(previous.text);
      if (line.indent > previous.indent && !opensBlock) return syntaxProblem('parse.overIndented', { previous: previous.number }, line.number, line.indent + 1);
      if (line.indent > previous.indent) open.push(line.indent);
      else {
        const levels = [...open];
        while (open.length > 1 && open[open.length - 1]! > line.indent) open.pop();
        const dash = /^\s*-\s/.test(line.text);
        if (open[open.length - 1] !== line.indent && !dash) {
          const expected = levels.reduce((best, level) => (Math.abs(level - line.indent) <= Math.abs(best - line.indent) ? level : best));
          return syntaxProblem('parse.badIndent', { actual: line.indent, expected }, line.number, line.indent + 1);
        }
      }
    }
    if (/:\s*[|>][-+0-9]*\s*(#.*)?$/.test(line.text)) inBlockText = line.indent;
    const value = valueOf(line)?.value;
    if (value && (value.startsWith('[') || value.startsWith('{'))) flowDepth = Math.max(0, bracketDepth(value));
    previous = line;
  }
  return null;
}
