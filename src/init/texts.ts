// What `clsm init` says: the comments written above each block of a profile, the questions, its messages.
// French typography (no-break spaces) is applied when a French text is used (frenchTypography).
import type { Lang } from '../types.js';

export interface InitTexts {
  /** The first lines of every written profile, after the schema modeline. */
  header: (year: number) => string;
  /** Comment above each block, by its path in the profile. */
  blocks: Readonly<Record<string, string>>;
  /** Above the commented skeleton of the blocks the questionnaire does not ask. */
  skeleton: string;
  /** What `init --from` changed, said one sentence each. */
  nextYear: {
    year(from: number | null, to: number): string;
    confirmAmount(from: number | null): string;
    funding(year: number, amounts: number): string;
    meetings(path: string, removed: number): string;
    groups: string;
    derogation(rule: string, until: string): string;
    title: string;
  };
  /** What each skeleton's example says, by block. */
  skeletonNotes: { convention: string; actions: string; derogations: string; values: string; date: string };
  written: (file: string) => string;
  templateNext: (file: string) => string;
  cancelled: string;
  needsTerminal: string;
  exists: (file: string) => string;
  notRegular: (file: string) => string;
  sameAsSource: (file: string) => string;
  sourceInvalid: (file: string, count: number) => string;
  sourceUnreadable: (file: string) => string;
  sourceNotFile: (file: string) => string;
  sourceProblem: (file: string, problem: string) => string;
  yearNotAfter: (year: number, source: number) => string;
  intro: string;
  skip: string;
  done: string;
  yes: string;
  no: string;
  ask: {
    nom: string;
    identifiant: string;
    statut: string;
    year: string;
    region: string;
    departement: string;
    echelle: string;
    communes: string;
    communeFirst: string;
    communeNext: string;
    /** A choice of the commune search: an intercommunality whose communes the CLSM covers, all of them. */
    epciChoice: (name: string, members: number) => string;
    population: string;
    quartiers: string;
    rural: string;
    presidence: string;
    presidenceNom: string;
    copil: string;
    copilDates: string;
    plenaryDates: string;
    groups: string;
    groupMeetings: (name: string) => string;
    groupPeople: (name: string) => string;
    participation: string;
    coordinator: string;
    etp: (name: string) => string;
    training: (name: string) => string;
    jobDescription: (name: string) => string;
    frameworkDocuments: string;
    network: string;
    anotherCoordinator: string;
    funders: string;
    amount: (funder: string) => string;
    purposes: (funder: string) => string;
    diagnostic: string;
    roadmap: string;
    report: string;
    capitalisation: string;
    criteria: string;
    evaluations: string;
    ptsmDiagnostic: string;
    ptsmOpinion: string;
    cls: string;
    clsBodies: string;
    clsCoordination: string;
    clsShared: string;
  };
  invalid: {
    required: string;
    identifiant: string;
    departement: string;
    date: (value: string) => string;
    number: (value: string) => string;
    integer: (value: string) => string;
    etp: (value: string) => string;
    year: (value: string) => string;
  };
}

