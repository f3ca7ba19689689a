// `npm run bench -- --instructions [--files N]`: the same work counted in machine instructions (valgrind's callgrind,
// Node with `--single-threaded` so that the compiler and the garbage collector count on the same thread). Slow (~40 s,
// plus ~1,5 min per 1 000 profiles) but reproducible to ~0,2 % whatever else the machine does: on these shared machines the
// time ratios spread by ±15 % from round to round, more than the 3 % a change has to account for (issue 24).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
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
  // Valgrind's own summary line (`==PID== Collected : N`), not anything the program may print.
  const match = /^==\d+== Collected : (\d+)$/m.exec(result.stderr ?? '');
  if (result.status === null || result.status > 1 || !match) throw new Error(`${script} ${args.join(' ')} : ${result.stderr?.slice(-2000)}`);
  return Number(match[1]);
}

const formats = new Map();
/** A ratio or a count as French writes it (decimal comma, narrow no-break spaces between thousands, minus sign). */
export const frenchNumber = (value, digits = 3) => {
  if (!formats.has(digits)) formats.set(digits, new Intl.NumberFormat('fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits }));
  // `|| 0`: a value that rounds to zero is written 0, not −0.
  return formats.get(digits).format(Number(value.toFixed(digits)) || 0).replace('-', '\u2212');
};
export const giga = (count) => `${frenchNumber(count / 1e9)}\u00a0G`;

export function instructionsBench(files) {
  const missing = valgrindMissing();
  if (missing) {
    console.error(missing);
    process.exit(2);
  }
  // A folder of its own: the timing bench regenerates bench/.work/profils-N, and the two may run at once.
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'clsm-instructions-'));
  let counts;
  try {
    const profiles = path.join(work, 'profils');
    generate(profiles, files);
    counts = {
      node: instructions('-e', ['0']),
      floor: instructions(path.join(root, 'bench', 'floor.mjs'), [profiles]),
      clsm: instructions(path.join(root, 'bin', 'clsm.js'), ['check', profiles, '--format', 'json']),
    };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  const withoutStart = (name) => counts[name] - counts.node;
  console.log(`clsm bench --instructions — ${frenchNumber(files, 0)} profils, instructions comptées par callgrind (node --single-threaded, tous fils)`);
  console.log(`  node -e 0                     ${giga(counts.node)}`);
  console.log(`  plancher                      ${giga(counts.floor)}`);
  console.log(`  clsm check (JSON)             ${giga(counts.clsm)}`);
  console.log(`  clsm / plancher               ${frenchNumber(counts.clsm / counts.floor)} (hors démarrage de Node : ${frenchNumber(withoutStart('clsm') / withoutStart('floor'))})`);
  console.log(`  en moyenne par profil, au-delà du plancher (démarrage et compilation compris) : ${frenchNumber((counts.clsm - counts.floor) / files / 1e6, 2)}\u00a0M instructions`);
}
