// `npm run gen`: what the code needs generated, from the sources — the ruleset schema from the check declarations;
// precompiled validators (profile, ruleset, each check's options); the built-in rulesets, put through the same
// stage as any ruleset file; the embedded texts (src/generated/, not tracked). Fast and deterministic.
// schemas/ruleset.schema.json is tracked: `--write-schema` (npm run gen) rewrites it and says so; otherwise a stale
// one is only reported (tests/generated.test.ts fails on it), never rewritten silently.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const generated = path.join(root, 'src', 'generated');
const cacheDir = path.join(root, 'node_modules', '.cache', 'clsm-build');
const writeSchema = process.argv.includes('--write-schema');
fs.mkdirSync(generated, { recursive: true });
fs.mkdirSync(cacheDir, { recursive: true });
const esbuild = await import('esbuild');

/** Bundles TypeScript sources for this build script to import. */
async function importSource(name, contents) {
  const outfile = path.join(cacheDir, `${name}.mjs`);
  await esbuild.build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  return import(`${pathToFileURL(outfile).href}?${Date.now()}`);
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

// A fresh clone has no generated sources yet, and the check declarations read some of them (région names): they
// start from empty ones, which the steps below replace.
if (!fs.existsSync(path.join(generated, 'embedded.ts'))) {
  fs.writeFileSync(
    path.join(generated, 'embedded.ts'),
    "export const PROFILE_SCHEMA_TEXT: string = '{}';\nexport const PROFILE_SCHEMA_TEXT_EN: string = '{}';\nexport const RULESET_SCHEMA_TEXT: string = '{}';\nexport const BUILTIN_RULESETS: Readonly<Record<string, string>> = {};\nexport const REGION_POPULATIONS: ReadonlyArray<{ code: string; name: string; population: number; vintage: number; source: string }> = [];\nexport const DEPARTEMENT_REGIONS: Readonly<Record<string, string>> = {};\n",
  );
}

const metaFile = path.join(generated, 'territory-meta.ts');
if (!fs.existsSync(metaFile) || !fs.readFileSync(metaFile, 'utf8').includes('DEPARTEMENT_NAMES')) {
  fs.writeFileSync(
    metaFile,
    'export const TERRITORY_META = { package: "", cog: 0, vintage: 0 } as const;\nexport const DEPARTEMENT_NAMES: Readonly<Record<string, string>> = {};\n',
  );
}

// 1. The ruleset schema, from the check declarations.
const { CHECK_LIST, rulesetSchema } = await importSource(
  'ruleset-schema',
  "export { CHECK_LIST } from './src/checks/index.ts'; export { rulesetSchema } from './src/ruleset/ruleset-schema.ts';",
);
const rulesetSchemaText = `${JSON.stringify(rulesetSchema(CHECK_LIST), null, 2)}\n`;
const rulesetSchemaFile = path.join(root, 'schemas', 'ruleset.schema.json');
if (!fs.existsSync(rulesetSchemaFile) || fs.readFileSync(rulesetSchemaFile, 'utf8') !== rulesetSchemaText) {
  if (writeSchema) {
    fs.writeFileSync(rulesetSchemaFile, rulesetSchemaText);
    console.log('clsm : schemas/ruleset.schema.json réécrit à partir des fonctions de contrôle.');
  } else console.error('clsm : schemas/ruleset.schema.json ne correspond plus aux fonctions de contrôle : lancez « npm run gen ».');
}

/**
 * The schema without its titles and descriptions: they do not change validation, and the generated
 * validator embeds the schema it was made from (smaller code, faster start-up). Property names are kept.
 */
function withoutAnnotations(node, underProperties = false) {
  if (Array.isArray(node)) return node.map((item) => withoutAnnotations(item));
  if (node === null || typeof node !== 'object') return node;
  const copy = {};
  for (const [key, value] of Object.entries(node)) {
    if (!underProperties && (key === 'title' || key === 'description')) continue;
    copy[key] = withoutAnnotations(value, key === 'properties' && !underProperties);
  }
  return copy;
}

function newAjv() {
  const ajv = new Ajv.default({ allErrors: true, strict: true, allowUnionTypes: true, messages: false, code: { source: true } });
  addFormats.default(ajv, ['date', 'email']);
  return ajv;
}

function writeValidators(outName, ajv, exportsByName) {
  const code = standaloneCode.default(ajv, exportsByName);
  if (typeof exportsByName === 'function') {
    fs.writeFileSync(path.join(generated, `${outName}.cjs`), code);
    fs.writeFileSync(path.join(generated, `${outName}.d.cts`), "import type { ValidateFunction } from 'ajv';\ndeclare const validate: ValidateFunction;\nexport = validate;\n");
    return;
  }
  // Several validators (200 kB of code and schema literals): wrapped in a function, so that a run that never
  // reads a ruleset file does not evaluate them at start-up.
  fs.writeFileSync(path.join(generated, `${outName}.cjs`), `module.exports = function load() {\nconst module = { exports: {} };\nconst exports = module.exports;\n${code}\nreturn module.exports;\n};\n`);
  fs.writeFileSync(
    path.join(generated, `${outName}.d.cts`),
    "import type { ValidateFunction } from 'ajv';\ndeclare function load(): Record<string, ValidateFunction>;\nexport = load;\n",
  );
}

// 2. Precompiled validators: the profile; the ruleset file and each check's options once `$param` is resolved.
const profileSchemaText = fs.readFileSync(path.join(root, 'schemas', 'profil-clsm.schema.json'), 'utf8');
{
  const ajv = newAjv();
  writeValidators('validate-profile', ajv, ajv.compile(withoutAnnotations(JSON.parse(profileSchemaText))));
}
{
  const ajv = newAjv();
  ajv.addSchema(withoutAnnotations(JSON.parse(rulesetSchemaText)), 'ruleset');
  const names = { ruleset: 'ruleset' };
  for (const check of CHECK_LIST) {
    ajv.addSchema(withoutAnnotations(check.options), `options:${check.name}`);
    names[`options:${check.name}`] = `options:${check.name}`;
  }
  writeValidators('validate-ruleset', ajv, names);
}

/** The profile schema with English titles and descriptions (schemas/profil-clsm.schema.en-texts.json, French → English). */
function englishProfileSchema() {
  const english = JSON.parse(fs.readFileSync(path.join(root, 'schemas', 'profil-clsm.schema.en-texts.json'), 'utf8'));
  const missing = [];
  const translate = (node) => {
    if (Array.isArray(node)) return node.map(translate);
    if (node === null || typeof node !== 'object') return node;
    const copy = {};
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'title' || key === 'description') && typeof value === 'string') {
        if (!Object.prototype.hasOwnProperty.call(english, value)) missing.push(value);
        copy[key] = english[value] ?? value;
      } else copy[key] = translate(value);
    }
    return copy;
  };
  const schema = translate(JSON.parse(profileSchemaText));
  if (missing.length > 0) fail(`schemas/profil-clsm.schema.en-texts.json : ${missing.length} texte(s) du schéma sans traduction anglaise :\n${missing.join('\n')}`);
  return `${JSON.stringify(schema, null, 2)}\n`;
}

