// French ways of writing a number that YAML reads as text: a decimal comma (0,5), spaces between thousands
// (12 000), a unit or a currency (30 000 €), quotes ("30000"). The schema error then says how to write it.

export type NumberHabit = 'comma' | 'spaces' | 'unit' | 'quoted';

export interface NumberFix {
  habit: NumberHabit;
  /** The number as YAML reads it, ready to paste. */
  written: string;
}

const UNITS = /\s*(€|euros?|eur|etp|habitants?|hab\.?|%)\s*$/i;

/** A type error's sentence, ended by how to write the number when it was written the French way. */
export function numberHint(sentence: string, value: unknown, words: { how: Record<NumberHabit, string>; write(written: string, how: string, value: string): string }): string {
  const fix = numberFix(value);
  return fix ? `${sentence}${words.write(fix.written, words.how[fix.habit], String(value))}` : `${sentence}.`;
}

export function numberFix(value: unknown): NumberFix | null {
  if (typeof value !== 'string') return null;
  let text = value.trim();
  let habit: NumberHabit = 'quoted';
  if (UNITS.test(text)) {
    text = text.replace(UNITS, '');
    habit = 'unit';
  }
  if (/\d[ \u00a0\u202f.]\d{3}(?!\d)/.test(text) && !/,\d{3}$/.test(text)) {
    const grouped = text.replace(/(\d)[ \u00a0\u202f.](?=\d{3}(?!\d))/g, '$1');
    if (grouped !== text) {
      text = grouped;
      if (habit === 'quoted') habit = 'spaces';
    }
  }
  if (/^-?\d+,\d+$/.test(text)) {
    text = text.replace(',', '.');
    if (habit === 'quoted') habit = 'comma';
  }
  return /^-?\d+(\.\d+)?$/.test(text) ? { habit, written: text } : null;
}

/**
 * `- categorie:elu` is valid YAML: a text where a block was expected. When a text reads like `key:value`, the
 * sentence ends on the missing space instead of its full stop.
 */
export function missingSpaceHint(sentence: string, value: unknown, hint: (fixed: string) => string): string {
  const match = typeof value === 'string' ? /^([a-z_][a-z0-9_]*):(\S.*)$/.exec(value) : null;
  return match ? `${sentence.replace(/\.$/, '')}${hint(`${match[1]}: ${match[2]}`)}` : sentence;
}
