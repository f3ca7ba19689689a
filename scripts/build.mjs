// Build: precompile the profile schema into a standalone validator, check the built-in rulesets,
// then bundle the CLI so that start-up loads one file and compiles no schema.
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

if (!process.argv.includes('--no-bundle')) {
  const esbuild = await import('esbuild');
  fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [path.join(root, 'src', 'cli.ts')],
    outdir: path.join(root, 'dist'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: !process.env.CLSM_NO_MINIFY,
    chunkNames: 'chunks/[name]-[hash]',
    banner: { js: "import { createRequire as __clsmCreateRequire } from 'node:module'; const require = __clsmCreateRequire(import.meta.url);" },
    logLevel: 'warning',
  });
}
