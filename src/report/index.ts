// The report formats, by the name given to --format.
import { jsonFormatter } from './json.js';
import type { Formatter } from './model.js';
import { textFormatter } from './text.js';

export const FORMATTERS = { text: textFormatter, json: jsonFormatter } as const satisfies Record<string, Formatter>;
export type FormatName = keyof typeof FORMATTERS;