const fr: InitTexts = {
  header: (year) =>
    ` Profil d’un conseil local de santé mentale (CLSM), année ${year}, écrit par clsm init.\n Vérifiez-le avec : clsm check <ce fichier>. Chaque bloc dit ce que le référentiel national (mai 2025) prévoit.`,
  skeleton:
    ' À compléter : des blocs que les questions n’ont pas demandés, et que les règles vérifient. Retirez le « # » de chaque ligne utile (gardez l’indentation), remplacez les valeurs d’exemple, puis clsm check.',
  nextYear: {
    year: (from, to) => `Année de référence : ${from ?? '?'} → ${to}.`,
    confirmAmount: (from) => ` Montants de ${from ?? 'l’an dernier'} : à confirmer pour cette année.`,
    funding: (year, amounts) =>
      `Financement : année ${year}${amounts > 0 ? ` ; ${amounts === 1 ? 'le montant est gardé' : `les ${amounts} montants sont gardés`} avec un commentaire qui demande de ${amounts === 1 ? 'le' : 'les'} confirmer` : ''}.`,
    meetings: (path, removed) => `${path} : ${removed === 1 ? '1 réunion d’une année passée retirée' : `${removed} réunions d’années passées retirées`}.`,
    groups: 'Groupes de travail : nombre de réunions remis à 0, à compléter au fil de l’année.',
    derogation: (rule, until) => `Dérogation retirée : ${rule} (jusqu’au ${String(until).replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3/$2/$1')}, échue).`,
    title: 'Ce qui a changé :',
  },
  skeletonNotes: {
    convention: 'charte ou convention de partenariat (§1)',
    actions: 'actions de la feuille de route (§4) : objectifs et publics',
    derogations: 'un écart justifié, couvert jusqu’à une date (exemple)',
    values: 'valeurs :',
    date: 'AAAA-MM-JJ',
  },
  blocks: {
    clsm: ' Identité du CLSM (obligatoire). L’identifiant distingue ce CLSM dans les indicateurs nationaux : ne le changez pas d’une année à l’autre.',
    'clsm.territoire': ' Territoire (§3) : le référentiel ne fixe pas de seuil de population ; la population sert à l’indicateur national de couverture.',
    portage: ' Portage (§1) : un engagement conjoint de la collectivité et du pôle de psychiatrie, qui peut se matérialiser par une charte ou une convention.',
    gouvernance:
      ' Gouvernance (instruction et annexe 2 ; §4) : présidence par un élu ; un COPIL qui réunit au minimum des représentants du maire ou du président\n de l’intercommunalité, de la chefferie de pôle ou du secteur psychiatrique, de personnes concernées et d’aidants, et « se réunit deux fois par an » ;\n des groupes de travail ; une assemblée plénière chaque année.',
    participation: ' Participation (§4) : rétribution ou modalités adaptées (horaires flexibles, formats de réunions accessibles) ; association des habitants.',
    coordination:
      ' Coordination (§5) : le référentiel préconise un temps plein, des missions définies dans des documents cadres (fiche de poste, convention\n de fonctionnement…), la formation nationale et la participation aux animations de réseau.',
    financement:
      ' Financement (§6) : le référentiel préconise un co-financement tripartite (collectivité, pôle ou secteur psychiatrique, ARS), élargi au-delà\n du poste de coordination. Montants en euros, sans espace ni symbole (30000).',
    strategie:
      ' Stratégie (§2, §4) : un diagnostic des besoins du territoire, une feuille de route construite et suivie par le COPIL, des actions qui servent\n les cinq objectifs spécifiques et les quatre objectifs opérationnels, pour le grand public comme pour les professionnels. Dates AAAA-MM-JJ.',
    suivi: ' Suivi et évaluation (§7) : un bilan d’activité annuel, la capitalisation, des critères d’évaluation définis, puis des évaluations réalisées.',
    articulations: ' Articulations (§8) : contribution au diagnostic du PTSM et avis ; avec le CLS, instances et coordination distinctes, diagnostics partagés.',
    derogations: ' Dérogations : un écart décidé en COPIL, justifié et daté (jusqu_au) ; passée cette date, l’écart compte de nouveau.',
  },
  written: (file) => `Profil écrit dans « ${file} ».`,
  templateNext: (file) => `Complétez-le dans un éditeur (les valeurs sont des exemples), puis vérifiez-le : clsm check ${file}`,
  cancelled: 'Questionnaire interrompu : aucun fichier n’a été écrit.',
  needsTerminal:
    'les questions de init ne se posent que dans un terminal, et il n’y en a pas ici : utilisez --template pour écrire un profil commenté à compléter, ou --from PROFIL pour partir du profil d’une autre année.',
  exists: (file) => `le fichier « ${file} » existe déjà : choisissez un autre nom, ou ajoutez --force pour le remplacer.`,
  notRegular: (file) => `« ${file} » n’est pas un fichier ordinaire (dossier, lien cassé ou fichier spécial) : choisissez un autre nom.`,
  sameAsSource: (file) => `« ${file} » est le profil de départ : clsm init ne le remplace jamais ; choisissez un autre nom.`,
  sourceInvalid: (file, count) =>
    `le profil « ${file} » n’est pas valide (${count === 1 ? 'une erreur' : `${count} erreurs`} de format) : corrigez-le d’abord (clsm check ${file}).`,
  sourceUnreadable: (file) => `le profil « ${file} » ne peut pas être lu : vérifiez le chemin.`,
  sourceNotFile: (file) => `« ${file} » n’est pas un fichier ordinaire (dossier, périphérique, tube) : indiquez le fichier du profil de l’an dernier.`,
  sourceProblem: (file, problem) => `le profil « ${file} » ne peut pas servir de départ : ${problem}`,
  yearNotAfter: (year, source) => `l’année ${year} n’est pas postérieure à celle du profil de départ (${source}) : indiquez --year ${source + 1} ou plus.`,
  intro:
    'Quelques questions pour écrire le profil de votre CLSM. Appuyez sur Entrée pour passer une question : vous pourrez compléter le fichier ensuite. Ctrl-C arrête tout sans rien écrire.',
  skip: '(passer)',
  done: '(terminer)',
  yes: 'oui',
  no: 'non',
  ask: {
    nom: 'Nom du CLSM',
    identifiant: 'Identifiant (minuscules, chiffres et tirets)',
    statut: 'Statut',
    year: 'Année que décrit ce profil (année de référence)',
    region: 'Région',
    departement: 'Département (code INSEE, par exemple 59 ou 2A)',
    echelle: 'Échelle du territoire',
    communes: 'Communes couvertes (séparées par des virgules)',
    communeFirst: 'Commune couverte, ou intercommunalité couverte en entier : début de son nom (« terminer » si aucune)',
    communeNext: 'Autre commune couverte (« terminer » si la liste est complète)',
    epciChoice: (name, members) => `${name} — intercommunalité entière, ${members} communes`,
    population: 'Population couverte (habitants)',
    quartiers: 'Nombre de quartiers prioritaires de la politique de la ville couverts',
    rural: 'Le territoire est-il rural ?',
    presidence: 'Qui préside le CLSM ?',
    presidenceNom: 'Nom de la personne qui préside',
    copil: 'Catégories représentées au comité de pilotage (Espace pour cocher)',
    copilDates: 'Dates des réunions du COPIL dans l’année (JJ/MM/AAAA, séparées par des virgules)',
    plenaryDates: 'Dates des assemblées plénières dans l’année (JJ/MM/AAAA)',
    groups: 'Groupes de travail (noms séparés par des virgules)',
    groupMeetings: (name) => `Nombre de réunions du groupe « ${name} » dans l’année`,
    groupPeople: (name) => `Des personnes concernées participent-elles au groupe « ${name} » ?`,
    participation: 'Ce qui rend la participation effective (Espace pour cocher)',
    coordinator: 'Nom de la personne chargée de la coordination',
    etp: (name) => `Temps consacré au CLSM par « ${name} », en équivalent temps plein (1 pour un temps plein, 0,5 pour un mi-temps)`,
    training: (name) => `La personne « ${name} » a-t-elle suivi la formation nationale des coordonnateurs ?`,
    jobDescription: (name) => `La personne « ${name} » a-t-elle une fiche de poste ?`,
    frameworkDocuments: 'Documents cadres qui définissent les missions de la coordination (Espace pour cocher)',
    network: 'La coordination participe-t-elle aux animations de réseau (nationales, régionales, départementales) ?',
    anotherCoordinator: 'Une autre personne coordonne-t-elle le CLSM ?',
    funders: 'Financeurs de l’année (Espace pour cocher)',
    amount: (funder) => `Montant versé par ${funder} (euros)`,
    purposes: (funder) => `Ce que finance ${funder} (Espace pour cocher)`,
    diagnostic: 'Date du diagnostic des besoins du territoire (JJ/MM/AAAA)',
    roadmap: 'Date de la feuille de route en vigueur (JJ/MM/AAAA)',
    report: 'Année du dernier bilan d’activité',
    capitalisation: 'Le CLSM capitalise-t-il son expérience (connaissances partageables, retours de pratiques) ?',
    criteria: 'Des critères d’évaluation sont-ils définis ?',
    evaluations: 'Évaluations réalisées (Espace pour cocher)',
    ptsmDiagnostic: 'Le CLSM a-t-il contribué au diagnostic du projet territorial de santé mentale (PTSM) ?',
    ptsmOpinion: 'Le CLSM a-t-il rendu un avis sur le PTSM ?',
    cls: 'Un contrat local de santé (CLS) existe-t-il sur le territoire ?',
    clsBodies: 'Le CLSM a-t-il des instances distinctes de celles du CLS ?',
    clsCoordination: 'Le CLSM a-t-il une coordination distincte de celle du CLS ?',
    clsShared: 'Le CLSM et le CLS partagent-ils leurs diagnostics et leurs feuilles de route ?',
  },
  invalid: {
    required: 'Cette réponse est nécessaire.',
    identifiant: 'Lettres minuscules sans accent, chiffres et tirets seulement (par exemple clsm-douai).',
    departement: 'Un code de département : 2 chiffres, 2A, 2B ou 3 chiffres pour l’outre-mer (971…).',
    date: (value) => `« ${value} » n’est pas une date : écrivez-la JJ/MM/AAAA (par exemple 14/03/2025).`,
    number: (value) => `« ${value} » n’est pas un nombre : écrivez par exemple 62000.`,
    integer: (value) => `« ${value} » n’est pas un nombre entier : écrivez par exemple 3.`,
    etp: (value) => `« ${value} » ne convient pas : un nombre supérieur à 0 et au plus 1 (0,5 pour un mi-temps).`,
    year: (value) => `« ${value} » n’est pas une année : écrivez-la sur quatre chiffres (par exemple 2024).`,
  },
};

