// `npm run bench [-- --files N --runs R]`: paired ratios of SPEC §8, measured in one run on this machine.
// Each round runs every command once, in turn, so that machine noise hits them alike; we report medians.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { timedRun } from './cpu-times.mjs';
import { generate } from './generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argument = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};
// `--instructions`: instructions counted by callgrind instead of times (bench/instructions.mjs); 1 000 profiles by default.
const countInstructions = process.argv.includes('--instructions');
const files = argument('files', countInstructions ? 1000 : 3000);
const runs = argument('runs', 11);
// `--compare REF`: this tree against another commit, paired (bench/compare.mjs), instead of the ratios to the floor.
const compareWith = process.argv.includes('--compare') ? process.argv[process.argv.indexOf('--compare') + 1] : undefined;
if (compareWith !== undefined) {
  await (await import('./compare.mjs')).compare(compareWith, files, runs, countInstructions);
  process.exit(0);
}
if (countInstructions) {
  (await import('./instructions.mjs')).instructionsBench(files);
  process.exit(0);
}
const work = path.join(root, 'bench', '.work');
const big = path.join(work, `profils-${files}`);
const small = path.join(work, `profils-${Math.max(1, Math.round(files / 10))}`);
const rssFile = path.join(os.tmpdir(), `clsm-bench-rss-${process.pid}`);

const averageSize = generate(big, files);
generate(small, Math.max(1, Math.round(files / 10)));
const one = path.join(root, 'examples', 'avec-ecarts.yaml');
// A file with a YAML slip: its diagnosis loads the `yaml` package, on that path only.
const slip = path.join(work, 'faute-yaml.yaml');
fs.writeFileSync(slip, fs.readFileSync(one, 'utf8').replace(/^ {2}nom: /m, '  nom:'));
const template = path.join(work, 'modele.yaml');
const node = process.execPath;
const clsm = path.join(root, 'bin', 'clsm.js');
const ajvCli = path.join(root, 'node_modules', 'ajv-cli', 'dist', 'index.js');
const schema = path.join(root, 'schemas', 'profil-clsm.schema.json');

const commands = {
  nodeEmpty: [node, ['-e', '0']],
  clsmOne: [node, [clsm, 'check', one, '--format', 'json']],
  clsmSlip: [node, [clsm, 'check', slip]],
  rules: [node, [clsm, 'rules']],
  explain: [node, [clsm, 'explain', 'copil-reunions']],
  schemaCmd: [node, [clsm, 'schema']],
  initTemplate: [node, [clsm, 'init', '--template', template, '--force']],
  clsmBatch: [node, [clsm, 'check', big, '--format', 'json']],
  clsmSmall: [node, [clsm, 'check', small, '--format', 'json']],
  clsmText: [node, [clsm, 'check', big]],
  ...Object.fromEntries(['sarif', 'junit', 'github', 'gitlab', 'markdown', 'csv', 'html'].map((format) => [`fmt-${format}`, [node, [clsm, 'check', big, '--format', format]]])),
  stats: [node, [clsm, 'stats', big, '--format', 'json']],
  floor: [node, [path.join(root, 'bench', 'floor.mjs'), big]],
  ajvCli: [node, [ajvCli, 'validate', '-s', schema, '-d', `${big}/*.yaml`, '-c', 'ajv-formats', '--spec=draft7', '--all-errors', '--strict=false', '--errors=no']],
};

const fileCounts = { clsmBatch: files, clsmText: files, floor: files, ajvCli: files, clsmSmall: Math.max(1, Math.round(files / 10)) };
const FORMATS = ['text', 'sarif', 'junit', 'github', 'gitlab', 'markdown', 'csv', 'html'];
const commandOf = (format) => (format === 'text' ? 'clsmText' : `fmt-${format}`);
for (const format of FORMATS) fileCounts[commandOf(format)] = files;
fileCounts.stats = files;

function measure([command, args], fileCount = 0) {
  fs.rmSync(rssFile, { force: true });
  const { result, wall: seconds, cpu } = timedRun(command, args, {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      NO_COLOR: '1',
      CLSM_BENCH_RSS: rssFile,
      CLSM_BENCH_SAMPLE_AT: String(Math.floor(fileCount * 0.9)),
      NODE_OPTIONS: `--require=${path.join(root, 'bench', 'peak-rss.cjs')}`,
    },
  });
  if (result.status === null || result.status > 1) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  const lines = fs.existsSync(rssFile) ? fs.readFileSync(rssFile, 'utf8').trim().split('\n') : [];
  const rss = Math.max(...lines.map((line) => Number(line.split(' ')[0])));
  const live = Math.max(...lines.map((line) => Number(line.split(' ')[1])));
  return { seconds, cpu, rss, live };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
measure(commands.clsmOne); // warm the file system cache
// Rounds alternate the order of the commands, so that a slow patch of the machine hits every command alike.
const names = Object.keys(commands);
for (let round = 0; round < runs; round++) {
  const order = round % 2 === 0 ? names : [...names].reverse();
  for (const name of order) samples[name].push(measure(commands[name], fileCounts[name] ?? 0));
}
fs.rmSync(rssFile, { force: true });

