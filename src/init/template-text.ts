// The text `init --template` writes, rendered once at build time (scripts/gen.mjs) for a base year far from any real
// one, then moved to the year asked: rendering it with the `yaml` package took ~10 ms of a ~120 ms command (SPEC §8:
// `init --template` within 1.6 × `node -e 0`). The build checks that moving the years gives exactly what rendering
// does, and tests/init-template-text.test.ts does so for every year `--year` accepts.
import { TEMPLATE_BASE_YEAR, TEMPLATE_TEXTS } from '../generated/template-texts.js';
import type { Lang } from '../types.js';

/** The years the template names lie this close to its reference year (creation four years before, a dérogation's end the year after). */
const SPAN = 9;

/** `text` with every four-digit number within SPAN of `from` moved by `to − from`. */
export function shiftYears(text: string, from: number, to: number): string {
  return text.replace(/\b\d{4}\b/g, (digits) => {
    const value = Number(digits);
    return Math.abs(value - from) <= SPAN ? String(value - from + to) : digits;
  });
}

/** The template for `year` (four digits: what `--year` and `--today` accept) in `lang`. */
export function renderedTemplate(year: number, lang: Lang): string {
  return shiftYears(TEMPLATE_TEXTS[lang], TEMPLATE_BASE_YEAR, year);
}
