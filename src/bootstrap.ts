// What the process around the CLI does, before and after `run`: tune the compiler for a short-lived process, load
// the CLI bundle with its V8 code cache, wire the process's streams, signals and exit code. bin/clsm.js requires it.
// Built apart from the bundle (dist/bootstrap.cjs), for it is what loads the bundle.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { run as Run } from './cli.js';

// Optimised functions inline less: a run lasts about a second, too short to repay the compile time of
// large inlined bodies on a 2-core machine (docs/performance.md). Set before anything is compiled, and
// the same when the code cache is made, or V8 would refuse the cache.
v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');

const bundle = new URL('./clsm.cjs', import.meta.url);
const cacheFile = new URL('./clsm.cjs.cache', import.meta.url);
const writeCache = process.env.CLSM_WRITE_CODE_CACHE === '1';
let cachedData: Buffer | undefined;
if (!writeCache) {
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    // No cache (a build without it): compile as usual.
  }
}
const filename = fileURLToPath(bundle);
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${fs.readFileSync(bundle, 'utf8')}\n})`, { filename, ...(cachedData ? { cachedData } : {}) });
const module = { exports: {} as { run: typeof Run } };
(script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(filename), module, filename, fileURLToPath(new URL('.', bundle)));
const { run } = module.exports;

// A reader that stops early (`clsm check … | head`) closes the pipe: the rest of the report is dropped, without
// a message, and the check goes on so that the exit code still says whether the profiles have gaps.
let readerGone = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE' || readerGone) {
    readerGone = true;
    return;
  }
  process.stderr.write(`clsm : impossible d’écrire sur la sortie standard (${error.code ?? error.message}).\n`);
  process.exit(2);
});

// A standard error that cannot be written (closed, or a full device): its messages are lost, never the run, its
// reports or its exit code.
process.stderr.on('error', () => {});

// A current folder deleted under the shell makes process.cwd() throw: run() says so in a sentence.
let cwd = '';
try {
  cwd = process.cwd();
} catch {
  // Left empty on purpose.
}

/** On Ctrl-C, SIGTERM or SIGHUP: the run's cleanup (its temporary files), then stop as the signal would have. */
function onInterrupt(cleanup: () => void): void {
  process.on('exit', cleanup);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT', 'SIGALRM', 'SIGUSR2'] as const) {
    process.once(signal, () => {
      cleanup();
      process.kill(process.pid, signal);
    });
  }
}

// Built as CommonJS (no top-level await): a CommonJS entry point starts ~8 ms sooner than an ES module.
// process.stdin is made on first use (~5 ms of loading streams): only `clsm check -` and `init` ask for it.
const io = {
  stdout: process.stdout,
  stderr: process.stderr,
  get stdin() {
    return process.stdin;
  },
  cwd,
  env: process.env,
  onInterrupt,
};
void run(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
  // The build makes the cache after a real check, so that it holds what a check compiles.
  if (writeCache) fs.writeFileSync(cacheFile, script.createCachedData());
});
