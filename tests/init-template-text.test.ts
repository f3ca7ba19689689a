// `init --template` writes a text the build rendered for a base year, its years moved to the year asked
// (src/init/template-text.ts): it must be, byte for byte, what rendering the template for that year gives.
import { describe, expect, it } from 'vitest';
import { profileYaml } from '../src/init/profile-yaml.js';
import { templateProfile } from '../src/init/template.js';
import { renderedTemplate, shiftYears } from '../src/init/template-text.js';

describe('the template rendered at build time', () => {
  it.each(['fr', 'en'] as const)('is, for every year --year accepts (2000 to 2100), what rendering gives (%s)', (lang) => {
    for (let year = 2000; year <= 2100; year++) {
      const rendered = renderedTemplate(year, lang);
      expect(rendered, String(year)).toBe(profileYaml(templateProfile(year), year, lang));
    }
  });

  it('moves only the years near the base year, whole numbers only', () => {
    expect(shiftYears('2900-01-15, 2896, 2909, 2910, 12900, 29001, mai 2025', 2900, 2026)).toBe('2026-01-15, 2022, 2035, 2910, 12900, 29001, mai 2025');
  });
});
