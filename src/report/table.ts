// Box tables for the terminal: word-wrapped cells, styled line by line after wrapping.
// Written here because cli-table3 measured ~90 ms for a 15-row table (its width function runs an emoji
// regex for every character it trims), which made a 3 000-file text report take minutes.
import { displayWidth, fitStart } from './width.js';

/** One cell: paragraphs that each start on a new line, each with an optional style (colour). */
export type Cell = string | Array<{ text: string; style?: (line: string) => string }>;

export interface Column {
  /** Width of the content, padding excluded. */
  width: number;
}

const BORDER = { top: ['┌', '─', '┬', '┐'], middle: ['├', '─', '┼', '┤'], bottom: ['└', '─', '┴', '┘'], vertical: '│' };

/** Greedy word wrap to a width in terminal columns; a word longer than the width is cut. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let used = 0;
    for (const word of paragraph.split(' ')) {
      let rest = word;
      let restWidth = displayWidth(rest);
      while (restWidth > width) {
        if (line !== '') {
          lines.push(line);
          line = '';
          used = 0;
        }
        const head = fitStart(rest, width);
        lines.push(head);
        rest = rest.slice(head.length);
        restWidth = displayWidth(rest);
      }
      if (line === '') {
        line = rest;
        used = restWidth;
      } else if (used + 1 + restWidth <= width) {
        line += ` ${rest}`;
        used += 1 + restWidth;
      } else {
        lines.push(line);
        line = rest;
        used = restWidth;
      }
    }
    lines.push(line);
  }
  return lines;
}

function cellLines(cell: Cell, width: number): string[] {
  const paragraphs = typeof cell === 'string' ? [{ text: cell }] : cell;
  const lines: string[] = [];
  for (const { text, style } of paragraphs) {
    for (const line of wrap(text, width)) {
      const padded = line + ' '.repeat(Math.max(0, width - displayWidth(line)));
      lines.push(style ? style(padded) : padded);
    }
  }
  return lines;
}

function rule([left, fill, join, right]: string[], columns: readonly Column[]): string {
  return left + columns.map((column) => fill!.repeat(column.width + 2)).join(join) + right;
}

function row(cells: readonly Cell[], columns: readonly Column[]): string[] {
  const wrapped = cells.map((cell, i) => cellLines(cell, columns[i]!.width));
  const height = Math.max(...wrapped.map((lines) => lines.length));
  const out: string[] = [];
  for (let line = 0; line < height; line++) {
    const parts = wrapped.map((lines, i) => lines[line] ?? ' '.repeat(columns[i]!.width));
    out.push(`${BORDER.vertical} ${parts.join(` ${BORDER.vertical} `)} ${BORDER.vertical}`);
  }
  return out;
}

/** Natural content width of a column: its longest line, header included. */
/** The columns a table's borders take: `│ ` before each cell, ` │` after the last, ` │ ` between. */
export const tableFrame = (columns: number) => 3 * columns + 1;

export function naturalWidth(values: readonly string[]): number {
  let width = 0;
  for (const value of values) for (const line of value.split('\n')) width = Math.max(width, displayWidth(line));
  return width;
}

export function renderTable(head: readonly Cell[], rows: readonly (readonly Cell[])[], columns: readonly Column[]): string {
  const lines = [rule(BORDER.top, columns), ...row(head, columns), rule(BORDER.middle, columns)];
  for (const cells of rows) lines.push(...row(cells, columns));
  lines.push(rule(BORDER.bottom, columns));
  return lines.join('\n');
}
