// French habits in the form's inputs, read and written back: « 42 000 », « 0,5 », « 12 000 € », « 14/03/2026 ».
// A value that cannot be read is reported beside its field, never written to the profile.

export type Read<T> = { ok: true; value: T | undefined } | { ok: false };

const SPACES = /[\s\u00a0\u202f]/g;

export function readNumber(text: string, integer: boolean): Read<number> {
  const raw = text.replace(SPACES, '').replace(/€$/, '');
  // « 3.500 » is three thousand five hundred for some, three and a half for others: asked again, never guessed.
  if (/^\d{1,3}(\.\d{3})+$/.test(raw)) return { ok: false };
  const compact = raw.replace(',', '.');
  if (compact === '') return { ok: true, value: undefined };
  if (!/^-?\d+(\.\d+)?$/.test(compact)) return { ok: false };
  const value = Number(compact);
  if (integer && !Number.isInteger(value)) return { ok: false };
  return Number.isFinite(value) ? { ok: true, value } : { ok: false };
}

export function showNumber(value: unknown, locale: string): string {
  return typeof value === 'number' ? value.toLocaleString(locale, { maximumFractionDigits: 6 }) : value === undefined || value === null ? '' : String(value);
}

/** JJ/MM/AAAA (with /, - or .), or AAAA-MM-JJ, to AAAA-MM-JJ; only real calendar dates. */
export function readDate(text: string): Read<string> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const [year, month, day] = french ? [french[3]!, french[2]!, french[1]!] : iso ? [iso[1]!, iso[2]!, iso[3]!] : [];
  if (year === undefined) return { ok: false };
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCFullYear() !== Number(year) || date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return { ok: false };
  return { ok: true, value: `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}` };
}

/** A date as the profile holds it (AAAA-MM-JJ, or a Date when the parser made one) shown as JJ/MM/AAAA. */
export function showDate(value: unknown): string {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10).replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3/$2/$1');
  if (typeof value !== 'string') return value === undefined || value === null ? '' : String(value);
  return value.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3/$2/$1');
}
