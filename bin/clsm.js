#!/usr/bin/env node
// Thin shim: tune the compiler for a short-lived process, load the bundle with its code cache, run the CLI.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import v8 from 'node:v8';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

// Optimised functions inline less: a run lasts about a second, too short to repay the compile time of
// large inlined bodies on a 2-core machine (docs/performance.md). Set before anything is compiled, and
// the same when the code cache is made, or V8 would refuse the cache.
v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');

const bundle = new URL('../dist/clsm.cjs', import.meta.url);
const cacheFile = new URL('../dist/clsm.cjs.cache', import.meta.url);
const writeCache = process.env.CLSM_WRITE_CODE_CACHE === '1';
let cachedData;
if (!writeCache) {
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    // No cache (a build without it): compile as usual.
  }
}
const filename = fileURLToPath(bundle);
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${fs.readFileSync(bundle, 'utf8')}\n})`, { filename, cachedData });
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(filename), module, filename, fileURLToPath(new URL('.', bundle)));
const { run } = module.exports;

// A reader that stops early (`clsm check … | head`) closes the pipe: the rest of the report is dropped, without
// a message, and the check goes on so that the exit code still says whether the profiles have gaps.
let readerGone = false;
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE' || readerGone) {
    readerGone = true;
    return;
  }
  process.stderr.write(`clsm : impossible d’écrire sur la sortie standard (${error.code ?? error.message}).\n`);
  process.exit(2);
});

// A current folder deleted under the shell makes process.cwd() throw: run() says so in a sentence.
let cwd = '';
try {
  cwd = process.cwd();
} catch {
  // Left empty on purpose.
}

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd,
  env: process.env,
});
// The build makes the cache after a real check, so that it holds what a check compiles.
if (writeCache) fs.writeFileSync(cacheFile, script.createCachedData());
