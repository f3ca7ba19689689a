// `npm run bench -- --compare REF [--files N --runs R]`: this tree against another commit, built in a temporary git
// worktree (sharing this tree's node_modules), on the same generated profiles: paired rounds in alternating order,
// wall and CPU time (user + system), the median ratio and its spread — so that a closing note can say « this change
// costs N % » with the noise it carries.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { timedRun } from './cpu-times.mjs';
import { generate } from './generate.mjs';
import { frenchNumber, giga, instructions as countOf, valgrindMissing } from './instructions.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function git(args, cwd = root) {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} : ${result.stderr}`);
  return result.stdout.trim();
}

/** Wall and CPU seconds of one run of clsm. */
function measure(bin, args) {
  const { result, wall, cpu } = timedRun(process.execPath, [bin, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  if (result.status === null || result.status > 1) throw new Error(`${bin} ${args.join(' ')} : ${result.stderr}`);
  return { wall, cpu };
}

/** `instructions`: count both trees' instructions once each (bench/instructions.mjs) instead of timing rounds. */
export async function compare(ref, files, runs, instructions = false) {
  const missing = instructions ? valgrindMissing() : null;
  if (missing) {
    console.error(missing);
    process.exit(2);
  }
  const commit = git(['rev-parse', '--verify', `${ref}^{commit}`]);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'clsm-compare-'));
  const tree = path.join(work, 'ref');
  try {
    git(['worktree', 'add', '--detach', tree, commit]);
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(tree, 'node_modules'), 'dir');
    const build = spawnSync(process.execPath, [path.join(tree, 'scripts', 'build.mjs'), '--force', '--quiet'], { cwd: tree, stdio: 'inherit' });
    if (build.status !== 0) throw new Error(`la construction de ${ref} a échoué`);
    const profiles = path.join(work, 'profils');
    generate(profiles, files);
    const here = path.join(root, 'bin', 'clsm.js');
    const there = path.join(tree, 'bin', 'clsm.js');
    const args = ['check', profiles, '--format', 'json'];
    if (instructions) {
      const [mine, theirs] = [countOf(here, args), countOf(there, args)];
      console.log(`clsm bench --compare ${ref} --instructions (${commit.slice(0, 10)}) — ${frenchNumber(files, 0)} profils, instructions comptées par callgrind`);
      console.log(`  cet arbre ${giga(mine)}, ${ref} ${giga(theirs)}\u00a0: ${frenchNumber(mine / theirs, 4)}, soit ${mine >= theirs ? '+' : ''}${frenchNumber((mine / theirs - 1) * 100, 2)}\u00a0%`);
      return;
    }
    measure(here, args); // the file system cache, warm for both
    const rounds = [];
    for (let round = 0; round < runs; round++) {
      const [a, b] = round % 2 === 0 ? [measure(here, args), measure(there, args)] : (([y, x]) => [x, y])([measure(there, args), measure(here, args)]);
      rounds.push({ wall: a.wall / b.wall, cpu: a.cpu / b.cpu });
    }
    const say = (key) => {
      const values = rounds.map((round) => round[key]).filter(Number.isFinite);
      const m = median(values);
      return `${m.toFixed(3)} (${Math.min(...values).toFixed(3)}–${Math.max(...values).toFixed(3)}), soit ${m >= 1 ? '+' : ''}${((m - 1) * 100).toFixed(1)} %`;
    };
    console.log(`clsm bench --compare ${ref} (${commit.slice(0, 10)}) — ${files} profils, ${runs} tours appariés en ordre alterné`);
    console.log(`  cet arbre / ${ref}, temps écoulé : ${say('wall')}`);
    console.log(`  cet arbre / ${ref}, temps CPU    : ${say('cpu')}`);
  } finally {
    spawnSync('git', ['worktree', 'remove', '--force', tree], { cwd: root });
    fs.rmSync(work, { recursive: true, force: true });
  }
}
