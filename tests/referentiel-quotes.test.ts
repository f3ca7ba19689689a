// Every « … » that quotes the referential is copied from it (SPEC §4.1): the ruleset's texts in both languages (the
// English keeps the French quotation), the doc pages and the profile schema's descriptions are compared with the
// instruction and its annex 2 (../shared/referentiel/, or the copy kept in tests/referentiel/ for a clone without
// it). Typography may differ (apostrophes, no-break spaces, line breaks, the case of the first letter), words may not.
import fs from 'node:fs';
import path from 'node:path';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const sources = ['instruction-2025-8.md', 'annexe-2.txt'].map((name) => {
  const shared = path.join(root, '..', 'shared', 'referentiel', name);
  return fs.readFileSync(fs.existsSync(shared) ? shared : path.join(root, 'tests', 'referentiel', name), 'utf8');
});

/** Typography and layout set aside: footnote calls, list bullets, line breaks, spaces, apostrophes, case. */
export function normalised(text: string): string {
  return text
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/^\s*[-•]\s+/gm, '')
    .replace(/[’‘]/g, "'")
    .replace(/[\u00a0\u202f\s]+/g, ' ')
    .toLowerCase()
    .trim();
}

const corpus = sources.map(normalised).join(' ¶ ');

/**
 * « … » around something that is not the referential's: a section of the README, or an example value of a
 * profile (the schema's descriptions name « CLSM de Villeneuve-d’Ascq » as an example of a name).
 */
const NOT_QUOTATIONS = new Set(
  [
    ...[...fs.readFileSync(path.join(root, 'README.md'), 'utf8').matchAll(/^#+ (.+)$/gm)].map((m) => m[1]!),
    'CLSM de Villeneuve-d’Ascq',
  ].map(normalised),
);

/** The « … » spans of a text that quote something: a span holding a placeholder or code is a value, not a quotation. */
function quotations(text: string): string[] {
  return [...text.matchAll(/«([^»]*)»/g)].map((m) => m[1]!).filter((span) => !/[{}`]/.test(span) && !NOT_QUOTATIONS.has(normalised(span)));
}

/** A quotation may cut the text with […]; each piece must be in it. */
export function missingPieces(quotation: string, text = corpus): string[] {
  return quotation
    .split(/\[(?:…|\.\.\.)\]/)
    .map((piece) => normalised(piece).replace(/^[\s,;:.]+|[\s,;:]+$/g, ''))
    .filter((piece) => piece !== '' && !text.includes(piece));
}

interface Place {
  where: string;
  text: string;
}

function rulesetTexts(): Place[] {
  const raw = jsYaml.load(fs.readFileSync(path.join(root, 'rules', 'referentiel-2025.yaml'), 'utf8')) as {
    source: Record<string, string>;
    labels: Record<string, Record<string, string>>;
    rules: Array<Record<string, unknown> & { id: string }>;
  };
  const places: Place[] = [];
  for (const lang of ['fr', 'en']) {
    places.push({ where: `source.${lang}`, text: raw.source[lang]! });
    for (const [key, text] of Object.entries(raw.labels[lang] ?? {})) places.push({ where: `labels.${lang}.${key}`, text });
    for (const rule of raw.rules) {
      for (const field of ['reference', 'description', 'rationale', 'message', 'remediation']) {
        const text = (rule[field] as Record<string, string> | undefined)?.[lang];
        if (text) places.push({ where: `${rule.id}.${field}.${lang}`, text });
      }
      for (const [id, text] of Object.entries((rule.messages as Record<string, Record<string, string>> | undefined) ?? {})) places.push({ where: `${rule.id}.messages.${id}.${lang}`, text: text[lang]! });
    }
  }
  return places;
}

function schemaTexts(): Place[] {
  const places: Place[] = [];
  const walk = (node: unknown, at: string): void => {
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, `${at}[${i}]`));
    else if (node && typeof node === 'object')
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'description' || key === 'title') && typeof value === 'string') places.push({ where: `${at}.${key}`, text: value });
        else walk(value, `${at}.${key}`);
      }
  };
  walk(JSON.parse(fs.readFileSync(path.join(root, 'schemas', 'profil-clsm.schema.json'), 'utf8')), 'profil');
  const english = JSON.parse(fs.readFileSync(path.join(root, 'schemas', 'profil-clsm.schema.en-texts.json'), 'utf8')) as Record<string, string>;
  for (const [french, text] of Object.entries(english)) places.push({ where: `en: ${french.slice(0, 40)}`, text });
  return places;
}

function docTexts(): Place[] {
  const dir = path.join(root, 'rules', 'docs');
  return fs.readdirSync(dir).map((name) => ({ where: `rules/docs/${name}`, text: fs.readFileSync(path.join(dir, name), 'utf8').replace(/```[\s\S]*?```/g, '') }));
}

function unfaithful(places: Place[]): string[] {
  return places.flatMap(({ where, text }) => quotations(text).flatMap((quotation) => missingPieces(quotation).map((piece) => `${where} : « ${piece} »`)));
}

describe('quotations of the referential', () => {
  it('finds a quotation that is not in the text, so that the checks below can fail', () => {
    expect(missingPieces('Le COPIL se réunit trois fois par an')).toEqual(['le copil se réunit trois fois par an']);
    expect(missingPieces('Le COPIL se réunit deux fois par an')).toEqual([]);
    expect(missingPieces('Sous l’égide du maire […] il rassemble tous les acteurs locaux')).toEqual([]);
  });

  it('in the national ruleset, in French and English', () => {
    const places = rulesetTexts();
    expect(places.filter(({ text }) => quotations(text).length > 0).length).toBeGreaterThan(40);
    expect(unfaithful(places)).toEqual([]);
  });

  it('in every rationale: each names its section and quotes at least one sentence', () => {
    const rationales = rulesetTexts().filter(({ where }) => /\.rationale\.fr$/.test(where));
    const withoutQuotation = rationales.filter(({ where, text }) => quotations(text).length === 0 && !/^(Règle de|Une dérogation)/.test(text) && !where.startsWith('derogation'));
    expect(withoutQuotation.map(({ where }) => where)).toEqual([]);
  });

  it('in the doc pages', () => {
    expect(unfaithful(docTexts())).toEqual([]);
  });

  it('in the profile schema’s titles and descriptions, French and English', () => {
    expect(unfaithful(schemaTexts())).toEqual([]);
  });
});
