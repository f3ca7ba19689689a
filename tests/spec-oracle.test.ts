// SPEC §4 and §4.1 (revision 3) written a second time, as plain code that shares nothing with the engine (no check function, no
// ruleset file): many generated profiles must get exactly the rule ids, severities and counts it predicts.
import { describe, expect, it } from 'vitest';
import { checkText } from '../src/index.js';

const TODAY = '2026-01-15';
const RUNS = Number(process.env.CLSM_ORACLE_RUNS ?? 2000);

type Json = Record<string, unknown>;

/** A small seeded generator: the same seed gives the same profiles on every machine. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  const chance = (p = 0.5) => next() < p;
  const subset = <T>(items: readonly T[], p = 0.5): T[] => items.filter(() => chance(p));
  /** A boolean field: absent, true or false. */
  const flag = () => pick([undefined, true, false, true]);
  const date = (fromYear: number, toYear: number) =>
    `${int(fromYear, toYear)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
  return { int, pick, chance, subset, flag, date };
}

const CATEGORIES = ['elu', 'psychiatrie_chefferie', 'psychiatrie_equipe', 'personne_concernee', 'aidant', 'ars', 'professionnel_sante',
  'social_medico_social', 'logement', 'education', 'justice', 'securite', 'conseil_departemental', 'association', 'habitant', 'autre'];
const MINIMAL = ['elu', 'psychiatrie_chefferie', 'personne_concernee', 'aidant'];
const OBJECTIVES = ['stigmatisation', 'determinants', 'prevention', 'inclusion_droits', 'parcours_soins'];
const FUNDERS = ['collectivite', 'psychiatrie', 'ars', 'politique_ville', 'conseil_departemental', 'autre'];
const PURPOSES = ['coordination', 'actions', 'diagnostic', 'evaluation', 'participation', 'communication', 'autre'];
const OPERATIONAL = ['besoins_priorites', 'programme_actions', 'reseau_decloisonnement', 'ressources_locales'];
const RULE_IDS = ['presidence-elu', 'portage-convention', 'portage-engagement-conjoint', 'copil-composition-minimale', 'copil-acteurs-cles', 'copil-reunions', 'groupes-travail',
  'groupes-travail-personnes-concernees', 'assemblee-pleniere', 'participation-moyens', 'participation-habitants', 'coordination-poste',
  'coordination-temps-plein', 'coordination-fiche-de-poste', 'coordination-formation', 'coordination-reseau', 'financement-tripartite',
  'financement-hors-coordination', 'financement-participation', 'financement-annee', 'financement-declare', 'strategie-diagnostic', 'strategie-diagnostic-ancien',
  'strategie-feuille-de-route', 'strategie-objectifs', 'strategie-objectifs-operationnels', 'strategie-publics', 'territoire-prioritaire', 'territoire-taille', 'territoire-population',
  'suivi-bilan', 'suivi-evaluation', 'suivi-evaluation-realisee', 'suivi-capitalisation', 'articulation-ptsm', 'articulation-cls', 'statut-en-sommeil',
  'coherence-date-future', 'donnees-personnelles',
  'derogation-inconnue', 'derogation-expiree', 'derogation-inutile', 'identifiant-doublon'];
const UNWAIVABLE = ['schema', 'yaml-syntaxe', 'identifiant-doublon', 'derogation-inconnue', 'derogation-expiree', 'derogation-inutile'];

/** Drops the keys whose value is undefined, so that "absent" is really absent. */
function compact<T extends Json>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as T;
}

function generateProfile(seed: number): Json {
  const g = generator(seed);
  const year = g.pick([2024, 2025]);
  const maybe = <T>(make: () => T, p = 0.8) => (g.chance(p) ? make() : undefined);
  const population = g.pick([undefined, 0, 8000, 9999, 10000, 62000, 500000, 500001, 900000]);
  return compact({
    version: 1,
    annee_reference: year,
    clsm: compact({
      nom: 'CLSM généré',
      identifiant: `genere-${seed}`,
      statut: g.pick(['actif', 'actif', 'en_creation', 'en_sommeil']),
      region: '32',
      date_creation: maybe(() => g.date(2005, 2026), 0.7),
      territoire: maybe(() => compact({ population, quartiers_prioritaires: g.pick([undefined, 0, 0, 2]), rural: g.flag() })),
    }),
    portage: maybe(() => compact({
      collectivite: maybe(() => ({ type: 'commune', nom: 'Ville' }), 0.7),
      psychiatrie: maybe(() => ({ etablissement: 'EPSM' }), 0.7),
      convention: compact({
        signee: g.flag(),
        date: maybe(() => g.date(2015, 2026), 0.6),
        signataires: maybe(() => g.subset(['collectivite', 'psychiatrie', 'ars', 'autre'], 0.7)),
      }),
    })),
    gouvernance: maybe(() =>
      compact({
        presidence: maybe(() => compact({ fonction: g.pick([undefined, 'maire', 'president_epci', 'elu_delegue', 'autre']) })),
        copil: maybe(() =>
          compact({
            membres: maybe(() => Array.from({ length: g.int(0, 9) }, () => compact({ categorie: g.pick([...MINIMAL, ...MINIMAL, ...CATEGORIES]), nom: maybe(() => g.pick(['Jeanne Martin', ' ']), 0.1) }))),
            reunions: maybe(() => Array.from({ length: g.int(0, 3) }, () => ({ date: g.date(year - 1, year + 1) }))),
          }),
        ),
        groupes_travail: maybe(() =>
          Array.from({ length: g.int(0, 3) }, (_, i) =>
            compact({ nom: `Groupe ${i + 1}${g.pick(['', '', '', '', ' (06 12 34 56 78)', ' (groupe@example.fr)'])}`, nombre_reunions: g.pick([undefined, 0, 1, 4]), personnes_concernees: g.flag() }),
          ),
        ),
        assemblee_pleniere: maybe(() => ({ reunions: Array.from({ length: g.int(0, 2) }, () => ({ date: g.date(year - 1, year + 1) })) })),
      }),
    ),
    participation: maybe(() => compact({ retribution: g.flag(), modalites_adaptees: g.flag(), habitants: g.flag() })),
    coordination: maybe(() =>
      compact({
        coordonnateurs: maybe(() =>
          Array.from({ length: g.int(0, 2) }, (_, i) =>
            compact({ nom: `Personne ${i + 1}`, etp: g.pick([undefined, 0.2, 0.5, 0.8, 1]), fiche_de_poste: g.flag(), formation_nationale: g.flag() }),
          ),
        ),
        documents_cadres: maybe(() => g.subset(['fiche_de_poste', 'convention_fonctionnement', 'autre'], 0.3), 0.5),
        animation_reseau: g.flag(),
      }),
    ),
    financement: maybe(() =>
      compact({
        annee: g.pick([undefined, year, year, year - 1]),
        sources: maybe(() =>
          Array.from({ length: g.int(0, 4) }, () =>
            compact({ financeur: g.pick(FUNDERS), montant: g.pick([undefined, 0, 5000, 30000]), objets: maybe(() => g.subset(PURPOSES, 0.3)) }),
          ),
        ),
      }),
    ),
    strategie: maybe(() =>
      compact({
        diagnostic: maybe(() => compact({ date: maybe(() => g.date(year - 8, year + 1)) })),
        feuille_de_route: maybe(() => compact({ date_adoption: maybe(() => g.date(year - 3, year + 1)) })),
        actions: maybe(() =>
          Array.from({ length: g.int(0, 4) }, (_, i) =>
            compact({ intitule: `Action ${i + 1}`, objectifs: maybe(() => g.subset(OBJECTIVES, 0.4)), objectifs_operationnels: maybe(() => g.subset(OPERATIONAL, 0.5)), publics: maybe(() => g.subset(['grand_public', 'professionnels'])) }),
          ),
        ),
      }),
    ),
    suivi: maybe(() =>
      compact({
        bilan_activite: maybe(() => ({ annee: g.pick([year - 2, year - 1, year]) })),
        capitalisation: g.flag(),
        evaluation: maybe(() => compact({ criteres_definis: g.flag(), realisees: maybe(() => g.subset(['processus', 'resultats', 'impact'], 0.3)) })),
      }),
    ),
    articulations: maybe(() =>
      compact({
        ptsm: maybe(() => compact({ contribution_diagnostic: g.flag(), avis_rendu: g.flag() })),
        cls: maybe(() => compact({ existe: g.flag(), instances_distinctes: g.flag(), coordination_distincte: g.flag(), diagnostics_partages: g.flag() })),
      }),
    ),
    derogations: maybe(
      () =>
        Array.from({ length: g.int(1, 2) }, () => ({
          regle: g.pick([...RULE_IDS.slice(0, 12), 'schema', 'identifiant-doublon', 'derogation-inutile', 'coordination-temps-plien', 'regle-inconnue']),
          justification: 'Décidée en COPIL.',
          jusqu_au: g.date(2025, 2027),
        })),
      0.3,
    ),
  });
}

// ——— The oracle: SPEC §4's "fires when" column, read literally. ———

const get = (object: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Json)[key] : undefined), object);
const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);
const yearOf = (date: unknown) => (typeof date === 'string' ? Number(date.slice(0, 4)) : undefined);

/** Rule id → number of counted findings, for one valid profile. */
function oracle(profile: Json): Map<string, number> {
  const year = profile.annee_reference as number;
  const statut = get(profile, 'clsm.statut') as string;
  const fired = new Map<string, number>();
  const add = (id: string, count = 1) => count > 0 && fired.set(id, (fired.get(id) ?? 0) + count);
  const isTrue = (path: string) => get(profile, path) === true;

  // † rules: every status.
  const fonction = get(profile, 'gouvernance.presidence.fonction');
  if (fonction === undefined || fonction === 'autre') add('presidence-elu');
  const convention = get(profile, 'portage.convention') as Json | undefined;
  const signers = list(convention?.signataires) as unknown as string[];
  if (!(convention?.signee === true && signers.includes('collectivite') && signers.includes('psychiatrie'))) add('portage-convention');
  add('portage-engagement-conjoint', ['collectivite', 'psychiatrie'].filter((party) => get(profile, `portage.${party}`) === undefined).length);
  const members = list(get(profile, 'gouvernance.copil.membres')).map((m) => m.categorie as string);
  add('copil-composition-minimale', MINIMAL.filter((category) => !members.includes(category)).length);
  const coordinators = list(get(profile, 'coordination.coordonnateurs'));
  const postFires = !coordinators.some((c) => typeof c.etp === 'number' && c.etp > 0);
  if (postFires) add('coordination-poste');
  if (!isTrue('suivi.evaluation.criteres_definis')) add('suivi-evaluation');
  if (statut === 'en_sommeil') add('statut-en-sommeil');
  const datePaths = [
    ...list(get(profile, 'gouvernance.copil.reunions')).map((r) => r.date),
    ...list(get(profile, 'gouvernance.assemblee_pleniere.reunions')).map((r) => r.date),
    get(profile, 'portage.convention.date'),
    get(profile, 'strategie.diagnostic.date'),
    get(profile, 'strategie.feuille_de_route.date_adoption'),
    get(profile, 'clsm.date_creation'),
  ];
  add('coherence-date-future', datePaths.filter((d) => typeof d === 'string' && d > TODAY).length);
  // Personal data: a named person concerned or carer on the COPIL; an e-mail or a phone number in any text but the contact.
  const named = list(get(profile, 'gouvernance.copil.membres')).filter((m) => ['personne_concernee', 'aidant'].includes(m.categorie as string) && typeof m.nom === 'string' && m.nom.trim() !== '');
  const texts: string[] = [];
  const walk = (node: unknown, at: string): void => {
    if (at === 'clsm.contact') return;
    if (typeof node === 'string') texts.push(node);
    else if (node && typeof node === 'object') for (const [key, value] of Object.entries(node)) walk(value, at === '' ? key : `${at}.${key}`);
  };
  walk(profile, '');
  add('donnees-personnelles', named.length + texts.filter((t) => /@example\.fr|06 12 34 56 78/.test(t)).length);

  if (statut !== 'en_creation') {
    add('copil-acteurs-cles', new Set(members.filter((m) => ![...MINIMAL, 'psychiatrie_equipe'].includes(m))).size < 1 ? 1 : 0);
    if (list(get(profile, 'gouvernance.copil.reunions')).filter((r) => yearOf(r.date) === year).length < 2) add('copil-reunions');
    const groups = list(get(profile, 'gouvernance.groupes_travail'));
    if (!groups.some((group) => typeof group.nombre_reunions === 'number' && group.nombre_reunions >= 1)) add('groupes-travail');
    add('groupes-travail-personnes-concernees', groups.filter((group) => group.personnes_concernees !== true).length);
    if (!list(get(profile, 'gouvernance.assemblee_pleniere.reunions')).some((r) => yearOf(r.date) === year)) add('assemblee-pleniere');
    if (!isTrue('participation.retribution') && !isTrue('participation.modalites_adaptees')) add('participation-moyens');
    if (!isTrue('participation.habitants') && !members.includes('habitant')) add('participation-habitants');
    const totalEtp = coordinators.reduce((sum, c) => sum + (typeof c.etp === 'number' ? c.etp : 0), 0);
    if (!postFires && totalEtp < 1) add('coordination-temps-plein');
    const frameworkDocuments = list(get(profile, 'coordination.documents_cadres'));
    if (!postFires && frameworkDocuments.length === 0 && !coordinators.some((c) => c.fiche_de_poste === true)) add('coordination-fiche-de-poste');
    if (!postFires) add('coordination-formation', coordinators.filter((c) => c.formation_nationale !== true).length);
    if (!postFires && !isTrue('coordination.animation_reseau')) add('coordination-reseau');
    const counted = list(get(profile, 'financement.sources')).filter((s) => typeof s.montant === 'number' && s.montant > 0);
    const purposes = (s: Json) => list(s.objets) as unknown as string[];
    const declared = counted.length > 0;
    if (!declared) add('financement-declare');
    if (declared && !['collectivite', 'psychiatrie', 'ars'].every((f) => counted.some((s) => s.financeur === f))) add('financement-tripartite');
    if (counted.length > 0 && !counted.some((s) => purposes(s).some((o) => o !== 'coordination'))) add('financement-hors-coordination');
    if (declared && isTrue('participation.retribution') && !counted.some((s) => purposes(s).includes('participation'))) add('financement-participation');
    const fundingYear = get(profile, 'financement.annee');
    if (fundingYear !== undefined && fundingYear !== year) add('financement-annee');
    const diagnostic = get(profile, 'strategie.diagnostic.date');
    if (diagnostic === undefined) add('strategie-diagnostic');
    else if (year - yearOf(diagnostic)! > 5) add('strategie-diagnostic-ancien');
    if (get(profile, 'strategie.feuille_de_route.date_adoption') === undefined) add('strategie-feuille-de-route');
    const actions = list(get(profile, 'strategie.actions'));
    const covered = new Set(actions.flatMap((a) => list(a.objectifs) as unknown as string[]));
    add('strategie-objectifs', OBJECTIVES.filter((o) => !covered.has(o)).length);
    const served = new Set(actions.flatMap((a) => list(a.objectifs_operationnels) as unknown as string[]));
    add('strategie-objectifs-operationnels', OPERATIONAL.filter((o) => !served.has(o)).length);
    const reached = new Set(actions.flatMap((a) => list(a.publics) as unknown as string[]));
    if (!reached.has('grand_public') || !reached.has('professionnels')) add('strategie-publics');
    const qpv = get(profile, 'clsm.territoire.quartiers_prioritaires');
    if ((qpv === undefined || qpv === 0) && !isTrue('clsm.territoire.rural')) add('territoire-prioritaire');
    const population = get(profile, 'clsm.territoire.population');
    if (typeof population === 'number' && (population < 10000 || population > 500000)) add('territoire-taille');
    if (population === undefined) add('territoire-population');
    const report = get(profile, 'suivi.bilan_activite.annee');
    if (report !== year && report !== year - 1) add('suivi-bilan');
    const created = yearOf(get(profile, 'clsm.date_creation'));
    const done = list(get(profile, 'suivi.evaluation.realisees')) as unknown as string[];
    if (created !== undefined && year - created >= 3 && !done.includes('processus') && !done.includes('resultats')) add('suivi-evaluation-realisee');
    if (!isTrue('suivi.capitalisation')) add('suivi-capitalisation');
    add('articulation-ptsm', ['contribution_diagnostic', 'avis_rendu'].filter((f) => !isTrue(`articulations.ptsm.${f}`)).length);
    if (isTrue('articulations.cls.existe'))
      add('articulation-cls', ['instances_distinctes', 'coordination_distincte', 'diagnostics_partages'].filter((f) => !isTrue(`articulations.cls.${f}`)).length);
  }

  // Derogations: a current one moves its rule's findings out of the count; the derogation-* rules judge them.
  for (const derogation of list(profile.derogations)) {
    const rule = derogation.regle as string;
    if (!RULE_IDS.includes(rule) && !UNWAIVABLE.includes(rule)) add('derogation-inconnue');
    else if ((derogation.jusqu_au as string) < TODAY) add('derogation-expiree');
    else if (UNWAIVABLE.includes(rule) || !fired.has(rule)) add('derogation-inutile');
  }
  for (const derogation of list(profile.derogations)) {
    const rule = derogation.regle as string;
    if ((derogation.jusqu_au as string) >= TODAY && !UNWAIVABLE.includes(rule)) fired.delete(rule);
  }
  return fired;
}

describe('SPEC §4 against an independent reading of it', () => {
  it(`gives ${RUNS} generated profiles exactly the findings SPEC §4 predicts (rule id, severity, count)`, () => {
    const severities = new Map<string, string>();
    const mismatches: string[] = [];
    const seen = new Set<string>();
    for (let seed = 1; seed <= RUNS; seed++) {
      const profile = generateProfile(seed);
      const report = checkText(JSON.stringify(profile, null, 2), { today: TODAY, path: `genere-${seed}.yaml` });
      expect(report.invalid, `profil ${seed} : ${JSON.stringify(report.findings[0])}`).toBe(false);
      const actual = new Map<string, number>();
      for (const finding of report.findings) {
        actual.set(finding.ruleId, (actual.get(finding.ruleId) ?? 0) + 1);
        const known = severities.get(finding.ruleId);
        if (known && known !== finding.severity) mismatches.push(`${finding.ruleId}: two severities`);
        severities.set(finding.ruleId, finding.severity);
        seen.add(finding.ruleId);
      }
      const expected = oracle(profile);
      const ids = [...new Set([...actual.keys(), ...expected.keys()])].sort();
      for (const id of ids)
        if ((actual.get(id) ?? 0) !== (expected.get(id) ?? 0))
          mismatches.push(`profil ${seed}, ${id} : clsm ${actual.get(id) ?? 0}, SPEC ${expected.get(id) ?? 0}`);
    }
    expect(mismatches.slice(0, 20)).toEqual([]);
    // The generator reaches every rule of a single file, so that no rule escapes the comparison.
    expect(RULE_IDS.filter((id) => id !== 'identifiant-doublon' && !seen.has(id))).toEqual([]);
  });
});
