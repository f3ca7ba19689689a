// `npm run bundle`: the CLI bundle with its V8 code cache, the bootstrap that loads it, the library bundle and its
// type declarations, from the sources and what `npm run gen` generated.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const esbuild = await import('esbuild');
const { buildWebPage } = await import('./web.mjs');

/** One bundle for Node 20 from `entry` (under src/) to `outfile` (under dist/); `options` add to or override these. */
function nodeBundle(entry, outfile, options) {
  return esbuild.build({
    entryPoints: [path.join(root, 'src', entry)],
    outfile: path.join(dist, outfile),
    bundle: true,
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    ...options,
  });
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

/** A plugin that replaces the modules `filter` matches (those `accept` keeps) by the CommonJS `contents`. */
function replaceModule(name, filter, contents, accept = () => true) {
  return {
    name,
    setup(build) {
      build.onResolve({ filter }, (args) => (accept(args) ? { path: name, namespace: name } : undefined));
      build.onLoad({ filter: /.*/, namespace: name }, () => ({ contents, loader: 'js' }));
    },
  };
}

/**
 * commander requires node:child_process at load time, for executable subcommands clsm does not have;
 * loading it (with net, dgram…) costs ~8 ms of every start. Inside the bundle it is required on first use.
 */
const lazyChildProcess = replaceModule(
  'lazy-child-process',
  /^node:child_process$/,
  "module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) };",
  (args) => args.importer.includes(`${path.sep}commander${path.sep}`),
);

/**
 * The Code officiel géographique (1.4 MB of text) stays out of the CLI bundle, in dist/territory-data.cjs, required
 * only when a profile lists communes or an EPCI: every other run neither reads nor scans it.
 */
const externalTerritory = replaceModule('external-territory', /generated\/territory-data(\.js)?$/, "module.exports = require('./territory-data.cjs');");

// Required at run time next to the bundle (bin/clsm.js gives the bundle a require of its own folder).
const territoryBesideBundle = {
  name: 'territory-beside-bundle',
  setup(build) {
    build.onResolve({ filter: /^\.\/territory-data\.cjs$/ }, (args) => ({ path: args.path, external: true }));
  },
};

/**
 * The table ships once, as dist/territory.txt; dist/territory-data.cjs, which the CLI bundle and the library require
 * in place of the generated module, reads it on first use (1 ms, where parsing the same text as a JavaScript string
 * took ~18 ms, and a copy inside the library doubled it in the package).
 */
async function bundleTerritory() {
  fs.copyFileSync(path.join(root, 'src', 'generated', 'territory.txt'), path.join(dist, 'territory.txt'));
  const meta = fs.readFileSync(path.join(root, 'src', 'generated', 'territory-meta.ts'), 'utf8').match(/TERRITORY_META = (\{.*?\}) as const/)[1];
  fs.writeFileSync(
    path.join(dist, 'territory-data.cjs'),
    `'use strict';
// The Code officiel géographique (scripts/bundle.mjs): its metadata, and its text read from territory.txt on first use.
const fs = require('node:fs');
const path = require('node:path');
let table;
exports.TERRITORY_META = ${meta};
Object.defineProperty(exports, 'TERRITORY_TABLE', { enumerable: true, get: () => (table ??= fs.readFileSync(path.join(__dirname, 'territory.txt'), 'utf8')) });
`,
  );
}

// One CommonJS file: bin/clsm.js compiles it with vm.Script, which can take V8's code cache (Node 20 has
// no code cache for ES modules). Commands and formats stay lazily compiled functions inside it.
async function bundleCli() {
  await nodeBundle('cli.ts', 'clsm.cjs', {
    format: 'cjs',
    minify: !process.env.CLSM_NO_MINIFY,
    define: { 'import.meta.url': '__clsmModuleUrl' },
    plugins: [lazyChildProcess, externalTerritory, territoryBesideBundle],
    banner: { js: "const __clsmModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
}

// What bin/clsm.js requires: the code that loads the CLI bundle with its code cache and wires the process. CommonJS,
// as bin/clsm.js is (bin/package.json): Node starts a CommonJS entry point ~8 ms sooner than an ES module.
async function bundleBootstrap() {
  await nodeBundle('bootstrap.ts', 'bootstrap.cjs', {
    format: 'cjs',
    define: { 'import.meta.url': '__clsmModuleUrl' },
    banner: { js: "const __clsmModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
}

// The library (`import … from 'clsm'`): one ES module with its dependencies inside, and its type declarations.
async function bundleLibrary() {
  await nodeBundle('index.ts', 'index.js', {
    format: 'esm',
    plugins: [externalTerritory, territoryBesideBundle],
    // Bundled CommonJS dependencies may require Node's own modules.
    banner: { js: "import { createRequire as __clsmCreateRequire } from 'node:module'; const require = __clsmCreateRequire(import.meta.url);" },
  });
  const tsc = spawnSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(root, 'tsconfig.lib.json')], {
    cwd: root,
    encoding: 'utf8',
  });
  if (tsc.status !== 0) fail(`Les déclarations de types n’ont pas pu être produites :\n${tsc.stdout}${tsc.stderr}`);
}

/**
 * V8's code cache for the bundle, made by a real check of the examples so that it holds the functions a
 * check compiles. It saves ~20 ms of each start. V8 ignores a cache made by another Node version or with
 * other flags, and bin/clsm.js then compiles as usual: the cache can only make a start faster.
 */
function writeCodeCache() {
  const result = spawnSync(process.execPath, [path.join(root, 'bin', 'clsm.js'), 'check', path.join(root, 'examples'), '--format', 'json'], {
    env: { ...process.env, CLSM_WRITE_CODE_CACHE: '1', NODE_OPTIONS: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (!fs.existsSync(path.join(dist, 'clsm.cjs.cache'))) fail(`Le cache de code n’a pas pu être écrit (code ${result.status}) : ${result.stderr}`);
}

fs.rmSync(dist, { recursive: true, force: true });
await bundleCli();
await bundleTerritory();
await bundleBootstrap();
await bundleLibrary();
await buildWebPage(root, dist, esbuild);
writeCodeCache();