// 3. Embedded texts; the built-in rulesets once they passed the stage every ruleset file goes through.
/** The INSEE region populations shipped with clsm (data/populations-regions.csv), as data. */
function regionPopulations() {
  const [header, ...rows] = fs.readFileSync(path.join(root, 'data', 'populations-regions.csv'), 'utf8').trim().split(/\r?\n/);
  const columns = header.split(';');
  return rows.map((row) => {
    const cells = Object.fromEntries(row.split(';').map((cell, i) => [columns[i], cell]));
    return { code: cells.code_region, name: cells.nom, population: Number(cells.population_municipale), vintage: Number(cells.annee_recensement), source: cells.source };
  });
}

function departementRegions() {
  const departements = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', '@etalab', 'decoupage-administratif', 'data', 'departements.json'), 'utf8'));
  return Object.fromEntries([...departements.map((d) => [d.code, d.region]), ['977', '01'], ['978', '01']].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

function writeEmbedded(rulesets) {
  const lines = [
    '// Generated by scripts/build.mjs: the texts clsm needs at run time, embedded so that the core reads no file.',
    `export const PROFILE_SCHEMA_TEXT: string = ${JSON.stringify(profileSchemaText)};`,
    '/** The same schema with English titles and descriptions (`clsm schema --lang en`). */',
    `export const PROFILE_SCHEMA_TEXT_EN: string = ${JSON.stringify(englishProfileSchema())};`,
    `export const RULESET_SCHEMA_TEXT: string = ${JSON.stringify(rulesetSchemaText)};`,
    '/** The built-in rulesets as JSON texts, by id (parsed on first use: JSON.parse is faster than a literal). */',
    `export const BUILTIN_RULESETS: Readonly<Record<string, string>> = ${JSON.stringify(rulesets, null, 2)};`,
    '/** INSEE region populations (data/populations-regions.csv): code, French name, population, census year, source. */',
    `export const REGION_POPULATIONS: ReadonlyArray<{ code: string; name: string; population: number; vintage: number; source: string }> = ${JSON.stringify(regionPopulations(), null, 2)};`,
    '/** The région of each département (Code officiel géographique; Saint-Barthélemy and Saint-Martin with Guadeloupe, SPEC §11). */',
    `export const DEPARTEMENT_REGIONS: Readonly<Record<string, string>> = ${JSON.stringify(departementRegions())};`,
    '',
  ];
  fs.writeFileSync(path.join(generated, 'embedded.ts'), lines.join('\n'));
}
if (!fs.existsSync(path.join(generated, 'embedded.ts'))) writeEmbedded({});
const { parseRuleset, catalogue } = await importSource(
  'parse-ruleset',
  "export { parseRuleset } from './src/ruleset/parse-ruleset.ts'; export { catalogue } from './src/i18n/index.ts';",
);
const builtins = {};
for (const file of fs.readdirSync(path.join(root, 'rules')).filter((f) => f.endsWith('.yaml')).sort()) {
  const parsed = parseRuleset(fs.readFileSync(path.join(root, 'rules', file), 'utf8'), catalogue('fr'));
  if (!parsed.ok) fail(parsed.problems.map((p) => `rules/${file}:${p.line}:${p.column} : ${p.message}`).join('\n'));
  if (`${parsed.raw.id}.yaml` !== file) fail(`rules/${file} : l’identifiant « ${parsed.raw.id} » doit être le nom du fichier.`);
  builtins[parsed.raw.id] = JSON.stringify(parsed.raw);
}
writeEmbedded(builtins);

// 4. The territory (SPEC §11): INSEE's Code officiel géographique with legal populations and DGCL's EPCI membership,
// from @etalab/decoupage-administratif (pinned), reduced to one compact text: a line per commune, municipal
// arrondissement, former code, EPCI and département. Populations come from its communes only (its EPCI totals are of
// another vintage). Loaded only when a profile lists communes or an EPCI (src/territory/table.ts).
function writeTerritory() {
  const data = (name) => JSON.parse(fs.readFileSync(path.join(root, 'node_modules', '@etalab', 'decoupage-administratif', 'data', `${name}.json`), 'utf8'));
  const version = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', '@etalab', 'decoupage-administratif', 'package.json'), 'utf8')).version;
  // Names as French publishes them: the COG writes the apostrophe straight.
  const curly = (name) => (name ?? '').replace(/'/g, '’');
  const communes = data('communes');
  const epciOf = new Map();
  const lines = [];
  for (const epci of data('epci').sort((a, b) => (a.code < b.code ? -1 : 1))) {
    lines.push(`E${epci.code}\t${curly(epci.nom)}`);
    for (const member of epci.membres) epciOf.set(member.code, epci.code);
  }
  for (const dep of data('departements').sort((a, b) => (a.code < b.code ? -1 : 1))) lines.push(`D${dep.code}\t${dep.region}\t${dep.nom}`);
  const current = new Set(communes.filter((c) => c.type === 'commune-actuelle').map((c) => c.code));
  for (const c of communes.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.type < b.type ? -1 : 1))) {
    if (c.type === 'commune-actuelle') lines.push(`C${c.code}\t${c.departement}\t${curly(c.nom)}\t${c.population ?? ''}\t${epciOf.get(c.code) ?? ''}`);
    else if (c.type === 'arrondissement-municipal') lines.push(`A${c.code}\t${c.commune}\t${curly(c.nom)}\t${c.population ?? ''}`);
    // A delegated or associated commune whose code is no current commune's: its code leads to its chef-lieu.
    else if (!current.has(c.code)) lines.push(`F${c.code}\t${c.chefLieu}\t${curly(c.nom)}`);
    for (const old of c.anciensCodes ?? []) if (!current.has(old)) lines.push(`F${old}\t${c.code}\t`);
  }
  // Sorted by kind, then code: the table looks a code up by binary search, without building an index (SPEC §11: ≤ 30 ms).
  const unique = [...new Set(lines)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const meta = { package: `@etalab/decoupage-administratif ${version}`, cog: 2026, vintage: 2023 };
  fs.writeFileSync(path.join(generated, 'territory.txt'), unique.join('\n'));
  // The départements' names, small enough for every report (the synthesis groups its CLSMs by département).
  const departements = Object.fromEntries(data('departements').sort((a, b) => (a.code < b.code ? -1 : 1)).map((dep) => [dep.code, dep.nom]));
  fs.writeFileSync(
    path.join(generated, 'territory-meta.ts'),
    `// Generated by scripts/gen.mjs: do not edit.\nexport const TERRITORY_META = ${JSON.stringify(meta)} as const;\n` +
      `export const DEPARTEMENT_NAMES: Readonly<Record<string, string>> = ${JSON.stringify(departements)};\n`,
  );
  fs.writeFileSync(
    path.join(generated, 'territory-data.ts'),
    `// Generated by scripts/gen.mjs from @etalab/decoupage-administratif ${version}: do not edit.\n` +
      `export const TERRITORY_META = ${JSON.stringify(meta)} as const;\n` +
      `export const TERRITORY_TABLE: string = ${JSON.stringify(unique.join('\n'))};\n`,
  );
}
writeTerritory();

// 5. The text `init --template` writes, rendered for a base year (src/init/template-text.ts moves it to the year
// asked): rendering it with the `yaml` package at run time was a tenth of that command's time. Rendered for a second
// base year too: the build stops if moving the years of one does not give exactly the other.
{
  const textsFile = path.join(generated, 'template-texts.ts');
  const write = (base, texts) =>
    fs.writeFileSync(
      textsFile,
      '// Generated by scripts/gen.mjs: the text `init --template` writes, for a base year (src/init/template-text.ts).\n' +
        `export const TEMPLATE_BASE_YEAR = ${base};\n` +
        `export const TEMPLATE_TEXTS: Readonly<Record<'fr' | 'en', string>> = ${JSON.stringify(texts, null, 2)};\n`,
    );
  // A fresh clone: the module that moves the years reads this file, which the lines below write.
  if (!fs.existsSync(textsFile)) write(0, { fr: '', en: '' });
  const { templateProfile, profileYaml, shiftYears, LANGS } = await importSource(
    'template-texts',
    "export { templateProfile } from './src/init/template.ts'; export { profileYaml } from './src/init/profile-yaml.ts'; export { shiftYears } from './src/init/template-text.ts'; export { LANGS } from './src/options.ts';",
  );
  const BASE = 2900;
  const CONTROL = 2700;
  const texts = {};
  for (const lang of LANGS) {
    texts[lang] = profileYaml(templateProfile(BASE), BASE, lang);
    if (shiftYears(texts[lang], BASE, CONTROL) !== profileYaml(templateProfile(CONTROL), CONTROL, lang)) {
      fail(`src/init/template.ts : le modèle (${lang}) ne se déduit plus d’une année à l’autre en déplaçant ses années ; revoyez src/init/template-text.ts.`);
    }
  }
  write(BASE, texts);
}

