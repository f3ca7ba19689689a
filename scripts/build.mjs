// Build: precompile the profile schema into a standalone validator, check the built-in rulesets,
// then bundle the CLI into one file and make its V8 code cache, so that start-up compiles neither schema nor code.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import jsYaml from 'js-yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const generated = path.join(root, 'src', 'generated');
fs.mkdirSync(generated, { recursive: true });

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

/** Compiles a schema; with `outName`, also writes it as a standalone module for the run time. */
function compile(schemaFile, outName) {
  const ajv = new Ajv.default({ allErrors: true, strict: true, allowUnionTypes: true, messages: false, code: { source: true } });
  addFormats.default(ajv, ['date', 'email']);
  const schema = withoutAnnotations(JSON.parse(fs.readFileSync(path.join(root, 'schemas', schemaFile), 'utf8')));
  const validate = ajv.compile(schema);
  if (!outName) return validate;
  fs.writeFileSync(path.join(generated, `${outName}.cjs`), standaloneCode.default(ajv, validate));
  fs.writeFileSync(
    path.join(generated, `${outName}.d.cts`),
    "import type { ValidateFunction } from 'ajv';\ndeclare const validate: ValidateFunction;\nexport = validate;\n",
  );
  return validate;
}

compile('profil-clsm.schema.json', 'validate-profile');
// The built-in rulesets are checked here, once; the run time loads them as JSON.
const validateRuleset = compile('ruleset.schema.json');

for (const file of fs.readdirSync(path.join(root, 'rules')).filter((f) => f.endsWith('.yaml'))) {
  let data;
  try {
    data = jsYaml.load(fs.readFileSync(path.join(root, 'rules', file), 'utf8'), { schema: jsYaml.CORE_SCHEMA });
  } catch (error) {
    console.error(`rules/${file}: ${error.message.split('\n')[0]}`);
    process.exit(1);
  }
  if (!validateRuleset(data)) {
    console.error(`rules/${file} ne respecte pas schemas/ruleset.schema.json :`, validateRuleset.errors);
    process.exit(1);
  }
  // Checked here once, the built-in ruleset loads at run time as plain JSON: no YAML parse, no validation.
  fs.writeFileSync(path.join(generated, file.replace(/\.yaml$/, '.json')), JSON.stringify(data));
}

/**
 * commander requires node:child_process at load time, for executable subcommands clsm does not have;
 * loading it (with net, dgram…) costs ~8 ms of every start. Inside the bundle it is required on first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes(`${path.sep}commander${path.sep}`) ? { path: 'lazy-child-process', namespace: 'clsm-lazy' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'clsm-lazy' }, () => ({
      contents: "module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) };",
      loader: 'js',
    }));
  },
};

if (!process.argv.includes('--no-bundle')) {
  const esbuild = await import('esbuild');
  const dist = path.join(root, 'dist');
  fs.rmSync(dist, { recursive: true, force: true });
  // One CommonJS file: bin/clsm.js compiles it with vm.Script, which can take V8's code cache (Node 20 has
  // no code cache for ES modules). Commands and formats stay lazily compiled functions inside it.
  await esbuild.build({
    entryPoints: [path.join(root, 'src', 'cli.ts')],
    outfile: path.join(dist, 'clsm.cjs'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minify: !process.env.CLSM_NO_MINIFY,
    define: { 'import.meta.url': '__clsmModuleUrl' },
    plugins: [lazyChildProcess],
    banner: { js: "const __clsmModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
    logLevel: 'warning',
  });
  writeCodeCache(dist);
}

/**
 * V8's code cache for the bundle, made by a real check of the examples so that it holds the functions a
 * check compiles. It saves ~20 ms of each start. V8 ignores a cache made by another Node version or with
 * other flags, and bin/clsm.js then compiles as usual: the cache can only make a start faster.
 */
function writeCodeCache(dist) {
  const result = spawnSync(process.execPath, [path.join(root, 'bin', 'clsm.js'), 'check', path.join(root, 'examples'), '--format', 'json'], {
    env: { ...process.env, CLSM_WRITE_CODE_CACHE: '1', NODE_OPTIONS: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (!fs.existsSync(path.join(dist, 'clsm.cjs.cache'))) {
    console.error(`Le cache de code n’a pas pu être écrit (code ${result.status}) : ${result.stderr}`);
    process.exit(1);
  }
}
