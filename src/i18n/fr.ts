// French catalogue (default language).
import type { Catalogue } from './catalogue.js';
import { missingSpaceHint, numberHint } from './number-habits.js';
import { fixedNumber, groupedNumber, longDate } from './numbers.js';

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** How a type error says to write a number written the French way (i18n/number-habits.ts). */
const NUMBER_WORDS = {
  how: { comma: 'avec un point décimal, sans virgule', spaces: 'sans espace entre les milliers', unit: 'sans unité ni symbole', quoted: 'sans guillemets' },
  write: (written: string, how: string, value: string) => `\u202f; écrivez ${written} (${how}), et non «\u00a0${value}\u00a0».`,
};

export const fr: Catalogue = {
  locale: 'fr-FR',
  severity: { error: 'erreur', warning: 'avertissement', info: 'information' },
  severityPlural: { error: 'erreurs', warning: 'avertissements', info: 'informations' },
  severityCount: (severity, count) => plural(count, { error: 'erreur', warning: 'avertissement', info: 'information' }[severity], fr.severityPlural[severity]),
  statut: { actif: 'actif', en_creation: 'en création', en_sommeil: 'en sommeil' },
  formatAxis: 'format du profil',
  axis: {
    gouvernance: 'gouvernance',
    coordination: 'coordination',
    financement: 'financement',
    strategie: 'stratégie',
    suivi: 'suivi et évaluation',
    articulations: 'articulations',
    territoire: 'territoire',
    coherence: 'cohérence',
  },
  status: { pass: 'sans écart bloquant', fail: 'écarts à combler', invalid: 'profil invalide' },
  number: (value) => groupedNumber(value, ',', '\u202f'),
  decimal: (value, digits) => fixedNumber(value, digits, ','),
  date: (iso) => iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3/$2/$1'),
  longDate: (iso) => longDate(iso, ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'], (day) => (day === 1 ? '1er' : String(day))),
  counted: (value, singular, plural) => `${fr.number(value)}\u00a0${Math.abs(value) < 2 ? singular : plural}`,
  percent: (share) => `${fixedNumber(share * 100, 1, ',')}\u00a0%`,
  quote: (text) => `« ${text} »`,
  ordinal: (n) => `n° ${n}`,
  suggestion: (candidate) => ` Vouliez-vous dire « ${candidate} » ?`,
  labelled: (label, text) => `${label} : ${text}`,
  list: (items) => items.join(', '),

  read: {
    stdinFolder: () => `l’entrée standard est un dossier, pas un profil : donnez le dossier en argument (clsm check DOSSIER), ou redirigez un fichier (clsm check - < profil.yaml).`,
    notFound: (path) => `« ${path} » n’existe pas : vérifiez le chemin.`,
    noProfile: (path) => `aucun profil (*.yaml, *.yml) dans le dossier « ${path} » : indiquez un dossier qui contient des profils.`,
    reasons: {
      EACCES: 'permission refusée',
      EPERM: 'opération non permise',
      EISDIR: 'c’est un dossier',
      EIO: 'erreur d’entrée-sortie',
      ENXIO: 'c’est une socket ou un périphérique absent, pas un fichier',
      ENOTDIR: 'un élément du chemin n’est pas un dossier',
      ENAMETOOLONG: 'chemin trop long',
      EMFILE: 'trop de fichiers ouverts',
      ENFILE: 'trop de fichiers ouverts sur le système',
      EAGAIN: 'ressource momentanément indisponible',
    },
    unreadable: (path, reason) => `impossible de lire « ${path} » (${reason}) : vérifiez le fichier et ses droits.`,
    symlinkLoop: (path) => `« ${path} » est un lien symbolique qui boucle sur lui-même : corrigez ou supprimez le lien.`,
    notUtf8Name: (path) => `« ${path} » a un nom qui n’est pas écrit en UTF-8 : renommez-le (par exemple avec la commande convmv -f latin1 -t utf8 --notest), puis vérifiez-le de nouveau.`,
    brokenLink: (path) => `« ${path} » est un lien symbolique cassé : sa cible n’existe pas ; corrigez ou supprimez le lien.`,
    disguised: (path) => `« ${path} » n’a pas été vérifié : son nom finit par .txt ; renommez-le en « ${path.replace(/^.*\//, '').replace(/\.txt$/i, '')} » pour le vérifier.`,
    globTooComplex: (pattern, limit) => `le motif « ${pattern} » est trop complexe : au plus ${limit} « * » par partie du chemin (entre deux « / ») ; simplifiez-le ou nommez le dossier.`,
    tooLarge: (size, limit) =>
      `le fichier pèse ${fr.decimal(size, 1)} Mio, au-delà de la limite de ${fr.decimal(limit, 1)} Mio d’un profil : vérifiez qu’il s’agit bien d’un profil CLSM.`,
    tooLargeStream: (limit) => `le contenu dépasse la limite de ${fr.decimal(limit, 1)} Mio d’un profil (lecture arrêtée là) : vérifiez qu’il s’agit bien d’un profil CLSM.`,
    binary: () => `le fichier est binaire, pas un texte YAML : vérifiez qu’il s’agit bien d’un profil CLSM.`,
    utf16: () => `le fichier est encodé en UTF-16 : enregistrez-le en UTF-8.`,
    notUtf8: (line) => `le fichier n’est pas encodé en UTF-8 (octet invalide ligne ${line}, probablement un export Latin-1/Windows-1252 d’un tableur) : enregistrez-le en UTF-8.`,
    empty: () => `le fichier est vide : un profil contient au moins version, annee_reference et le bloc clsm ; voir \`clsm schema\` pour le format.`,
    globNoMatch: (pattern) => `aucun fichier ne correspond au motif « ${pattern} » : vérifiez le motif.`,
    tooDeep: (path, limit) => `le dossier « ${path} » est à plus de ${limit} niveaux de profondeur : il n’est pas parcouru ; indiquez-le directement s’il contient des profils.`,
  },
  parse: {
    syntax: (detail) => `syntaxe YAML invalide : ${detail}.`,
    tab: () => `une tabulation sert d’indentation : YAML n’accepte que des espaces ; remplacez-la par des espaces.`,
    duplicateKey: (key) =>
      key ? `la clé « ${key} » apparaît deux fois dans le même bloc : gardez-en une seule.` : `une clé apparaît deux fois dans le même bloc : gardez-en une seule.`,
    multipleDocuments: () => `le fichier contient plusieurs documents YAML (séparés par « --- ») : un profil tient en un seul document ; scindez le fichier.`,
    tooDeep: (limit) => `imbrication trop profonde (plus de ${limit} niveaux) : un profil n’en a jamais besoin.`,
    aliasBomb: (limit) => `les alias YAML (*) développent le document au-delà de ${fr.number(limit)} nœuds : retirez les alias.`,
    aliasCycle: () => `un alias YAML (*) renvoie à un bloc qui le contient : le document se contient lui-même ; retirez l’alias.`,
    unknownTag: (tag) => `l’étiquette YAML « ${tag} » n’est pas acceptée : un profil ne contient que des textes, nombres, booléens, listes et blocs ; retirez-la.`,
    missingSpace: (key, value) =>
      `il manque une espace après le deux-points de «\u00a0${key}:\u00a0»\u00a0: sans elle, YAML lit toute la ligne comme un seul texte\u202f; écrivez «\u00a0${key}: ${value}\u00a0».`,
    unclosedQuote: (quote) =>
      quote === '"'
        ? `le guillemet «\u00a0"\u00a0» ouvert ici n’est jamais fermé\u00a0: ajoutez «\u00a0"\u00a0» à la fin de la valeur.`
        : `l’apostrophe «\u00a0'\u00a0» qui ouvre ce texte n’est jamais fermée\u00a0: ajoutez «\u00a0'\u00a0» à la fin de la valeur, ou retirez-la.`,
    apostropheInQuotes: () =>
      `ce texte entre apostrophes contient une apostrophe qui le ferme trop tôt\u00a0: doublez-la (''), écrivez l’apostrophe typographique (’) ou mettez le texte entre guillemets doubles.`,
    unclosedBracket: (bracket) =>
      bracket === '['
        ? `le crochet «\u00a0[\u00a0» ouvert ici n’est jamais fermé\u00a0: ajoutez «\u00a0]\u00a0» à la fin de la liste.`
        : `l’accolade «\u00a0{\u00a0» ouverte ici n’est jamais fermée\u00a0: ajoutez «\u00a0}\u00a0» à la fin du bloc.`,
    flowNeedsQuotes: () =>
      `entre accolades, une valeur qui contient «\u00a0:\u00a0» ou «\u00a0,\u00a0» doit être entre guillemets\u00a0: écrivez par exemple \`nom: "Ville de Douai, Nord"\`.`,
    overIndented: (previous) => `cette ligne est plus indentée que la ligne ${previous}, qui a déjà une valeur\u00a0: alignez-la sur la ligne ${previous}.`,
    badIndent: (actual, expected) =>
      `cette ligne est indentée de ${plural(actual, 'espace', 'espaces')}, mais aucun bloc au-dessus ne l’est ainsi\u00a0: ${expected === 0 ? 'placez-la en début de ligne' : `indentez-la de ${plural(expected, 'espace', 'espaces')}`}, comme les clés de son bloc.`,
    reasons: {
      'bad indentation of a mapping entry': 'indentation incorrecte d’une clé',
      'bad indentation of a sequence entry': 'indentation incorrecte d’un élément de liste',
      'end of the stream or a document separator is expected': 'contenu inattendu (indentation ou deux-points à vérifier)',
      'can not read a block mapping entry; a multiline key may not be an implicit key': 'clé sur plusieurs lignes ou deux-points manquant',
      'can not read an implicit mapping pair; a colon is missed': 'deux-points manquant après une clé',
      'a whitespace character is expected after the key-value separator within a block mapping': 'une espace est attendue après le deux-points',
      'missed comma between flow collection entries': 'virgule manquante entre deux éléments entre crochets ou accolades',
      'unexpected end of the stream within a flow collection': 'crochet ou accolade non fermé',
      'unexpected end of the stream within a double quoted scalar': 'guillemet double non fermé',
      'unexpected end of the stream within a single quoted scalar': 'apostrophe non fermée',
      'unexpected end of the document within a double quoted scalar': 'guillemet double non fermé',
      'unexpected end of the document within a single quoted scalar': 'apostrophe non fermée',
      'unknown escape sequence': 'séquence d’échappement inconnue dans un texte entre guillemets',
      'expected hexadecimal character': 'caractère hexadécimal attendu dans une séquence d’échappement',
      'incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line': 'clé explicite incomplète',
      'missing indentation for block scalar': 'indentation manquante pour un texte sur plusieurs lignes',
      'the stream contains non-printable characters': 'le fichier contient des caractères non imprimables',
      'null byte is not allowed in input': 'le fichier contient un octet nul',
      'name of an alias node must contain at least one character': 'alias sans nom après « * »',
      'name of an anchor node must contain at least one character': 'ancre sans nom après « & »',
      'alias node should not have any properties': 'un alias ne peut pas porter d’ancre ni d’étiquette',
      'duplication of an anchor property': 'ancre déclarée deux fois',
      'duplication of a tag property': 'étiquette déclarée deux fois',
      'a line break is expected': 'retour à la ligne attendu',
      'directives end mark is expected': 'séparateur « --- » attendu après une directive',
      'nested arrays are not supported inside keys': 'une liste ne peut pas servir de clé',
      'expected valid JSON character': 'caractère invalide',
    },
    unknownReason: (reason) => `erreur de syntaxe (${reason})`,
  },
  schema: {
    more: (count) => `et ${count === 1 ? '1 autre problème de format' : `${count} autres problèmes de format`}, non détaillés : corrigez d’abord ceux-ci, puis vérifiez de nouveau.`,
    documentKind: { list: 'une liste', scalar: 'une valeur isolée' },
    notMapping: (kind) => `le document est ${kind}, pas un bloc de clés : un profil commence par « version: 1 », « annee_reference » et le bloc « clsm ».`,
    unknownKey: (key, suggestion, allowed) =>
      suggestion
        ? `« ${key} » : clé inconnue — vouliez-vous dire « ${suggestion} » ?`
        : `« ${key} » : clé inconnue à cet endroit ; clés possibles : ${allowed.join(', ')}.`,
    complexKey: () => `un bloc ou une liste sert de clé (« ? ») : les clés d’un profil sont des mots ; écrivez une clé simple.`,
    required: (key) => `il manque la clé obligatoire « ${key} ».`,
    emptyText: () => `le texte est vide : renseignez-le.`,
    nullValue: () => `la valeur est vide : renseignez-la ou supprimez la clé.`,
    type: (expected, actualIsNumber, value) =>
      actualIsNumber && expected === 'une chaîne de caractères'
        ? `doit être une chaîne de caractères : écrivez-la entre guillemets ("${String(value)}").`
        : missingSpaceHint(numberHint(`doit être ${expected}`, value, NUMBER_WORDS), value, (fixed) => `\u202f; il manque sans doute une espace après le deux-points\u00a0: écrivez «\u00a0${fixed}\u00a0».`),
    typeName: (type) =>
      ({
        string: 'une chaîne de caractères',
        number: 'un nombre',
        integer: 'un nombre entier',
        boolean: 'true ou false',
        object: 'un bloc de clés',
        array: 'une liste',
        null: 'vide',
      })[type] ?? type,
    enumValue: (value, allowed, suggestion) =>
      `valeur « ${String(value)} » non reconnue${suggestion ? ` — vouliez-vous dire « ${suggestion} » ?` : '.'} Valeurs possibles : ${allowed.map(String).join(', ')}.`,
    constValue: (expected) => `doit valoir ${String(expected)}.`,
    limit: (keyword, limit, value) =>
      `${String(value)} ne convient pas : la valeur doit être ${
        { minimum: 'supérieure ou égale à', maximum: 'inférieure ou égale à', exclusiveMinimum: 'strictement supérieure à', exclusiveMaximum: 'strictement inférieure à' }[keyword] ?? ''
      } ${fr.number(limit)}.`,
    pattern: (value, description) => `« ${String(value)} » n’a pas la forme attendue${description ? ` : ${description.replace(/\.$/, '')}` : ''}.`,
    date: (value) => `« ${String(value)} » n’est pas une date valide : écrivez-la au format AAAA-MM-JJ (par exemple \`2025-03-14\`).`,
    email: (value) => `« ${String(value)} » n’est pas une adresse électronique valide.`,
  },
  cli: {
    errorPrefix: 'clsm : ',
    unknownOption: (option, suggestion) => `option inconnue « ${option} »${suggestion ? ` — vouliez-vous dire « ${suggestion} » ?` : '.'} Voir \`clsm --help\`.`,
    unknownCommand: (command, suggestion) =>
      `commande inconnue « ${command} »${suggestion ? ` — vouliez-vous dire « ${suggestion} » ?` : '.'} Voir \`clsm --help\`.`,
    missingArgument: (name) => `argument manquant : « ${name} ».`,
    missingOptionValue: (option) => `l’option « ${option} » attend une valeur.`,
    tooManyArguments: () => `trop d’arguments : voir \`clsm --help\`.`,
    invalidChoice: (option, value, choices) => `« ${value} » n’est pas une valeur possible de ${option} : choisissez parmi ${choices.join(', ')}.`,
    invalidYear: (value) => `« ${value} » n’est pas une année valide pour --year : indiquez une année entre 2000 et 2100, par exemple 2025.`,
    invalidDate: (value) => `« ${value} » n’est pas une date valide pour --today : indiquez-la au format AAAA-MM-JJ.`,
    outputDirMissing: (path, dir) => `impossible d’écrire le rapport « ${path} » : le dossier « ${dir} » n’existe pas ; créez-le d’abord.`,
    outputIsDirectory: (path) => `impossible d’écrire le rapport : « ${path} » est un dossier ; indiquez un nom de fichier.`,
    outputIsInput: (path) => `refus d’écrire le rapport dans « ${path} » : ce fichier est un profil ; choisissez un autre nom de fichier.`,
    outputIsRead: (path) => `refus d’écrire dans « ${path} » : cette commande lit ce fichier (profil, jeu de règles ou base de référence) ; choisissez un autre nom de fichier.`,
    stdoutFailed: (reason) => `impossible d’écrire sur la sortie standard : ${reason}.`,
    libraryInput: (kind) => `checkText attend le texte d’un profil (une chaîne) ou ses octets (Uint8Array), pas ${kind}.`,
    webNotOurs: (path) => `refus de remplacer « ${path} » : ce fichier n’est pas une page écrite par clsm ; choisissez un autre nom avec -o.`,
    perNeedsCsv: () => `--per clsm s’applique au format CSV : ajoutez -f csv, ou --report csv:FICHIER.`,
    splitMissing: (folder) => `le dossier « ${folder} » de --split n’existe pas : créez-le d’abord.`,
    splitNotFolder: (folder) => `« ${folder} » n’est pas un dossier : --split attend le dossier où écrire un rapport par CLSM.`,
    splitExists: (file) => `« ${file} » existe déjà : aucun rapport n’a été écrit. Ajoutez --force pour remplacer les rapports de ce dossier, ou choisissez un autre dossier.`,
    splitFormat: (format) => `--split écrit un rapport par CLSM en html ou en markdown, pas en ${format} : ajoutez -f html ou -f markdown.`,
    splitWritten: (count, folder) => `${count === 1 ? '1 rapport écrit' : `${count} rapports écrits`} dans ${folder}, un par CLSM.`,
    webMissing: () => 'la page clsm.html manque à cette installation de clsm : réinstallez le paquet, ou lancez « npm run build » dans ses sources.',
    webWritten: (path) => `Page écrite : ${path}. Ouvrez-la dans votre navigateur (double-clic) ; elle fonctionne hors ligne et n’envoie aucune donnée.`,
    spillFailed: (folder, code) =>
      `impossible d’écrire dans « ${folder} » le fichier temporaire où un grand rapport HTML garde ses sections (${({ ENOENT: 'ce dossier n’existe pas', ENOSPC: 'le disque est plein', EDQUOT: 'quota dépassé', EACCES: 'écriture refusée', EPERM: 'écriture refusée', EROFS: 'disque en lecture seule' } as Record<string, string>)[code] ?? code}) : indiquez un autre dossier avec la variable TMPDIR, ou libérez de la place.`,
    outputWriteFailed: (path, reason) => `impossible d’écrire le rapport « ${path} » : ${reason}.`,
    outputNotRegular: (path) =>
      `refus d’écrire le rapport dans « ${path} » : ce n’est pas un fichier ordinaire (périphérique, tube, socket ou lien cassé) ; choisissez un nom de fichier.`,
    badReport: (spec, formats) => `« ${spec} » n’est pas une valeur possible de --report : écrivez FORMAT:FICHIER, avec un format parmi ${formats.join(', ')} (par exemple sarif:clsm.sarif).`,
    reportToStdout: (spec) => `« ${spec} » : --report écrit dans un fichier ; pour la sortie standard, utilisez --format.`,
    sameOutputTwice: (path) => `deux rapports seraient écrits dans le même fichier « ${path} » : donnez-leur des noms différents.`,
    outputEmpty: () => `l’option --output attend un nom de fichier (ou « - » pour la sortie standard).`,
    writeReasons: {
      ENOSPC: 'le disque est plein ; libérez de la place ou choisissez un autre disque (le rapport précédent, s’il existe, est conservé)',
      EDQUOT: 'le quota disque est atteint ; libérez de la place ou choisissez un autre disque',
      EACCES: 'permission refusée ; vérifiez les droits du dossier',
      EPERM: 'opération non permise ; vérifiez les droits du dossier',
      EROFS: 'le système de fichiers est en lecture seule ; choisissez un autre dossier',
      ENOENT: 'ce dossier n’accepte pas de nouveau fichier ; choisissez un autre dossier',
      EIO: 'erreur d’entrée-sortie du disque ; réessayez ou choisissez un autre disque',
      ENAMETOOLONG: 'le chemin est trop long ; choisissez un nom plus court',
      EINVAL: 'ce dossier n’accepte pas de fichier ordinaire ; choisissez un autre dossier',
    },
    writeReasonOther: (code) => `erreur système ${code} ; choisissez un autre dossier`,
    cwdGone: () => `le dossier courant n’existe plus (supprimé pendant que le terminal s’y trouvait) : placez-vous dans un dossier existant, par exemple avec « cd ».`,
    unknownRule: (id, suggestion) =>
      `la règle « ${id} » n’existe pas${suggestion ? ` — vouliez-vous dire « ${suggestion} » ?` : '.'} Voir \`clsm rules\`.`,
    explainFormat: (format) => `le format « ${format} » n’existe pas pour clsm explain : choisissez text ou markdown.`,
    internal: (message) => `erreur interne inattendue (${message}) : signalez-la à l’équipe de clsm.`,
    reportOtherLang: (path, made, asked) =>
      `le résultat de ${path} est rédigé en ${made === 'fr' ? 'français' : 'anglais'} : vérifiez de nouveau le profil avec lang: '${asked}', ou mettez en forme avec lang: '${made}'.`,
    reportOtherRuleset: (path, made, asked) =>
      made === null
        ? `le résultat de ${path} a été lu sans règles (indicateurs) : vérifiez le profil avec le jeu de règles ${asked} avant de le mettre en forme.`
        : `le résultat de ${path} a été vérifié avec le jeu de règles ${made}, pas ${asked} : donnez à formatReport le jeu de règles de la vérification (option ruleset).`,
    reportMixedRulesets: (first, other) =>
      `les résultats ont été vérifiés avec deux jeux de règles (${first} et ${other}) : mettez en forme chaque lot à part, avec son jeu de règles.`,
    internalInFile: (path, message) =>
      `erreur interne inattendue en vérifiant « ${path} » (${message}) : les autres fichiers sont vérifiés ; signalez-la à l’équipe de clsm avec ce fichier.`,
    stdinTwice: () => `« - » (entrée standard) ne peut être donné qu’une fois.`,
  },
  report: {
    header: (name, path) => `${name} — ${path}`,
    territory: (population, vintage) => `Population des communes listées : ${population} habitants (populations légales ${vintage})`,
    meta: (year, ruleset, status) => `Année de référence : ${year ?? '?'} · Référentiel : ${ruleset} · Résultat : ${fr.status[status]}`,
    columns: { severity: 'Gravité', rule: 'Règle', message: 'Écart', position: 'Ligne:col', reference: 'Référence' },
    noFinding: 'Aucun écart relevé.',
    remediationPrefix: '→ ',
    byAxis: 'Par axe',
    waivedTitle: 'Écarts couverts par une dérogation',
    waivedLine: (ruleId, until, justification) => `${ruleId} (jusqu’au ${fr.date(until)}) : ${justification}`,
    coveredCase: (count) => (count === 1 ? 'écart couvert par une dérogation ou la base de référence' : `${count} écarts couverts par une dérogation ou la base de référence`),
    csvHeaders: ['fichier', 'CLSM', 'identifiant', 'département', 'région', 'année', 'statut du CLSM', 'résultat', 'gravité', 'règle', 'axe', 'écart', 'piste d’action', 'référence', 'champ', 'ligne', 'dérogation'],
    csvClsmHeaders: ['fichier', 'CLSM', 'identifiant', 'département', 'région', 'année', 'statut du CLSM', 'résultat', 'erreurs', 'avertissements', 'informations'],
    csvClsmTail: ['dérogations en cours', 'règles couvertes par une dérogation', 'population'],
    csvAxisHeader: (axis) => `écarts : ${axis}`,
    baselinedJustification: 'Écart connu, enregistré dans la base de référence (clsm baseline).',
    baselinedTitle: (count) => (count === 1 ? 'Écart couvert par la base de référence (1)' : `Écarts couverts par la base de référence (${count})`),
    summaryTitle: 'Synthèse',
    summaryColumns: { file: 'Fichier', clsm: 'CLSM', region: 'Région', status: 'Résultat' },
    group: (severity, count) =>
      ({
        error: `À traiter en premier — ${plural(count, 'erreur', 'erreurs')}`,
        warning: `Ensuite — ${plural(count, 'avertissement', 'avertissements')} (préconisations et contrôles de cohérence)`,
        info: `Pour information — ${plural(count, 'information', 'informations')} (repères et bonnes pratiques)`,
      })[severity],
    totals: (files, pass, fail, invalid) =>
      `${plural(files, 'fichier vérifié', 'fichiers vérifiés')} : ${pass} sans écart bloquant, ${fail} avec écarts à combler, ${plural(invalid, 'invalide', 'invalides')}.`,
    unnamed: '(CLSM sans nom)',
    recap: (count) => `À traiter en premier, en résumé : ${plural(count, 'erreur', 'erreurs')}`,
    recapMore: (count) => `… et ${plural(count, 'autre erreur', 'autres erreurs')}, détaillées plus haut.`,
    tab: '⟨tabulation⟩',
    looksLikeCopy: (path) => ` « ${path} » ressemble à une copie : retirez-la du dossier des profils (ou renommez-la sans .yaml).`,
  },
  ruleset: {
    unknown: (id, builtins) =>
      `le jeu de règles « ${id} » n’existe pas : indiquez ${builtins.map((b) => `« ${b} »`).join(', ')} ou le chemin d’un fichier de jeu de règles (.yaml).`,
    notAFile: (file) => `« ${file} » n’est pas un fichier de jeu de règles (c’est un dossier ou un fichier spécial) : indiquez un fichier .yaml.`,
    tooLarge: (file) => `le jeu de règles « ${file} » pèse plus de 4 Mio : vérifiez qu’il s’agit bien d’un jeu de règles clsm.`,
    problem: (file, line, column, message) => `${file}:${line}:${column} : jeu de règles invalide : ${message}`,
    notMapping: () => `le document n’est pas un bloc de clés : un jeu de règles commence par « id », « title » et « rules ».`,
    duplicateRule: (id) => `la règle « ${id} » est définie deux fois : gardez-en une seule.`,
    unknownRule: (id, suggestion) => `la règle « ${id} » n’existe pas dans ce jeu de règles${suggestion ? ` — vouliez-vous dire « ${suggestion} » ?` : '.'}`,
    unknownParam: (name, known) =>
      `« $${name} » renvoie à un paramètre que la règle ne définit pas : ${known.length > 0 ? `ses paramètres sont ${known.join(', ')}` : 'ajoutez-le sous « params »'}.`,
    unusedParam: (name, known) =>
      `la règle héritée n’a pas de paramètre « ${name} » : ${known.length > 0 ? `ses paramètres sont ${known.join(', ')}` : 'elle n’en a aucun'} ; corrigez le nom, sinon la valeur serait ignorée.`,
    incompleteRule: (id, missing) =>
      `la règle « ${id} » n’existe pas dans le jeu étendu : c’est donc une règle nouvelle, à laquelle il manque ${missing.map((m) => `« ${m} »`).join(', ')} ; vérifiez l’identifiant ou complétez la règle.`,
    parent: (reference, reason) => `« extends: ${reference} » : ${reason}`,
    notBuiltin: (reference) => `« ${reference} » n’est pas un jeu de règles fourni ; ici, seul un identifiant fourni peut être étendu.`,
    cycle: (chain) => `les jeux de règles s’étendent en boucle (${chain.join(' → ')}) : retirez l’un des « extends ».`,
    tooDeep: (limit) => `la chaîne des « extends » dépasse ${limit} jeux de règles : un jeu régional étend le référentiel national, ou un jeu qui l’étend, rarement plus.`,
    encoding: (file, problem) => `le jeu de règles « ${file} » ne peut pas être lu : ${problem}`,
    extendsLabel: (id) => `étend ${id}`,
    noDescription: '(non renseigné dans le jeu de règles)',
  },
  baseline: {
    stdin: () => `une base de référence garde les écarts de fichiers nommés : l’entrée standard n’en a pas ; indiquez les fichiers ou le dossier des profils.`,
    notAFile: (file) => `la base de référence « ${file} » n’est pas un fichier : indiquez le fichier écrit par \`clsm baseline\`.`,
    tooLarge: (file) => `la base de référence « ${file} » pèse plus de 16 Mio : vérifiez qu’il s’agit bien du fichier écrit par \`clsm baseline\`.`,
    unreadable: (file, reason) => `impossible de lire la base de référence « ${file} » : ${reason}`,
    notJson: (file, line, column) => `la base de référence « ${file} » n’est pas un JSON valide (ligne ${line}, colonne ${column}) : écrivez-la de nouveau avec \`clsm baseline --force\`.`,
    badShape: (file, where, expected) =>
      `la base de référence « ${file} » n’est pas valide à « ${where} » : ${
        {
          version: 'il faut « "schemaVersion": 2 » (ou 1, l’ancien format)',
          ruleset: 'il faut l’identifiant du jeu de règles (« "ruleset" »)',
          files: 'il faut un bloc « "files" »',
          profiles: 'il faut un bloc « "profiles" »',
          keys: 'il faut une liste de clés d’écarts (des textes)',
          entries: 'il faut un bloc de règles et de nombres',
          count: 'il faut un nombre entier supérieur ou égal à 1',
        }[expected]
      } ; écrivez-la de nouveau avec \`clsm baseline --force\`.`,
    unused: (count) =>
      count === 1
        ? `1 entrée de la base de référence est devenue inutile : lancez \`clsm baseline --prune\`.`
        : `${count} entrées de la base de référence sont devenues inutiles : lancez \`clsm baseline --prune\`.`,
    otherRuleset: (recorded, used) =>
      `la base de référence a été établie avec le jeu de règles « ${recorded} », la vérification utilise « ${used} » : seuls les écarts des règles communes sont couverts.`,
    exists: (file) => `la base de référence « ${file} » existe déjà : ajoutez --force pour la remplacer, ou --prune pour seulement l’alléger.`,
    missing: (file) => `la base de référence « ${file} » n’existe pas : écrivez-la d’abord avec \`clsm baseline\`.`,
    written: (file, findings, profiles) =>
      `Base de référence écrite dans « ${file} » : ${findings === 0 ? 'aucun écart' : findings === 1 ? '1 écart' : `${fr.number(findings)} écarts`} de ${profiles === 1 ? '1 profil' : `${fr.number(profiles)} profils`}.`,
    pruned: (file, removed) =>
      `Base de référence « ${file} » allégée : ${removed === 0 ? 'aucune entrée retirée' : removed === 1 ? '1 entrée retirée' : `${fr.number(removed)} entrées retirées`}.`,
    pruneVersion1: (file) =>
      `la base de référence « ${file} » est au format 1 (un nombre d’écarts par fichier), qui ne distingue pas un nouvel écart d’un ancien de la même règle ; écrivez-la de nouveau au format 2 avec \`clsm baseline --force\`.`,
    wouldEmpty: (file, entries) =>
      `refus de vider la base de référence « ${file} » : ${entries === 1 ? 'son entrée serait retirée' : `ses ${fr.number(entries)} entrées seraient retirées`} (aucun écart aujourd’hui parmi les profils vérifiés) ; ajoutez --force si c’est voulu.`,
    version1: (file) =>
      `la base de référence « ${file} » est au format 1 : elle compte les écarts par fichier et ne distingue pas un nouvel écart d’un ancien de la même règle, ni ne suit un fichier renommé ; écrivez-la de nouveau avec \`clsm baseline --force\`.`,
    unusedNamed: (names, more) => `${names.map((name) => `  ${name}`).join('\n')}${more > 0 ? `\n  … et ${more === 1 ? '1 autre' : `${fr.number(more)} autres`}` : ''}`,
  },
  stats: {
    title: 'Indicateurs nationaux des CLSM (instruction du 13 mai 2025, section III)',
    yearTitle: (year) => `Année ${year}`,
    columns: {
      year: 'Année',
      region: 'Région',
      departement: 'Département',
      indicators: ['CLSM actifs', 'En création', 'En sommeil', 'Population couverte', 'Part de la population', 'COPIL avec représentants d’usagers et de leurs proches', 'Assemblée générale (plénière) dans l’année'],
    },
    national: 'France entière',
    noDepartement: 'département non indiqué',
    behind: (area, active, copil, plenary) =>
      `${area} : CLSM actifs ${active.join(', ') || '—'} ; COPIL avec représentants d’usagers et de leurs proches ${copil.join(', ') || '—'} ; assemblée plénière dans l’année ${plenary.join(', ') || '—'}.`,
    source: 'Population des régions',
    missing: (count) => (count === 1 ? '1 CLSM sans population' : `${count} CLSM sans population`),
    duplicate: (identifiant, year, files) =>
      `Le CLSM « ${identifiant} » (${year}) figure dans plusieurs fichiers : seul ${files[0]} est compté (${files.slice(1).join(', ')} écarté${files.length > 2 ? 's' : ''}).`,
    excluded: (paths) => `${paths.length === 1 ? 'Profil invalide écarté' : 'Profils invalides écartés'} : ${paths.join(', ')}.`,
    chart: (year) => `Part de la population couverte par les CLSM actifs, par région, en ${year}`,
    notes: 'Remarques',
    readings: [
      '« Représentants d’usagers et de leurs proches » (instruction, section III) : clsm compte les COPIL qui ont au moins un membre de la catégorie personne concernée et un membre de la catégorie aidant ; le nombre de COPIL avec chacune, et avec l’une ou l’autre, est donné à côté.',
      '« Assemblée générale » (instruction, section III) : clsm compte l’assemblée plénière du référentiel (§4), réunie dans l’année.',
      'Les parts portent sur les CLSM actifs ; les CLSM en création et en sommeil sont comptés à part.',
    ],
    copilParts: (label, users, carers, either) =>
      `${label} : COPIL avec des personnes concernées ${users}, avec des aidants ${carers}, avec l’une ou l’autre catégorie ${either}.`,
    overlap: (year, commune, first, second) => `En ${year}, la commune ${commune} est couverte par « ${first} » et par « ${second} » : elle n’est comptée qu’une fois.`,
    regions: (year, count) => `France entière ${year} : ${count === 1 ? '1 région a' : `${count}\u00a0régions ont`} envoyé au moins un profil.`,
    declaredOnly: (count) => `dont ${count} déclarés par des CLSM sans communes`,
    departementPopulationHeader: 'population du département',
    csvHeaders: [
      'année',
      'région',
      'CLSM actifs',
      'CLSM en création',
      'CLSM en sommeil',
      'population couverte',
      'dont population déclarée par des CLSM sans communes',
      'CLSM actifs sans population connue',
      'population de la région',
      'part de la population couverte',
      'COPIL avec personnes concernées et aidants',
      'part des COPIL avec personnes concernées et aidants',
      'COPIL avec personnes concernées',
      'COPIL avec aidants',
      'COPIL avec l’une ou l’autre catégorie',
      'assemblée plénière dans l’année',
      'part des assemblées plénières dans l’année',
    ],
    nothing: () => `aucun profil valide : aucun indicateur à calculer.`,
  },
  html: {
    title: 'Rapport d’écarts au référentiel national des CLSM',
    notBinding: 'le référentiel n’est pas opposable : ce rapport relève des écarts, non des manquements',
    first: 'À traiter en premier',
    noBlocking: 'Aucun écart bloquant : les points ci-dessous sont des pistes d’amélioration.',
    chartAxes: (name) => `Écarts par axe du référentiel — ${name}`,
    chartFiles: 'Écarts par CLSM',
    gapAndAction: 'Écart et piste d’action',
    line: 'Ligne',
    derogations: 'Dérogations en cours',
    until: (date) => `jusqu’au ${date}`,
    year: (year) => `année ${year}`,
    region: 'Région',
    footer: (version) => `Produit par clsm ${version} à partir du profil déclaré par le CLSM.`,
    heading: (ruleset) => `Rapport d’écarts — ${ruleset}`,
    run: (date, profiles) => `Vérification du ${date} · ${plural(profiles, 'profil', 'profils')}`,
    matrixCaption: 'Règles en écart, par CLSM et par axe (■ erreur, ▲ avertissement, ● information : la plus grave de l’axe), par département ; les profils invalides d’abord, puis les CLSM qui ont le plus d’erreurs.',
    state: 'État',
    departement: (name, code) => (name ? `${name} (${code})` : `Département ${code}`),
    noDepartement: 'Département non indiqué',
    invalidGroup: 'Profils invalides',
    departementColumn: 'Département',
    quality: 'Qualité des données',
    qualityNone: 'Aucun problème de données : tous les profils sont lisibles, sans doublon ni incohérence de région ou de département.',
    qualityInvalid: (path, line, message) => `${path}, ligne ${line} : ${message}`,
    qualityFinding: (path, message) => `${path} : ${message}`,
    chartRules: 'Règles en écart par CLSM',
    chartRulesFirst: (shown, total) => `Règles en écart par CLSM : les ${shown} premiers du tableau, sur ${groupedNumber(total, ',', '\u202f')}`,
    rulesAt: (severity, count) => `${plural(count, 'règle', 'règles')} en ${{ error: 'erreur', warning: 'avertissement', info: 'information' }[severity]}`,
    invalidBar: 'profil invalide : à corriger avant toute lecture',
    sectionOf: (name) => `Voir le détail de ${name}`,
  },
  rules: {
    columns: { id: 'Règle', severity: 'Gravité', axis: 'Axe', reference: 'Référence', statuses: 'S’applique aux statuts' },
    dagger: '† : vérifiée aussi pour un CLSM en création',
    title: (id, count) => `Jeu de règles ${id} : ${count} règles`,
    checksTitle: (count) => `Fonctions de contrôle du moteur (${count}), à citer dans « check: » d’une règle`,
    traits: {
      runScope: 'compare les profils d’un même lot\u00a0: l’écart est relevé sur le second profil',
      afterOthers: 's’applique après les autres règles, une fois les dérogations utilisées connues',
      notWaivable: 'aucune dérogation ne couvre ses écarts',
      notBaselinable: 'aucune base de référence ne couvre ses écarts',
    },
    optionsTitle: 'Options',
    off: 'désactivée (off)',
    optional: 'facultative',
    listOf: (item) => `liste de ${item}`,
    typeName: (type) => ({ string: 'texte', number: 'nombre', integer: 'entier', boolean: 'true ou false', object: 'bloc', array: 'liste' })[type] ?? type,
    paramNote:
      'Une option numérique peut s’écrire « $nom » pour citer le paramètre « nom » de la règle (params). Schéma complet : clsm rules --checks --format json, ou schemas/ruleset.schema.json.',
  },
  explain: {
    what: 'Ce que la règle vérifie',
    why: 'Pourquoi',
    how: 'Comment combler l’écart',
    appliesTo: 'S’applique aux statuts',
    params: 'Paramètres',
    page: {
      columns: ['gravité', 'axe', 'référence', 'statuts'],
      paramsNote: (count) =>
        `Un jeu de règles régional peut ${count === 1 ? 'l’ajuster' : 'les ajuster'} (voir « Jeux de règles régionaux » dans le README).`,
    },
    fix: 'Comment corriger',
    failingExample: 'Exemple de profil qui relève l’écart',
    passingExample: 'Exemple de profil sans écart',
  },
};
