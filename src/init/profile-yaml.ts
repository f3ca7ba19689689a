// A profile as YAML text a person reads and edits: the schema modeline, a header, and above each block a comment
// saying what the referential expects. Written with the `yaml` package's document API, which also carries the
// comments of an existing profile over to next year's (`--from`).
import { Document, isMap, isScalar, isSeq, parseDocument, visit, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { typographyFor } from '../i18n/typography.js';
import type { Lang } from '../types.js';
import { choicesOf } from './schema-choices.js';
import { initTexts } from './texts.js';

export const SCHEMA_MODELINE = ' yaml-language-server: $schema=https://clsm.dev/schemas/profil-clsm.schema.json';

const TO_STRING = { lineWidth: 0, indentSeq: true } as const;

/** A new profile, its blocks in the order of the format, each under its comment. */
export function profileYaml(profile: Record<string, unknown>, year: number, lang: Lang): string {
  const texts = initTexts(lang);
  const document = new Document(profile);
  document.commentBefore = `${SCHEMA_MODELINE}\n${typographyFor(lang)(texts.header(year))}`;
  for (const [path, comment] of Object.entries(texts.blocks)) {
    const pair = pairAt(document.contents, path.split('.'));
    if (!pair) continue;
    (pair.key as { commentBefore?: string }).commentBefore = typographyFor(lang)(comment);
    if (!path.includes('.')) (pair.key as { spaceBefore?: boolean }).spaceBefore = true;
  }
  // The blocks the questions do not ask, as commented YAML: inside their parent block when the profile has it (a
  // comment at the block's indentation, so that removing « # » gives the right key), at the end otherwise.
  const skeletons = skeletonsOf(profile, year, lang);
  const atEnd: string[] = [];
  for (const { parent, lines } of skeletons) {
    const block = document.get(parent, true);
    if (isMap(block)) (block as YAMLMap).comment = lines.map((line) => ` ${line}`).join('\n');
    else atEnd.push(`# ${parent}:`, ...lines.map((line) => `#   ${line}`));
  }
  if (skeletons.length > 0) document.commentBefore += `\n${typographyFor(lang)(texts.skeleton)}`;
  const written = document.toString(TO_STRING);
  return atEnd.length > 0 ? `${written}\n${atEnd.join('\n')}\n` : written;
}

/**
 * The blocks a rule checks that the questionnaire does not ask (the partnership agreement, the actions with their
 * objectives and publics, dérogations), as YAML lines under their parent key, with the allowed values: a person sees
 * what to write instead of guessing its structure.
 */
function skeletonsOf(profile: Record<string, unknown>, year: number, lang: Lang): Array<{ parent: string; lines: string[] }> {
  const t = typographyFor(lang);
  const raw = initTexts(lang).skeletonNotes;
  const notes = { convention: t(raw.convention), actions: t(raw.actions), derogations: t(raw.derogations), values: t(raw.values), date: raw.date };
  const values = (path: string) => `${notes.values} ${choicesOf(path, lang).map((choice) => choice.value).join(', ')}`;
  const has = (block: string, key: string) => {
    const parent = profile[block];
    return parent !== null && typeof parent === 'object' && key in (parent as Record<string, unknown>);
  };
  const skeletons: Array<{ parent: string; lines: string[] }> = [];
  if (!has('portage', 'convention')) {
    skeletons.push({
      parent: 'portage',
      lines: [
        `convention:                      # ${notes.convention}`,
        '  signee: true',
        `  date: ${year}-01-15             # ${notes.date}`,
        `  signataires: [collectivite, psychiatrie]   # ${values('portage.convention.signataires[]')}`,
      ],
    });
  }
  if (!has('strategie', 'actions')) {
    skeletons.push({
      parent: 'strategie',
      lines: [
        `actions:                         # ${notes.actions}`,
        `  - intitule: ${lang === 'fr' ? 'Semaines d’information sur la santé mentale' : 'Mental health information weeks'}`,
        `    objectifs: [stigmatisation, prevention]   # ${values('strategie.actions[].objectifs[]')}`,
        `    objectifs_operationnels: [reseau_decloisonnement]   # ${values('strategie.actions[].objectifs_operationnels[]')}`,
        `    publics: [grand_public, professionnels]   # ${values('strategie.actions[].publics[]')}`,
      ],
    });
  }
  if (!('derogations' in profile)) {
    skeletons.push({
      parent: 'derogations',
      lines: [
        `- regle: coordination-temps-plein   # ${notes.derogations}`,
        `  justification: ${lang === 'fr' ? 'Recrutement en cours, mi-temps jusqu’à l’arrivée du coordonnateur' : 'Recruitment under way, half time until the coordinator arrives'}`,
        `  jusqu_au: ${year + 1}-12-31`,
      ],
    });
  }
  return skeletons;
}

function pairAt(node: unknown, keys: readonly string[]): Pair | undefined {
  if (!isMap(node)) return undefined;
  const pair = (node as YAMLMap).items.find((item) => isScalar(item.key) && item.key.value === keys[0]);
  if (!pair || keys.length === 1) return pair;
  return pairAt(pair.value, keys.slice(1));
}

export interface NextYear {
  text: string;
  /** The profile's year before the change. */
  from: number | undefined;
  /** What was changed or removed, one sentence each, for the person to read. */
  changes: string[];
}

/**
 * Next year's profile from this year's text: same content and comments, the year moved on, meetings of earlier
 * years removed, working groups' meeting counts back to 0, the funding moved to the new year with each amount
 * kept under a comment asking to confirm it, dérogations that end before the new year removed.
 */
export function nextYearYaml(text: string, year: number, today: string, lang: Lang = 'fr'): NextYear {
  const said = initTexts(lang).nextYear;
  const t = typographyFor(lang);
  const changes: string[] = [];
  const document = parseDocument(text, { keepSourceTokens: false });
  // An alias whose anchor sits on a meeting removed below would be left pointing at nothing: each alias becomes a
  // copy of what it names first (the anchor's own node keeps its place and comments).
  visit(document, {
    Alias(_, alias) {
      const target = alias.resolve(document);
      return target ? (target.clone() as Node) : undefined;
    },
  });
  const from = document.get('annee_reference');
  document.set('annee_reference', year);
  changes.push(t(said.year(typeof from === 'number' ? from : null, year)));
  if (document.hasIn(['financement', 'annee'])) {
    const funded = document.getIn(['financement', 'annee']);
    document.setIn(['financement', 'annee'], year);
    const sources = document.getIn(['financement', 'sources']);
    const amounts = isSeq(sources) ? sources.items.filter((source) => isMap(source) && source.has('montant')).length : 0;
    // One comment above the list (its items may be written inline, where a comment would break them up).
    const pair = pairAt(document.contents, ['financement', 'sources']);
    if (pair && amounts > 0) (pair.key as { commentBefore?: string }).commentBefore = t(said.confirmAmount(typeof funded === 'number' ? funded : null));
    changes.push(t(said.funding(year, amounts)));
  }
  for (const path of [
    ['gouvernance', 'copil', 'reunions'],
    ['gouvernance', 'assemblee_pleniere', 'reunions'],
  ]) {
    const meetings = document.getIn(path);
    if (!isSeq(meetings)) continue;
    const before = meetings.items.length;
    keepItems(meetings, (item) => String(isMap(item) ? (item.get('date') ?? '') : '').slice(0, 4) >= String(year));
    if (meetings.items.length < before) changes.push(t(said.meetings(path.join('.'), before - meetings.items.length)));
  }
  const groups = document.getIn(['gouvernance', 'groupes_travail']);
  if (isSeq(groups) && groups.items.length > 0) {
    for (const group of groups.items) if (isMap(group) && group.has('nombre_reunions')) group.set('nombre_reunions', 0);
    changes.push(t(said.groups));
  }
  const derogations = document.get('derogations');
  if (isSeq(derogations)) {
    // A dérogation that ends before the new year has nothing to cover in it (nor one already over today).
    const start = `${year}-01-01`;
    const removed = derogations.items.filter((item) => String(isMap(item) ? (item.get('jusqu_au') ?? '') : '') < (today > start ? today : start));
    keepItems(derogations, (item) => !removed.includes(item as never));
    for (const item of removed) changes.push(t(said.derogation(String(isMap(item) ? item.get('regle') : ''), String(isMap(item) ? item.get('jusqu_au') : ''))));
  }
  const written = document.toString(TO_STRING);
  // Every written profile starts with the schema modeline, for editors.
  const leadingComments = /^(?:#.*\n|\s*\n)*/.exec(written)![0];
  return { text: leadingComments.includes('yaml-language-server:') ? written : `#${SCHEMA_MODELINE}\n${written}`, from: typeof from === 'number' ? from : undefined, changes };
}

function keepItems(sequence: YAMLSeq, keep: (item: unknown) => boolean): void {
  sequence.items = sequence.items.filter(keep);
  // An emptied list stays a list the person can fill: `reunions: []`.
  if (sequence.items.length === 0) sequence.flow = true;
}
