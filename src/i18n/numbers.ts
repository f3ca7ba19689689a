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
