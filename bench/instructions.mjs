// `npm run bench -- --instructions [--files N]`: the same work counted in machine instructions (valgrind's callgrind,
// Node with `--single-threaded` so that the compiler and the garbage collector count on the same thread). Slow (about
// 1,5 min per 1 000 profiles) but reproducible to ~0,5 % whatever else the machine does: on these shared machines the
// time ratios spread by ±15 % from round to round, more than the 3 % a change has to account for (issue 24).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Whether valgrind can be run here; otherwise the sentence that says what to do. */
export function valgrindMissing() {
  const probe = spawnSync('valgrind', ['--version'], { encoding: 'utf8' });
  return probe.status === 0 ? null : 'valgrind est introuvable : installez-le (apt-get install valgrind) pour compter les instructions.';
}

/** Instructions executed by `node --single-threaded script args`, all threads, start included. */
export function instructions(script, args) {
  const result = spawnSync(
    'valgrind',
    ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, '--single-threaded', script, ...args],
    { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 },
  );
  const match = /Collected : (\d+)/.exec(result.stderr ?? '');
  if (result.status === null || result.status > 1 || !match) throw new Error(`${script} ${args.join(' ')} : ${result.stderr?.slice(-2000)}`);
  return Number(match[1]);
}

const french = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 3 });
/** A ratio or a count as French writes it (decimal comma, narrow no-break spaces between thousands). */
export const frenchNumber = (value, digits = 3) => french.format(Number(value.toFixed(digits))).replace('-', '\u2212');
export const giga = (count) => `${frenchNumber(count / 1e9)}\u00a0G`;

export function instructionsBench(files) {
  const missing = valgrindMissing();
  if (missing) {
    console.error(missing);
    process.exit(2);
  }
  const profiles = path.join(root, 'bench', '.work', `profils-${files}`);
  generate(profiles, files);
  const clsm = path.join(root, 'bin', 'clsm.js');
  const counts = {
    node: instructions('-e', ['0']),
    floor: instructions(path.join(root, 'bench', 'floor.mjs'), [profiles]),
    clsm: instructions(clsm, ['check', profiles, '--format', 'json']),
  };
  const withoutStart = (name) => counts[name] - counts.node;
  console.log(`clsm bench --instructions — ${frenchNumber(files, 0)} profils, instructions comptées par callgrind (node --single-threaded, tous fils)`);
  console.log(`  node -e 0                     ${giga(counts.node)}`);
  console.log(`  plancher                      ${giga(counts.floor)}`);
  console.log(`  clsm check (JSON)             ${giga(counts.clsm)}`);
  console.log(`  clsm / plancher               ${frenchNumber(counts.clsm / counts.floor)} (hors démarrage de Node : ${frenchNumber(withoutStart('clsm') / withoutStart('floor'))})`);
  console.log(`  par profil, au-delà du plancher : ${frenchNumber((counts.clsm - counts.floor) / files / 1000, 0)}\u00a0k instructions`);
}
