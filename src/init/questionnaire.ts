// The questions of `clsm init`, one screen at a time, in a terminal (@inquirer/prompts, loaded only here).
// What a coordinator knows without looking anything up; every question but the name can be skipped with
// Enter, and a wrong answer (a date, a number) is asked again with the reason.
import { checkbox, input, search, select } from '@inquirer/prompts';
import type { Commune, TerritoryTable } from '../territory/table.js';
import { typographyFor } from '../i18n/typography.js';
import { numberFix } from '../i18n/number-habits.js';
import { catalogue } from '../i18n/index.js';
import type { Lang, Statut } from '../types.js';
import { wrap } from '../report/table.js';
import { choicesOf, type Choice } from './schema-choices.js';
import { initTexts } from './texts.js';

type Profile = Record<string, unknown>;

const HELP_WORDS: Record<Lang, Record<string, string>> = {
  fr: { navigate: 'se déplacer', select: 'choisir', tick: 'cocher', all: 'tout', invert: 'inverser', submit: 'valider', space: 'Espace' },
  en: {},
};

/** An identifier proposed from a name: `CLSM de Villeneuve-d'Ascq` → `villeneuve-d-ascq`. */
export function identifierFrom(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^clsm\s+(de la|de l’|de l'|du|des|de|d’|d')\s*/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'clsm';
}

/** `14/03/2025`, `14/3/2025` or `2025-03-14` → `2025-03-14`; null when it is not a calendar date. */
export function dateAnswer(text: string): string | null {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [day, month, year] = text.includes('/') || /^\d{1,2}[.-]/.test(text) ? [match[1], match[2], match[3]] : [match[3], match[2], match[1]];
  const iso = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? null : iso;
}

/** A number as a person types it: `0,5`, `12 000`, `30 000 €` are read as 0.5, 12000, 30000. */
export function numberAnswer(text: string): number | null {
  const plain = /^-?\d+(\.\d+)?$/.test(text) ? text : numberFix(text)?.written;
  return plain === undefined ? null : Number(plain);
}