const time = (name) => median(samples[name].map((s) => s.seconds));
const pairedRatio = (a, b) => median(samples[a].map((s, i) => s.seconds / samples[b][i].seconds));
const cpuRatios = (a, b) => samples[a].map((s, i) => s.cpu / samples[b][i].cpu).filter(Number.isFinite);
/** The median CPU-time ratio and the spread (min–max) of the per-round ratios. */
const cpuRatio = (a, b) => {
  const values = cpuRatios(a, b);
  return values.length === 0 ? null : { median: median(values), min: Math.min(...values), max: Math.max(...values) };
};
const rss = (name) => median(samples[name].map((s) => s.rss)) / 1024;
const live = (name) => median(samples[name].map((s) => s.live)) / 1024;

const ratios = [
  ['1 fichier : clsm check / node -e 0', ['clsmOne', 'nodeEmpty'], 2.0],
  ['1 fichier avec une faute YAML (diagnostic) : clsm check / node -e 0', ['clsmSlip', 'nodeEmpty'], 2.0],
  ['clsm rules / node -e 0', ['rules', 'nodeEmpty'], 1.6],
  ['clsm explain / node -e 0', ['explain', 'nodeEmpty'], 1.6],
  ['clsm schema / node -e 0', ['schemaCmd', 'nodeEmpty'], 1.6],
  ['clsm init --template / node -e 0', ['initTemplate', 'nodeEmpty'], 1.6],
  [`${files} fichiers : clsm check (JSON) / plancher (lecture + analyse + validateur précompilé)`, ['clsmBatch', 'floor'], 1.5],
  [`${files} fichiers : clsm check (JSON) / ajv-cli (schéma seul)`, ['clsmBatch', 'ajvCli'], 1.0],
];
ratios.push([`${files} fichiers : clsm stats / clsm check (JSON)`, ['stats', 'clsmBatch'], 1.2]);
for (const format of FORMATS) ratios.push([`${files} fichiers : clsm check --format ${format} / JSON`, [commandOf(format), 'clsmBatch'], 1.3]);
const memoryRatio = live('clsmBatch') / live('clsmSmall');

console.log(`clsm bench — ${files} profils générés (${(averageSize / 1024).toFixed(1)} Kio en moyenne), ${runs} tours alternés, ${os.cpus().length} cœurs, Node ${process.version}`);
console.log('');
console.log('médianes (s) :');
for (const name of Object.keys(commands)) {
  const held = fileCounts[name] ? `   tas vivant à 90 % du lot ${live(name).toFixed(1)} Mio` : '';
  console.log(`  ${name.padEnd(12)} ${time(name).toFixed(3)} s   mémoire max ${rss(name).toFixed(0)} Mio${held}`);
}
console.log('');
console.log('ratios appariés (médiane des rapports tour par tour ; temps écoulé · temps CPU, et son étendue min–max) :');
// Wall time, then CPU time (user + system, which other work on the machine inflates less) with the spread of the
// per-round ratios: the verdict reads the CPU median when it is known.
for (const [label, [a, b], target] of ratios) {
  const wall = pairedRatio(a, b);
  const cpu = cpuRatio(a, b);
  const value = cpu ? cpu.median : wall;
  const ok = target === 1.0 ? value < target : value <= target;
  const cpuText = cpu ? ` · CPU ${cpu.median.toFixed(2)} (${cpu.min.toFixed(2)}–${cpu.max.toFixed(2)})` : '';
  console.log(`  ${ok ? '✓' : '✗'} ${label} = ${wall.toFixed(2)}${cpuText} (cible ${target === 1.0 ? '< 1,0' : `≤ ${target.toFixed(1)}`})`);
}
if (!(live('clsmBatch') > 0 && live('clsmSmall') > 0)) {
  // bench/peak-rss.cjs samples when the N-th file is read or opened: a new way of reading files would skip it.
  console.log('  ✗ tas vivant : aucun relevé (bench/peak-rss.cjs n’a pas vu les fichiers être lus)');
} else {
  console.log(`  ${memoryRatio <= 1.3 ? '✓' : '✗'} tas vivant ${files} fichiers / ${Math.round(files / 10)} fichiers = ${memoryRatio.toFixed(2)} (cible ≤ 1,3 : rien n’est gardé d’un fichier à l’autre)`);
}
console.log(`    pic de mémoire résidente ${files} / ${Math.round(files / 10)} fichiers = ${(rss('clsmBatch') / rss('clsmSmall')).toFixed(2)} (V8 agrandit son jeune espace sur les longs lots ; voir docs/performance.md)`);
console.log(`  débit : ${Math.round(files / time('clsmBatch'))} fichiers/s en JSON, ${Math.round(files / time('clsmText'))} fichiers/s en texte (sans cible)`);

await (await import('./web.mjs')).benchPage();
