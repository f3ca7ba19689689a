// Number formatting, used by each catalogue with its own separators: the one place numbers are worded.

/**
 * Thousands grouped from five digits on, so that years read as years; at most three decimals. Written by hand:
 * the first Intl.NumberFormat costs ~20 ms of locale loading, a tenth of a one-file run.
 */
export function groupedNumber(value: number, decimalSeparator: string, groupSeparator: string): string {
  if (Number.isInteger(value) && Math.abs(value) < 10000) return String(value);
  const [integer = '', fraction] = String(Math.round(Math.abs(value) * 1000) / 1000).split('.');
  const grouped = integer.length > 4 ? integer.replace(/\B(?=(\d{3})+$)/g, groupSeparator) : integer;
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? decimalSeparator + fraction : ''}`;
}

/** A number with a fixed count of decimals (sizes in MiB), without grouping. */
export function fixedNumber(value: number, digits: number, decimalSeparator: string): string {
  return value.toFixed(digits).replace('.', decimalSeparator);
}

/** `2026-03-14` → « 14 mars 2026 » with the language's month names (another text is returned as it is). */
export function longDate(iso: string, months: readonly string[], day: (n: number) => string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  return `${day(Number(match[3]))}\u00a0${months[Number(match[2]) - 1]}\u00a0${match[1]}`;
}