/** The profile's answers; its `annee_reference` is asked, `year` proposed. */
export async function askProfile(lang: Lang, year: number, out: (text: string) => void, columns = 80, territory?: TerritoryTable): Promise<Profile> {
  const texts = initTexts(lang);
  const t = typographyFor(lang);
  const theme = {
    style: {
      keysHelpTip: (keys: [string, string][]) =>
        keys
          .map(([key, action]) => {
            const words = HELP_WORDS[lang];
            // In a checklist, Space ticks; Enter chooses in a list and validates a checklist.
            const doing = key === 'space' && action === 'select' ? 'tick' : action;
            return `${words[key] ?? key} ${words[doing] ?? doing}`;
          })
          .join(' · '),
    },
  };
  const list = (text: string) =>
    text
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== '');

  const text = async (message: string, options: { required?: boolean; default?: string; check?: (answer: string) => string | null } = {}) =>
    (
      await input({
        message: t(message),
        ...(options.default !== undefined ? { default: options.default } : {}),
        validate: (answer) => {
          const trimmed = answer.trim();
          if (trimmed === '') return options.required ? t(texts.invalid.required) : true;
          const problem = options.check?.(trimmed);
          return problem ? t(problem) : true;
        },
      })
    ).trim();
  const optionalNumber = async (message: string, check: (value: number | null, raw: string) => string | null, proposed?: string) => {
    const answer = await text(message, { check: (raw) => check(numberAnswer(raw), raw), ...(proposed !== undefined ? { default: proposed } : {}) });
    return answer === '' ? undefined : numberAnswer(answer)!;
  };
  const dates = async (message: string) => {
    const answer = await text(message, { check: (raw) => list(raw).map((d) => (dateAnswer(d) ? null : texts.invalid.date(d))).find((p) => p) ?? null });
    return list(answer).map((d) => dateAnswer(d)!);
  };
  const SKIP = '';
  /** The search's value for an EPCI: never a commune code (those are five characters). */
  const EPCI_CHOICE = 'epci:';
  const choose = async (message: string, choices: Choice[], options: { skippable?: boolean; default?: string } = {}) =>
    select({
      message: t(message),
      // Enter alone skips: the skip choice comes first and is the default.
      choices: [...(options.skippable === false ? [] : [{ value: SKIP, name: t(texts.skip) }]), ...choices.map((c) => ({ value: c.value, name: t(c.name) }))],
      default: options.default ?? SKIP,
      pageSize: 10,
      theme,
    });
  const yesNo = async (message: string): Promise<boolean | undefined> => {
    const answer = await choose(message, [
      { value: 'yes', name: texts.yes },
      { value: 'no', name: texts.no },
    ]);
    return answer === SKIP ? undefined : answer === 'yes';
  };
  const tick = async (message: string, choices: Choice[]) =>
    checkbox({ message: t(message), choices: choices.map((c) => ({ value: c.value, name: t(c.name) })), pageSize: 12, theme });
  const nonEmpty = <T extends Record<string, unknown>>(object: T): T | undefined => {
    const kept = Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0) && !(typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0)));
    return Object.keys(kept).length > 0 ? (kept as T) : undefined;
  };

  out(`${wrap(t(texts.intro), Math.max(20, columns - 1)).join('\n')}\n\n`);
  const nom = await text(texts.ask.nom, { required: true });
  const identifiant = await text(texts.ask.identifiant, { required: true, default: identifierFrom(nom), check: (a) => (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(a) ? null : texts.invalid.identifiant) });
  const statut = await choose(
    texts.ask.statut,
    choicesOf('clsm.statut', lang).map((c) => ({ value: c.value, name: `${catalogue(lang).statut[c.value as Statut]} — ${c.name}` })),
    { skippable: false, default: 'actif' },
  );
  const reference = await optionalNumber(texts.ask.year, (n, raw) => (n !== null && Number.isInteger(n) && n >= 2000 && n <= 2100 ? null : texts.invalid.year(raw)), String(year));
  year = reference ?? year;
  // Communes first, by name, from the Code officiel géographique: the région and the département follow from them,
  // and clsm computes the population; without communes, both are asked, then the population.
  // An intercommunality (EPCI) covered whole is offered with the communes, first question only: its members then
  // make the territory (`territoire.epci`), and the question stops.
  const communes: Commune[] = [];
  let epci: { siren: string; seat: Commune | undefined } | undefined;
  if (territory) {
    for (;;) {
      const code = await search({
        message: t(communes.length === 0 ? texts.ask.communeFirst : texts.ask.communeNext),
        // With a name typed, the best match comes first (Enter takes it) and « terminer » last.
        source: (term) => [
          ...territory.search(term ?? '').map((c) => ({ value: c.code, name: `${c.name} (${c.code})` })),
          ...(communes.length === 0 ? territory.searchEpci(term ?? '').map((e) => ({ value: `${EPCI_CHOICE}${e.siren}`, name: t(texts.ask.epciChoice(e.name, e.members)) })) : []),
          { value: SKIP, name: t(texts.done) },
        ],
        pageSize: 8,
        theme,
      });
      if (code === SKIP) break;
      if (code.startsWith(EPCI_CHOICE)) {
        const siren = code.slice(EPCI_CHOICE.length);
        epci = { siren, seat: territory.epciSeat(siren) };
        break;
      }
      if (!communes.some((c) => c.code === code)) communes.push(territory.commune(code)!);
    }
  }
  const place = communes[0] ?? epci?.seat;
  const region = place?.region ?? (await choose(texts.ask.region, choicesOf('clsm.region', lang).sort((a, b) => a.name.localeCompare(b.name, lang)), { skippable: false }));
  const departement = place?.departement ?? (await text(texts.ask.departement, { check: (a) => (/^(\d{2}|2A|2B|97\d)$/.test(a) ? null : texts.invalid.departement) }));
  const echelle = await choose(texts.ask.echelle, choicesOf('clsm.territoire.echelle', lang));
  const typed = communes.length > 0 || territory ? [] : list(await text(texts.ask.communes));
  const population =
    communes.length > 0 || epci ? undefined : await optionalNumber(texts.ask.population, (n, raw) => (n !== null && Number.isInteger(n) && n >= 0 ? null : texts.invalid.number(raw)));
  const quartiers = await optionalNumber(texts.ask.quartiers, (n, raw) => (n !== null && Number.isInteger(n) && n >= 0 ? null : texts.invalid.integer(raw)));
  const rural = await yesNo(texts.ask.rural);
  const fonction = await choose(texts.ask.presidence, choicesOf('gouvernance.presidence.fonction', lang));
  const presidentName = fonction === SKIP ? '' : await text(texts.ask.presidenceNom);
  const categories = await tick(texts.ask.copil, choicesOf('gouvernance.copil.membres[].categorie', lang));
  const copilDates = await dates(texts.ask.copilDates);
  const plenaryDates = await dates(texts.ask.plenaryDates);
  const groups = [];
  for (const name of list(await text(texts.ask.groups))) {
    const meetings = await optionalNumber(texts.ask.groupMeetings(name), (n, raw) => (n !== null && Number.isInteger(n) && n >= 0 ? null : texts.invalid.integer(raw)));
    groups.push(nonEmpty({ nom: name, nombre_reunions: meetings, personnes_concernees: await yesNo(texts.ask.groupPeople(name)) }));
  }
  const participation = await tick(texts.ask.participation, [
    { value: 'retribution', name: lang === 'fr' ? 'une rétribution des personnes concernées' : 'payment of people with lived experience' },
    { value: 'modalites_adaptees', name: lang === 'fr' ? 'des modalités adaptées (horaires, lieux, supports)' : 'adapted arrangements (times, places, materials)' },
    { value: 'habitants', name: lang === 'fr' ? 'des habitants du territoire participent aux instances' : 'inhabitants of the territory take part in the bodies' },
  ]);
  const coordinators = [];
  for (let name = await text(texts.ask.coordinator); name !== ''; name = (await yesNo(texts.ask.anotherCoordinator)) ? await text(texts.ask.coordinator) : '') {
    const etp = await optionalNumber(texts.ask.etp(name), (n, raw) => (n !== null && n > 0 && n <= 1 ? null : texts.invalid.etp(raw)));
    coordinators.push(nonEmpty({ nom: name, etp, formation_nationale: await yesNo(texts.ask.training(name)), fiche_de_poste: await yesNo(texts.ask.jobDescription(name)) }));
  }
  const frameworkDocuments = coordinators.length > 0 ? await tick(texts.ask.frameworkDocuments, choicesOf('coordination.documents_cadres[]', lang)) : [];
  const network = coordinators.length > 0 ? await yesNo(texts.ask.network) : undefined;
  const funderChoices = choicesOf('financement.sources[].financeur', lang);
  const sources = [];
  for (const financeur of await tick(texts.ask.funders, funderChoices)) {
    const label = funderChoices.find((c) => c.value === financeur)!.name;
    const montant = await optionalNumber(texts.ask.amount(label), (n, raw) => (n !== null && n >= 0 ? null : texts.invalid.number(raw)));
    sources.push(nonEmpty({ financeur, montant, objets: await tick(texts.ask.purposes(label), choicesOf('financement.sources[].objets[]', lang)) }));
  }
  const diagnostic = (await dates(texts.ask.diagnostic))[0];
  const roadmap = (await dates(texts.ask.roadmap))[0];
  const report = await optionalNumber(texts.ask.report, (n, raw) => (n !== null && Number.isInteger(n) && n >= 2000 && n <= 2100 ? null : texts.invalid.year(raw)));
  const capitalisation = await yesNo(texts.ask.capitalisation);
  const criteria = await yesNo(texts.ask.criteria);
  const evaluations = await tick(texts.ask.evaluations, choicesOf('suivi.evaluation.realisees[]', lang));
  const ptsmDiagnostic = await yesNo(texts.ask.ptsmDiagnostic);
  const ptsmOpinion = await yesNo(texts.ask.ptsmOpinion);
  const cls = await yesNo(texts.ask.cls);
  const clsBodies = cls ? await yesNo(texts.ask.clsBodies) : undefined;
  const clsCoordination = cls ? await yesNo(texts.ask.clsCoordination) : undefined;
  const clsShared = cls ? await yesNo(texts.ask.clsShared) : undefined;

  const profile: Profile = {
    version: 1,
    annee_reference: year,
    clsm: nonEmpty({
      nom,
      identifiant,
      statut,
      region,
      departement: departement || undefined,
      territoire: nonEmpty({
        echelle: echelle || undefined,
        communes: communes.length > 0 ? communes.map((commune) => ({ nom: commune.name, code_insee: commune.code })) : typed.map((commune) => ({ nom: commune })),
        epci: epci?.siren,
        population,
        quartiers_prioritaires: quartiers,
        rural,
      }),
    }),
    gouvernance: nonEmpty({
      presidence: nonEmpty({ fonction: fonction || undefined, nom: presidentName || undefined }),
      copil: nonEmpty({ membres: categories.map((categorie) => ({ categorie })), reunions: copilDates.map((date) => ({ date })) }),
      groupes_travail: groups.filter((g) => g !== undefined),
      assemblee_pleniere: nonEmpty({ reunions: plenaryDates.map((date) => ({ date })) }),
    }),
    participation: nonEmpty(Object.fromEntries(participation.map((key) => [key, true]))),
    coordination: nonEmpty({ coordonnateurs: coordinators.filter((c) => c !== undefined), documents_cadres: frameworkDocuments, animation_reseau: network }),
    financement: nonEmpty({ annee: sources.length > 0 ? year : undefined, sources: sources.filter((s) => s !== undefined) }),
    strategie: nonEmpty({ diagnostic: nonEmpty({ date: diagnostic }), feuille_de_route: nonEmpty({ date_adoption: roadmap }) }),
    suivi: nonEmpty({
      bilan_activite: nonEmpty({ annee: report }),
      capitalisation,
      evaluation: nonEmpty({ criteres_definis: criteria, realisees: evaluations }),
    }),
    articulations: nonEmpty({
      ptsm: nonEmpty({ contribution_diagnostic: ptsmDiagnostic, avis_rendu: ptsmOpinion }),
      cls: nonEmpty({ existe: cls, instances_distinctes: clsBodies, coordination_distincte: clsCoordination, diagnostics_partages: clsShared }),
    }),
  };
  return Object.fromEntries(Object.entries(profile).filter(([, v]) => v !== undefined));
}
