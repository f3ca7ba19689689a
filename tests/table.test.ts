// The terminal table: wrapping and layout as a reader sees them.
import { describe, expect, it } from 'vitest';
import { renderTable, wrap } from '../src/report/table.js';

describe('wrap', () => {
  it.each([
    ['Le COPIL se réunit deux fois par an', 12, ['Le COPIL se', 'réunit deux', 'fois par an']],
    ['gouvernance.assemblee_pleniere.reunions', 15, ['gouvernance.ass', 'emblee_pleniere', '.reunions']],
    ['première\nseconde ligne', 20, ['première', 'seconde ligne']],
    ['', 5, ['']],
  ])('%j in %i columns', (text, width, lines) => expect(wrap(text, width)).toEqual(lines));
});

describe('renderTable', () => {
  it('draws borders, pads cells and styles each wrapped line', () => {
    const table = renderTable(
      ['Règle', 'Écart'],
      [['copil-reunions', [{ text: '1 réunion du COPIL' }, { text: '→ réunissez-le', style: (line) => `<${line}>` }]]],
      [{ width: 14 }, { width: 10 }],
    );
    // The style sees the padded line: with ANSI colours (zero width) the borders stay aligned.
    expect(table.split('\n')).toEqual([
      '┌────────────────┬────────────┐',
      '│ Règle          │ Écart      │',
      '├────────────────┼────────────┤',
      '│ copil-reunions │ 1 réunion  │',
      '│                │ du COPIL   │',
      '│                │ <→         > │',
      '│                │ <réunissez-> │',
      '│                │ <le        > │',
      '└────────────────┴────────────┘',
    ]);
  });
});