const en: InitTexts = {
  header: (year) =>
    ` Profile of a local mental health council (CLSM), year ${year}, written by clsm init.\n Check it with: clsm check <this file>. Each block says what the national reference framework (May 2025) provides for.`,
  skeleton:
    ' To complete: blocks the questions did not ask for, which the rules check. Remove the “#” of each useful line (keep the indentation), replace the example values, then clsm check.',
  nextYear: {
    year: (from, to) => `Reference year: ${from ?? '?'} → ${to}.`,
    confirmAmount: (from) => ` Amounts of ${from ?? 'last year'}: to confirm for this year.`,
    funding: (year, amounts) => `Funding: year ${year}${amounts > 0 ? `; ${amounts === 1 ? 'the amount is kept' : `the ${amounts} amounts are kept`} with a comment asking to confirm ${amounts === 1 ? 'it' : 'them'}` : ''}.`,
    meetings: (path, removed) => `${path}: ${removed === 1 ? '1 meeting of a past year removed' : `${removed} meetings of past years removed`}.`,
    groups: 'Working groups: number of meetings back to 0, to complete during the year.',
    derogation: (rule, until) => `Derogation removed: ${rule} (until ${until}, over).`,
    title: 'What changed:',
  },
  skeletonNotes: {
    convention: 'partnership charter or agreement (§1)',
    actions: 'actions of the roadmap (§4): objectives and publics',
    derogations: 'a justified gap, covered until a date (example)',
    values: 'values:',
    date: 'YYYY-MM-DD',
  },
  blocks: {
    clsm: ' CLSM identity (required). The identifier tells this CLSM apart in the national indicators: keep it from one year to the next.',
    'clsm.territoire': ' Territory (§3): the framework sets no population threshold; the population feeds the national coverage indicator.',
    portage: ' Backing (§1): a joint commitment of the local authority and the psychiatry pole, which a charter or an agreement can give form to.',
    gouvernance:
      ' Governance (instruction and annex 2; §4): chaired by an elected official; a steering committee with at least representatives of the mayor or\n of the president of the inter-municipal authority, of the head of the psychiatry pole or sector, of people with lived experience and of carers,\n which « se réunit deux fois par an » (meets twice a year); working groups; a plenary assembly every year.',
    participation: ' Participation (§4): remuneration or adapted arrangements (flexible hours, accessible meeting formats); inhabitants involved.',
    coordination:
      ' Coordination (§5): the framework recommends a full-time post, missions defined in framework documents (job description, operating agreement…),\n the national training and taking part in network events.',
    financement:
      ' Funding (§6): the framework recommends three-way co-funding (local authority, psychiatry pole or sector, ARS), broadened beyond the\n coordination post. Amounts in euros, without spaces or symbol (30000).',
    strategie:
      ' Strategy (§2, §4): a needs assessment of the territory, a roadmap built and followed by the steering committee, actions serving the five\n specific and the four operational objectives, for the general public as well as professionals. Dates as YYYY-MM-DD.',
    suivi: ' Monitoring and evaluation (§7): a yearly activity report, capitalisation, defined evaluation criteria, then evaluations carried out.',
    articulations: ' Links (§8): contribution to the PTSM assessment and an opinion; with the CLS, distinct bodies and coordination, shared assessments.',
    derogations: ' Waivers: a gap decided by the steering committee, justified and dated (jusqu_au); after that date, the gap counts again.',
  },
  written: (file) => `Profile written to “${file}”.`,
  templateNext: (file) => `Fill it in with an editor (the values are examples), then check it: clsm check ${file}`,
  cancelled: 'Questionnaire interrupted: no file was written.',
  needsTerminal:
    'the questions of init can only be asked in a terminal, and there is none here: use --template to write a commented profile to fill in, or --from PROFILE to start from another year’s profile.',
  exists: (file) => `the file “${file}” already exists: choose another name, or add --force to replace it.`,
  notRegular: (file) => `“${file}” is not a regular file (a folder, a broken link or a special file): choose another name.`,
  sameAsSource: (file) => `“${file}” is the profile you start from: clsm init never replaces it; choose another name.`,
  sourceInvalid: (file, count) => `the profile “${file}” is not valid (${count === 1 ? 'one format error' : `${count} format errors`}): fix it first (clsm check ${file}).`,
  sourceUnreadable: (file) => `the profile “${file}” cannot be read: check the path.`,
  sourceNotFile: (file) => `“${file}” is not a regular file (a folder, a device, a pipe): give the file of last year’s profile.`,
  sourceProblem: (file, problem) => `the profile “${file}” cannot be a starting point: ${problem}`,
  yearNotAfter: (year, source) => `the year ${year} is not after the starting profile’s (${source}): use --year ${source + 1} or later.`,
  intro: 'A few questions to write your CLSM’s profile. Press Enter to skip a question: you can complete the file afterwards. Ctrl-C stops without writing anything.',
  skip: '(skip)',
  done: '(done)',
  yes: 'yes',
  no: 'no',
  ask: {
    nom: 'Name of the CLSM',
    identifiant: 'Identifier (lowercase letters, digits and hyphens)',
    statut: 'Status',
    year: 'Year this profile describes (reference year)',
    region: 'Region',
    departement: 'Département (INSEE code, for example 59 or 2A)',
    echelle: 'Scale of the territory',
    communes: 'Municipalities covered (separated by commas)',
    communeFirst: 'Municipality covered, or intercommunality covered whole: start of its name (“done” if none)',
    communeNext: 'Another municipality covered (“done” when the list is complete)',
    epciChoice: (name, members) => `${name} — whole intercommunality, ${members} municipalities`,
    population: 'Population covered (inhabitants)',
    quartiers: 'Number of priority urban neighbourhoods covered',
    rural: 'Is the territory rural?',
    presidence: 'Who chairs the CLSM?',
    presidenceNom: 'Name of the person who chairs',
    copil: 'Categories on the steering committee (Space to tick)',
    copilDates: 'Dates of the steering committee meetings in the year (DD/MM/YYYY, separated by commas)',
    plenaryDates: 'Dates of the plenary assemblies in the year (DD/MM/YYYY)',
    groups: 'Working groups (names separated by commas)',
    groupMeetings: (name) => `Number of meetings of the group “${name}” in the year`,
    groupPeople: (name) => `Do people with lived experience take part in the group “${name}”?`,
    participation: 'What makes participation real (Space to tick)',
    coordinator: 'Name of the person in charge of coordination',
    etp: (name) => `Time “${name}” gives the CLSM, in full-time equivalent (1 for full time, 0.5 for half time)`,
    training: (name) => `Has “${name}” completed the national coordinators’ training?`,
    jobDescription: (name) => `Does “${name}” have a job description?`,
    frameworkDocuments: 'Framework documents that define the coordination’s missions (Space to tick)',
    network: 'Does the coordination take part in network events (national, regional, departmental)?',
    anotherCoordinator: 'Does another person coordinate the CLSM?',
    funders: 'Funders of the year (Space to tick)',
    amount: (funder) => `Amount paid by ${funder} (euros)`,
    purposes: (funder) => `What ${funder} funds (Space to tick)`,
    diagnostic: 'Date of the needs assessment of the territory (DD/MM/YYYY)',
    roadmap: 'Date of the roadmap in force (DD/MM/YYYY)',
    report: 'Year of the latest activity report',
    capitalisation: 'Does the CLSM capitalise on its experience (shareable knowledge, practice feedback)?',
    criteria: 'Are evaluation criteria defined?',
    evaluations: 'Evaluations carried out (Space to tick)',
    ptsmDiagnostic: 'Did the CLSM contribute to the territorial mental health project (PTSM) assessment?',
    ptsmOpinion: 'Did the CLSM give an opinion on the PTSM?',
    cls: 'Is there a local health contract (CLS) on the territory?',
    clsBodies: 'Does the CLSM have bodies distinct from the CLS’s?',
    clsCoordination: 'Does the CLSM have coordination distinct from the CLS’s?',
    clsShared: 'Do the CLSM and the CLS share their assessments and roadmaps?',
  },
  invalid: {
    required: 'This answer is needed.',
    identifiant: 'Lowercase letters without accents, digits and hyphens only (for example clsm-douai).',
    departement: 'A département code: 2 digits, 2A, 2B or 3 digits overseas (971…).',
    date: (value) => `“${value}” is not a date: write it DD/MM/YYYY (for example 14/03/2025).`,
    number: (value) => `“${value}” is not a number: write for example 62000.`,
    integer: (value) => `“${value}” is not a whole number: write for example 3.`,
    etp: (value) => `“${value}” does not fit: a number above 0 and at most 1 (0.5 for half time).`,
    year: (value) => `“${value}” is not a year: write it with four digits (for example 2024).`,
  },
};

export function initTexts(lang: Lang): InitTexts {
  return lang === 'fr' ? fr : en;
}
