// Hostile input, round two: each case a person or a CI job running as root will meet, answered in French with
// the file (and line), exit code 0/1/2, no input changed and nothing left behind.
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// @ts-expect-error: the benchmark's generator is plain JavaScript, without types.
import { generate } from '../bench/generate.mjs';
import { runCli } from './helpers/run-cli.js';

const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'bin', 'clsm.js');
const base = fs.readFileSync(path.join(root, 'tests', 'fixtures', 'valid', 'base.yaml'), 'utf8');
const TODAY = ['--today', '2026-01-15'];
/** What must never reach a terminal: control characters (but line feeds) and bidirectional overrides. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

let dir: string;
let hashes: Map<string, string>;

/** Every file under the folder with its hash: inputs must be unchanged, and no stray file appear. */
function tree(): Map<string, string> {
  const result = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      const shown = path.relative(dir, full);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) result.set(shown, crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex'));
      else result.set(shown, entry.isSymbolicLink() ? `link:${fs.readlinkSync(full)}` : 'special');
    }
  };
  walk(dir);
  return result;
}

function write(name: string, content: string | Buffer): string {
  fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  fs.writeFileSync(path.join(dir, name), content);
  return name;
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clsm-hostile-'));
  hashes = new Map();
});
afterEach(() => {
  spawnSync('rm', ['-rf', dir]);
});

/** Runs the CLI in-process, after recording the folder; asserts no stack trace and no input changed. */
async function clsm(args: string[], options: { env?: Record<string, string>; expectNew?: string[] } = {}) {
  hashes = tree();
  const result = await runCli(args, { cwd: dir, env: options.env ?? {} });
  expect(result.stderr).not.toMatch(/\n\s+at |erreur interne/);
  const after = tree();
  for (const [name, hash] of hashes) expect(after.get(name), name).toBe(hash);
  expect([...after.keys()].filter((name) => !hashes.has(name) && !(options.expectNew ?? []).includes(name))).toEqual([]);
  return result;
}

describe('output paths', () => {
  it.each([
    ['/dev/null', 'a character device'],
    ['/dev/full', 'another device'],
  ])('-o %s (%s) is refused, nothing written, exit 2', async (target) => {
    write('profil.yaml', base);
    const before = fs.statSync(target);
    const { code, stdout, stderr } = await clsm(['check', 'profil.yaml', '-o', target]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `clsm : refus d’écrire le rapport dans « ${target} » : ce n’est pas un fichier ordinaire (périphérique, tube, socket ou lien cassé) ; choisissez un nom de fichier.\n`,
    );
    expect(fs.statSync(target).isCharacterDevice()).toBe(true);
    expect(fs.statSync(target).ino).toBe(before.ino);
  });

  it('an existing FIFO, socket or broken link is refused and stays what it was', async () => {
    write('profil.yaml', base);
    spawnSync('mkfifo', [path.join(dir, 'tube.json')]);
    const server = net.createServer().listen(path.join(dir, 'socket.json'));
    await new Promise((resolve) => server.once('listening', resolve));
    fs.symlinkSync(path.join(dir, 'absent.json'), path.join(dir, 'lien.json'));
    try {
      for (const name of ['tube.json', 'socket.json', 'lien.json']) {
        const { code, stderr } = await clsm(['check', 'profil.yaml', '-o', name]);
        expect(code).toBe(2);
        expect(stderr).toContain(`refus d’écrire le rapport dans « ${name} » : ce n’est pas un fichier ordinaire`);
      }
      expect(fs.statSync(path.join(dir, 'tube.json')).isFIFO()).toBe(true);
      expect(fs.statSync(path.join(dir, 'socket.json')).isSocket()).toBe(true);
      expect(fs.lstatSync(path.join(dir, 'lien.json')).isSymbolicLink()).toBe(true);
    } finally {
      server.close();
    }
  });

  it('an input given with another extension is never replaced by its report', async () => {
    write('profil.txt', base);
    const { code, stderr } = await clsm(['check', 'profil.txt', '-o', 'profil.txt']);
    expect(code).toBe(2);
    expect(stderr).toBe('clsm\u00a0: refus d’écrire dans «\u00a0profil.txt\u00a0»\u00a0: cette commande lit ce fichier (profil, jeu de règles ou base de référence)\u202f; choisissez un autre nom de fichier.\n');
  });

  it('a link to an earlier report writes through the link and keeps it', async () => {
    write('profil.yaml', base);
    write('rapports/dernier.json', 'ancien');
    fs.symlinkSync(path.join(dir, 'rapports', 'dernier.json'), path.join(dir, 'rapport.json'));
    hashes = tree();
    const { code } = await runCli(['check', 'profil.yaml', '-o', 'rapport.json', '-f', 'json', ...TODAY], { cwd: dir });
    expect(code).toBe(0);
    expect(fs.lstatSync(path.join(dir, 'rapport.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'rapports', 'dernier.json'), 'utf8')).summary.files).toBe(1);
  });

  it('-o - writes to standard output and creates no file named "-"', async () => {
    write('profil.yaml', base);
    const { code, stdout } = await clsm(['check', 'profil.yaml', '-o', '-', '-f', 'json', ...TODAY]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).summary.files).toBe(1);
    expect(fs.existsSync(path.join(dir, '-'))).toBe(false);
  });

  it('FORCE_COLOR colours the terminal, never a report file', async () => {
    write('profil.yaml', base.replace('fonction: maire', 'fonction: autre'));
    const { stdout } = await clsm(['check', 'profil.yaml', ...TODAY], { env: { FORCE_COLOR: '1' } });
    expect(stdout).toContain('\u001b[');
    const { code } = await clsm(['check', 'profil.yaml', '-o', 'rapport.txt', ...TODAY], { env: { FORCE_COLOR: '1' }, expectNew: ['rapport.txt'] });
    expect(code).toBe(1);
    const report = fs.readFileSync(path.join(dir, 'rapport.txt'), 'utf8');
    expect(report).toContain('presidence-elu');
    expect(report).not.toContain('\u001b');
  });

  it('--output without a value names the option', async () => {
    write('profil.yaml', base);
    const { code, stderr } = await clsm(['check', 'profil.yaml', '--output']);
    expect(code).toBe(2);
    expect(stderr).toBe('clsm : l’option « --output » attend une valeur.\n');
  });

  it('a full disk says so, keeps the earlier report and leaves no temporary file', async () => {
    write('profil.yaml', base);
    write('rapport.json', 'ancien');
    const spy = vi.spyOn(fs, 'writeSync').mockImplementation(() => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    });
    try {
      const { code, stderr } = await clsm(['check', 'profil.yaml', '-o', 'rapport.json', '-f', 'json', ...TODAY]);
      expect(code).toBe(2);
      expect(stderr).toBe(
        'clsm : impossible d’écrire le rapport « rapport.json » : le disque est plein ; libérez de la place ou choisissez un autre disque (le rapport précédent, s’il existe, est conservé).\n',
      );
    } finally {
      spy.mockRestore();
    }
    expect(fs.readFileSync(path.join(dir, 'rapport.json'), 'utf8')).toBe('ancien');
  });

  it('a folder that takes no file (/proc) is worded, without a raw error code', async () => {
    write('profil.yaml', base);
    const { code, stderr } = await clsm(['check', 'profil.yaml', '-o', '/proc/rapport-clsm.json']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^clsm : impossible d’écrire le rapport « \/proc\/rapport-clsm\.json » : .+ ; .+\.\n$/);
    expect(stderr).not.toMatch(/\bE[A-Z]{2,}\b/);
  });

  it('Ctrl-C or SIGTERM during a run with -o leaves no temporary file and keeps the earlier report', async () => {
    generate(path.join(dir, 'profils'), 1500);
    write('rapport.json', 'ancien');
    hashes = tree();
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const child = spawn(process.execPath, [bin, 'check', 'profils', '-o', 'rapport.json', '-f', 'json'], { cwd: dir, env: { PATH: process.env.PATH ?? '' } });
      // Stop it once the temporary file exists: the report is being written.
      for (let i = 0; i < 400 && !fs.readdirSync(dir).some((name) => name.endsWith('.tmp')); i++) await new Promise((r) => setTimeout(r, 5));
      expect(fs.readdirSync(dir).some((name) => name.endsWith('.tmp'))).toBe(true);
      child.kill(signal);
      const [code, received] = await new Promise<[number | null, string | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
      expect(received ?? code).toBe(signal);
      expect(fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
      expect(fs.readFileSync(path.join(dir, 'rapport.json'), 'utf8')).toBe('ancien');
    }
  }, 60_000);
});

describe('inputs', () => {
  it('a self-referencing alias is one invalid file; the batch goes on and the JSON stays whole', async () => {
    write('a-boucle.yaml', 'x: &a [*a]\n');
    write('b-bloc.yaml', 'x: &a { y: *a }\n');
    write('c.yaml', base);
    const { code, stdout } = await clsm(['check', '.', '-f', 'json', ...TODAY]);
    expect(code).toBe(1);
    const files = JSON.parse(stdout).files as Array<{ path: string; status: string; findings: Array<{ message: string; line: number }> }>;
    expect(files.map((f) => [f.path, f.status, f.findings[0]?.message])).toEqual([
      ['a-boucle.yaml', 'invalid', 'Un alias YAML (*) renvoie à un bloc qui le contient : le document se contient lui-même ; retirez l’alias.'],
      ['b-bloc.yaml', 'invalid', 'Un alias YAML (*) renvoie à un bloc qui le contient : le document se contient lui-même ; retirez l’alias.'],
      ['c.yaml', 'pass', undefined],
    ]);
  });

  it('a folder tree 5 000 levels deep: the profiles above the limit are checked, the rest is named, exit 2', async () => {
    write('haut.yaml', base);
    // 5 000 levels: a path of 10 000 characters, past what one system call accepts (mkdir -p creates it step by step).
    expect(spawnSync('mkdir', ['-p', `p/${'d/'.repeat(5000)}`], { cwd: dir }).status).toBe(0);
    fs.mkdirSync(path.join(dir, 'p', 'd', 'd'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'p', 'd', 'd', 'milieu.yaml'), base);
    const result = await runCli(['check', '.', '-f', 'json', ...TODAY], { cwd: dir });
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout).files.map((f: { path: string }) => f.path)).toEqual(['haut.yaml', 'p/d/d/milieu.yaml']);
    expect(result.stderr).toMatch(/^clsm : le dossier « p(\/d){64} » est à plus de 64 niveaux de profondeur : il n’est pas parcouru ; indiquez-le directement s’il contient des profils\.\n$/);
  }, 60_000);

  it('the same file reached through a folder, a glob and a link is checked once', async () => {
    write('profils/a.yaml', base);
    fs.symlinkSync(path.join(dir, 'profils', 'a.yaml'), path.join(dir, 'profils', 'lien.yaml'));
    const { stdout } = await clsm(['check', 'profils', 'profils/*.yaml', path.join(dir, 'profils', 'a.yaml'), '-f', 'json', ...TODAY]);
    expect(JSON.parse(stdout).files.map((f: { path: string }) => f.path)).toEqual(['profils/a.yaml']);
  });

  it('in one folder, a link to a file of that folder is not followed, a link to a file outside it is', async () => {
    write('profils/z.yaml', base);
    write('ailleurs/b.yaml', base);
    fs.symlinkSync(path.join(dir, 'profils', 'z.yaml'), path.join(dir, 'profils', 'a-lien.yaml'));
    fs.symlinkSync(path.join(dir, 'ailleurs', 'b.yaml'), path.join(dir, 'profils', 'm-lien.yaml'));
    const { stdout } = await clsm(['check', 'profils', '-f', 'json', ...TODAY]);
    expect(JSON.parse(stdout).files.map((f: { path: string }) => f.path)).toEqual(['profils/m-lien.yaml', 'profils/z.yaml']);
  });

  it('a socket named like a profile is named with a French reason, not a system code', async () => {
    const server = net.createServer().listen(path.join(dir, 'prise.yaml'));
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const { code, stderr } = await clsm(['check', 'prise.yaml']);
      expect(code).toBe(2);
      expect(stderr).toBe('clsm : impossible de lire « prise.yaml » (c’est une socket ou un périphérique absent, pas un fichier) : vérifiez le fichier et ses droits.\n');
    } finally {
      server.close();
    }
  });

  it('a broken link to a file that is not a profile does not fail the run', async () => {
    write('a.yaml', base);
    fs.symlinkSync(path.join(dir, 'disparu.txt'), path.join(dir, 'notes.txt'));
    const { code, stderr } = await clsm(['check', '.', ...TODAY]);
    expect([code, stderr]).toEqual([0, '']);
  });

  it('a glob walks from its fixed part and matches as it goes', async () => {
    write('profils/2025/a.yaml', base);
    write('profils/2026/b.yml', base);
    write('profils/2026/notes.txt', 'rien');
    write('profils/.cache/c.yaml', base);
    write('autres/d.yaml', base);
    const { stdout } = await clsm(['check', 'profils/**/*.y*ml', '-f', 'json', ...TODAY]);
    expect(JSON.parse(stdout).files.map((f: { path: string }) => f.path)).toEqual(['profils/2025/a.yaml', 'profils/2026/b.yml']);
    const absolute = await clsm(['check', `${dir}/**/d.yaml`, '-f', 'json', ...TODAY]);
    expect(JSON.parse(absolute.stdout).files.map((f: { path: string }) => f.path)).toEqual([`${dir}/autres/d.yaml`]);
  });

  it('a deleted current folder is one French sentence and exit 2', () => {
    const result = spawnSync('bash', ['-c', `mkdir parti && cd parti && rmdir ../parti && "${process.execPath}" "${bin}" check "${path.join(root, 'examples', 'complet.yaml')}"`], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'clsm : le dossier courant n’existe plus (supprimé pendant que le terminal s’y trouvait) : placez-vous dans un dossier existant, par exemple avec « cd ».\n',
    );
  });

  it('--lang given twice with one value that is not a language is refused', async () => {
    write('profil.yaml', base);
    const { code, stderr } = await clsm(['check', 'profil.yaml', '--lang', 'en', '--lang', 'de']);
    expect(code).toBe(2);
    expect(stderr).toBe('clsm: “de” is not a possible value of --lang: choose among fr, en.\n');
  });
});

describe('text that would act on a terminal', () => {
  const hostile = '\u001b[2J\u001b]0;titre\u0007A\rB\bC\u009b31mD\u202eE\u2066F';

  it('in a CLSM name, a key, a value and a file name is shown escaped, never raw', async () => {
    const profile = base
      .replace("nom: CLSM de Villeneuve-d'Ascq", `nom: "${JSON.stringify(hostile).slice(1, -1)}"`)
      .replace('version: 1\n', `version: 1\n"cl\\u001b[31m\\u202e": 1\n`)
      .replace('fonction: maire', `fonction: "x\\u001b[1m"`);
    const name = `pro\u001b[2Jfil\u202e.yaml`;
    write(name, profile);
    write('b.yaml', base);
    const text = await clsm(['check', '.', ...TODAY]);
    expect(text.code).toBe(1);
    expect(text.stdout).not.toMatch(RAW_CONTROL);
    expect(text.stdout).toContain('\\u{001b}[2J\\u{001b}]0;titre\\u{0007}A\\u{000d}B\\u{0008}C\\u{009b}31mD\\u{202e}E\\u{2066}F');
    expect(text.stdout).toContain('pro\\u{001b}[2Jfil\\u{202e}.yaml');
    const missing = await clsm(['check', `absent\u001bc\r\u202e.yaml`]);
    expect(missing.stderr).toBe('clsm : « absent\\u{001b}c\\u{000d}\\u{202e}.yaml » n’existe pas : vérifiez le chemin.\n');
  });

  it('in the JSON report, which stays the same data once parsed', async () => {
    write('profil.yaml', base.replace("nom: CLSM de Villeneuve-d'Ascq", `nom: "${JSON.stringify(hostile).slice(1, -1)}"`));
    const { stdout } = await clsm(['check', 'profil.yaml', '-f', 'json', ...TODAY]);
    expect(stdout).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(stdout).files[0].clsm.nom).toBe(hostile);
  });

  it('in a ruleset file, for rules and explain', async () => {
    const ruleset = fs
      .readFileSync(path.join(root, 'rules', 'referentiel-2025.yaml'), 'utf8')
      .replace('id: referentiel-2025', 'id: hostile')
      .replace('fr: "Instruction du 13 mai 2025 (contexte) ; annexe 2 ; instruction du 30 septembre 2016"', 'fr: "§4 \\u001b[2J\\u202e"');
    write('regles.yaml', ruleset);
    const rules = await clsm(['rules', '--ruleset', 'regles.yaml']);
    expect(rules.code).toBe(0);
    expect(rules.stdout).not.toMatch(RAW_CONTROL);
    const json = await clsm(['rules', '--ruleset', 'regles.yaml', '--format', 'json']);
    expect(json.stdout).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(json.stdout).rules[0].reference).toBe('§4 \u001b[2J\u202e');
    const explain = await clsm(['explain', 'presidence-elu', '--ruleset', 'regles.yaml']);
    expect(explain.stdout).toContain('§4 \\u{001b}[2J\\u{202e}');
    expect(explain.stdout).not.toMatch(RAW_CONTROL);
  });
});

describe('names of built-ins in profile text', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('a derogation to %s names it as written', async (rule) => {
    write('profil.yaml', `${base}derogations:\n  - { regle: ${rule}, justification: essai, jusqu_au: 2026-12-31 }\n`);
    const { stdout } = await clsm(['check', 'profil.yaml', '-f', 'json', ...TODAY]);
    const findings = JSON.parse(stdout).files[0].findings as Array<{ ruleId: string; message: string }>;
    expect(findings.map((f) => f.ruleId)).toEqual(['derogation-inconnue']);
    expect(findings[0]!.message).toContain(`« ${rule} »`);
    expect(findings[0]!.message).not.toMatch(/function|native code|\[object Object\]/);
  });

  it('a block used as a key is named as such, at its line', async () => {
    write('profil.yaml', base.replace('version: 1\n', 'version: 1\n? { a: 1 }\n: b\n'));
    const { stdout } = await clsm(['check', 'profil.yaml', '-f', 'json', ...TODAY]);
    const findings = JSON.parse(stdout).files[0].findings as Array<{ message: string; line: number; column: number }>;
    expect(findings.map((f) => [f.line, f.column, f.message])).toEqual([[3, 3, 'Un bloc ou une liste sert de clé (« ? ») : les clés d’un profil sont des mots ; écrivez une clé simple.']]);
  });

  it('a key twice in a flow mapping is named, at the second one', async () => {
    write('profil.yaml', base.replace("  nom: CLSM de Villeneuve-d'Ascq\n", '').replace('clsm:\n', 'clsm:\n  territoire_bis: { nom: a, nom: b }\n'));
    const { stdout } = await clsm(['check', 'profil.yaml', '-f', 'json', ...TODAY]);
    const finding = JSON.parse(stdout).files[0].findings[0] as { message: string; line: number; column: number };
    expect([finding.line, finding.column, finding.message]).toEqual([6, 29, 'La clé « nom » apparaît deux fois dans le même bloc : gardez-en une seule.']);
  });
});

describe('round three: no file the run reads is ever written, nothing hangs', () => {
  const READ = 'refus d’écrire dans «\u00a0%s\u00a0»\u00a0: cette commande lit ce fichier (profil, jeu de règles ou base de référence)\u202f; choisissez un autre nom de fichier.';

  it('-o and --report never replace the baseline or the ruleset the run reads', async () => {
    write('a.yaml', base);
    expect((await clsm(['baseline', 'a.yaml', '-o', 'clsm-baseline.json', ...TODAY], { expectNew: ['clsm-baseline.json'] })).code).toBe(0);
    write('regles.txt', fs.readFileSync(path.join(root, 'examples', 'ars-idf-2026.regles.yaml')));
    for (const args of [
      ['check', 'a.yaml', '--baseline', 'clsm-baseline.json', '-f', 'json', '-o', 'clsm-baseline.json'],
      ['check', 'a.yaml', '--baseline', 'clsm-baseline.json', '--report', 'json:./clsm-baseline.json'],
      ['check', 'a.yaml', '--ruleset', './regles.txt', '-f', 'json', '-o', 'regles.txt'],
    ]) {
      const { code, stderr } = await clsm([...args, ...TODAY]);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toBe(`clsm\u00a0: ${READ.replace('%s', args[args.length - 1]!.replace(/^json:/, ''))}\n`);
    }
  });

  it('GITHUB_STEP_SUMMARY naming a profile is refused, the profile untouched', async () => {
    write('complet.yaml', base);
    const { code, stderr } = await clsm(['check', 'complet.yaml', '-f', 'github', ...TODAY], { env: { GITHUB_STEP_SUMMARY: 'complet.yaml' } });
    expect(code).toBe(2);
    expect(stderr).toContain('«\u00a0complet.yaml\u00a0»');
  });

  it('baseline --prune FILE -o OTHER reads FILE and writes OTHER', async () => {
    write('a.yaml', base.replace(/^ {2}nom: .*$/m, '  nom: A'));
    await clsm(['baseline', 'a.yaml', '-o', 'b.json', ...TODAY], { expectNew: ['b.json'] });
    const before = fs.readFileSync(path.join(dir, 'b.json'), 'utf8');
    const { code } = await clsm(['baseline', 'a.yaml', '--prune', 'b.json', '-o', 'other.json', ...TODAY], { expectNew: ['other.json'] });
    expect(code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'b.json'), 'utf8')).toBe(before);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'other.json'), 'utf8')).ruleset).toBe('referentiel-2025');
  });

  it('init --from refuses a Latin-1 profile with its encoding sentence, and a device or a pipe at once', async () => {
    write('latin.yaml', Buffer.from(base.replace(/^ {2}nom: .*$/m, '  nom: CLSM de Sète'), 'latin1'));
    const latin = await clsm(['init', '--from', 'latin.yaml', ...TODAY]);
    expect(latin.code).toBe(2);
    expect(latin.stderr).toContain('ne peut pas servir de départ\u00a0: Le fichier n’est pas encodé en UTF-8');
    const zero = await clsm(['init', '--from', '/dev/zero', ...TODAY]);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toBe('clsm\u00a0: «\u00a0/dev/zero\u00a0» n’est pas un fichier ordinaire (dossier, périphérique, tube)\u00a0: indiquez le fichier du profil de l’an dernier.\n');
    spawnSync('mkfifo', [path.join(dir, 'tube')]);
    const fifo = await runCli(['init', '--from', 'tube', ...TODAY], { cwd: dir });
    expect(fifo.code).toBe(2);
  });

  it('init --from a profile whose anchor sits on a meeting it drops writes next year’s profile', async () => {
    write(
      'alias.yaml',
      base.replace(/\ngouvernance:[\s\S]*?(?=\n[a-z])/, '\ngouvernance:\n  copil:\n    reunions:\n      - &premiere { date: 2025-03-01 }\n  assemblee_pleniere:\n    reunions:\n      - *premiere'),
    );
    const { code, stdout } = await clsm(['init', '--from', 'alias.yaml', ...TODAY], { expectNew: ['alias-2026.yaml'] });
    expect([code, stdout.split('\n')[0]]).toEqual([0, 'Profil écrit dans «\u00a0alias-2026.yaml\u00a0».']);
  });

  it('a chain of 40 extends is refused with a sentence, not a stack overflow', async () => {
    for (let i = 0; i < 40; i++) write(`r${i}.regles.yaml`, `id: r${i}\ntitle: { fr: R, en: R }\nextends: ${i === 39 ? 'referentiel-2025' : `./r${i + 1}.regles.yaml`}\nrules:\n  - { id: copil-reunions, params: { min: 2 } }\n`);
    write('a.yaml', base);
    const { code, stderr } = await clsm(['check', 'a.yaml', '--ruleset', 'r0.regles.yaml', ...TODAY]);
    expect(code).toBe(2);
    expect(stderr).toContain('la chaîne des «\u00a0extends\u00a0» dépasse 32\u00a0jeux de règles'.replace('32\u00a0jeux', '32 jeux'));
  });

  it('the YAML slip diagnosis stays fast on a line of 250 000 spaces', async () => {
    write('long.yaml', `a:\n-${' '.repeat(250_000)}x\nb: 1\n  c: 2\n`);
    const started = Date.now();
    const { code } = await clsm(['check', 'long.yaml', ...TODAY]);
    expect(code).toBe(1);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

describe('round three: populations within a région', () => {
  it('a population of 1e308 is a schema error, and the indicators stay finite and valid', async () => {
    write('a.yaml', base.replace(/^( {4}population:) .*$/m, '$1 1e308'));
    write('b.yaml', base.replace(/^ {2}identifiant: .*$/m, '  identifiant: autre'));
    const check = await clsm(['check', 'a.yaml', '-f', 'json', ...TODAY]);
    expect(JSON.parse(check.stdout).files[0].findings[0]).toMatchObject({ ruleId: 'schema', path: 'clsm.territoire.population' });
    const stats = await clsm(['stats', 'a.yaml', 'b.yaml', '-f', 'json']);
    expect(stats.stdout).not.toMatch(/null,|Infinity|NaN/);
    expect(JSON.parse(stats.stdout).excluded).toEqual([{ path: 'a.yaml', reason: 'invalid' }]);
  });
});

describe('round three: the library checks what it is given', () => {
  it('answers a wrong input or option with one sentence, never a TypeError or a wrong status', async () => {
    const lib = await import('../src/index.js');
    const report = lib.checkText(base.replace(/^ {2}statut: .*$/m, '  statut: actif'), { today: '2026-01-15' });
    const refused = (call: () => unknown) => {
      try {
        call();
      } catch (error) {
        expect(error).toBeInstanceOf(lib.UserError);
        return (error as Error).message;
      }
      throw new Error('accepted');
    };
    expect(refused(() => lib.statusOf(report, 'nope' as never))).toBe('«\u00a0nope\u00a0» n’est pas une valeur possible de failOn\u00a0: choisissez parmi error, warning, info, never.');
    expect(refused(() => lib.checkText(base, { lang: '__proto__' as never }))).toContain('de lang\u00a0: choisissez parmi fr, en.');
    expect(refused(() => lib.checkText(undefined as never))).toBe('checkText attend le texte d’un profil (une chaîne) ou ses octets (Uint8Array), pas undefined.');
    expect(refused(() => lib.checkText(42 as never))).toContain('pas number.');
    await expect(lib.formatReport([report], 'nope' as never)).rejects.toThrow('«\u00a0nope\u00a0» n’est pas une valeur possible de format');
  });
});

describe('round three: terminal safety in every format', () => {
  it('profile text cannot act on a terminal in markdown, csv, github or html', async () => {
    write('a.yaml', base.replace(/^ {2}nom: .*$/m, '  nom: "CLSM \\u001b]0;pirate\\u0007\\u001b[2J fin"'));
    for (const format of ['markdown', 'csv', 'github', 'html', 'gitlab', 'sarif', 'junit']) {
      const result = await runCli(['check', 'a.yaml', '-f', format, ...TODAY], { cwd: dir, tty: true });
      expect(result.stdout, format).not.toMatch(/[\u001b\u0007]/);
    }
  });
});

describe('round three: patterns and parameters', () => {
  it('a glob with many « * » in one part is refused at once, not matched for minutes', async () => {
    write(`${'a'.repeat(200)}.yaml`, base);
    const started = Date.now();
    const { code, stderr } = await clsm(['check', '*a*a*a*a*a*b.yaml', ...TODAY]);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(code).toBe(2);
    expect(stderr).toBe('clsm\u00a0: le motif «\u00a0*a*a*a*a*a*b.yaml\u00a0» est trop complexe\u00a0: au plus 3\u00a0«\u00a0*\u00a0» par partie du chemin (entre deux «\u00a0/\u00a0»)\u202f; simplifiez-le ou nommez le dossier.\n'.replace('3\u00a0«', '3 «'));
  });

  it('an unknown parameter of an inherited rule (mni for min) is refused where it is written', async () => {
    write('t.regles.yaml', 'id: t\ntitle: { fr: T, en: T }\nextends: referentiel-2025\nrules:\n  - { id: copil-reunions, params: { mni: 3 } }\n');
    write('a.yaml', base);
    const { code, stderr } = await clsm(['check', 'a.yaml', '--ruleset', 't.regles.yaml', ...TODAY]);
    expect(code).toBe(2);
    expect(stderr).toBe('clsm\u00a0: t.regles.yaml:5:42\u00a0: jeu de règles invalide\u00a0: la règle héritée n’a pas de paramètre «\u00a0mni\u00a0»\u00a0: ses paramètres sont min\u202f; corrigez le nom, sinon la valeur serait ignorée.\n');
  });
});

describe('round three: a ruleset in another encoding', () => {
  it('is said, never decoded into U+FFFD', async () => {
    write('l.regles.yaml', Buffer.from('id: t\ntitle: { fr: Règles, en: T }\nextends: referentiel-2025\nrules:\n  - { id: copil-reunions, params: { min: 3 } }\n', 'latin1'));
    write('a.yaml', base);
    const { code, stderr } = await clsm(['check', 'a.yaml', '--ruleset', 'l.regles.yaml', ...TODAY]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^clsm\u00a0: le jeu de règles «\u00a0l\.regles\.yaml\u00a0» ne peut pas être lu\u00a0: le fichier n’est pas encodé en UTF-8 \(octet invalide ligne 2/);
    expect(stderr).not.toContain('\ufffd');
  });
});

describe('round three: messages and small things', () => {
  it('baseline - records standard input by the profile’s identity; init --template - prints the template; --year 1999 names the range', async () => {
    write('a.yaml', base);
    const stdin = await runCli(['baseline', '-', '-o', 'depuis-stdin.json', ...TODAY], { cwd: dir, stdin: base.replace(/fonction: maire/, 'fonction: autre') });
    expect([stdin.code, stdin.stderr]).toEqual([0, '']);
    expect(Object.keys(JSON.parse(fs.readFileSync(path.join(dir, 'depuis-stdin.json'), 'utf8')).profiles)).toEqual(['villeneuve-dascq-2025']);
    const template = await clsm(['init', '--template', '-', ...TODAY]);
    expect(template.code).toBe(0);
    expect(template.stdout).toMatch(/^# yaml-language-server/);
    const year = await clsm(['check', 'a.yaml', '--year', '1999']);
    expect(year.stderr).toContain('indiquez une année entre 2000 et 2100');
  });

  it('a report replaced keeps its permissions, and a 250-byte report name is written', async () => {
    write('a.yaml', base);
    write('rapport.json', 'ancien');
    fs.chmodSync(path.join(dir, 'rapport.json'), 0o600);
    // An earlier report is the one file an output may replace: run without the helper's « nothing changed ».
    expect((await runCli(['check', 'a.yaml', '-f', 'json', '-o', 'rapport.json', ...TODAY], { cwd: dir })).code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'rapport.json'), 'utf8')).toMatch(/^\{"schemaVersion"/);
    expect(fs.statSync(path.join(dir, 'rapport.json')).mode & 0o777).toBe(0o600);
    const long = `${'r'.repeat(245)}.json`;
    const { code } = await clsm(['check', 'a.yaml', '-f', 'json', '-o', long, ...TODAY], { expectNew: [long] });
    expect(code).toBe(0);
  });
});

describe('round three: a file of thousands of unknown keys', () => {
  it('gives its first hundred format problems, then how many more', async () => {
    write('many.yaml', `${base}${Array.from({ length: 5000 }, (_, i) => `inconnue_${i}: 1\n`).join('')}`);
    const { stdout } = await clsm(['check', 'many.yaml', '-f', 'json', ...TODAY]);
    const findings = JSON.parse(stdout).files[0].findings as Array<{ message: string }>;
    expect(findings).toHaveLength(101);
    expect(findings.map((f) => f.message)).toContain('Et 4900 autres problèmes de format, non détaillés\u00a0: corrigez d’abord ceux-ci, puis vérifiez de nouveau.');
  });
});

describe('round three: names, parameters and standard input', () => {
  it('a file name with a line feed stays on its Markdown row', async () => {
    write('nom\navec.yaml', base);
    const { stdout } = await clsm(['check', 'nom\navec.yaml', '-f', 'markdown', ...TODAY]);
    expect(stdout).toContain("| `nom avec.yaml` | CLSM de Villeneuve-d'Ascq |");
  });

  it('a parameter written .nan names the types it may have, in words', async () => {
    write('n.regles.yaml', 'id: t\ntitle: { fr: T, en: T }\nextends: referentiel-2025\nrules:\n  - { id: copil-reunions, params: { min: .nan } }\n');
    write('a.yaml', base);
    const { stderr } = await clsm(['check', 'a.yaml', '--ruleset', 'n.regles.yaml', ...TODAY]);
    expect(stderr).toContain('rules[0].params.min\u00a0: doit être un nombre, une chaîne de caractères, true ou false.');
  });

  it('a folder on standard input is said, exit 2, not checked as an empty profile', () => {
    const folder = fs.openSync(dir, 'r');
    const result = spawnSync(process.execPath, [path.join(root, 'bin', 'clsm.js'), 'check', '-'], { stdio: [folder, 'pipe', 'pipe'], encoding: 'utf8' });
    fs.closeSync(folder);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('clsm\u00a0: l’entrée standard est un dossier, pas un profil\u00a0: donnez le dossier en argument (clsm check DOSSIER), ou redirigez un fichier (clsm check - < profil.yaml).\n');
  });
});

describe('round three: a glob names only what it matches', () => {
  it('a broken link the glob does not match is not reported (a folder walk still reports it)', async () => {
    write('lille.yaml', base);
    fs.symlinkSync(path.join(dir, 'absent.yaml'), path.join(dir, 'casse.yaml'));
    const glob = await clsm(['check', 'lil*.yaml', ...TODAY]);
    expect([glob.code, glob.stderr]).toEqual([0, '']);
    const walk = await clsm(['check', '.', ...TODAY]);
    expect(walk.code).toBe(2);
    expect(walk.stderr).toContain('«\u00a0casse.yaml\u00a0» est un lien symbolique cassé');
  });
});

describe('round three: a glob enters only the folders that may hold what it matches', () => {
  it('a folder too deep (or unreadable) where the glob cannot match is not reported; where it can, it is', async () => {
    write('lille.yaml', base);
    const deep = path.join(dir, 'archives', ...Array.from({ length: 70 }, (_, i) => `n${i}`));
    fs.mkdirSync(deep, { recursive: true });
    fs.writeFileSync(path.join(deep, 'vieux.yaml'), base);
    if (process.getuid?.() !== 0) {
      fs.mkdirSync(path.join(dir, 'prive'));
      fs.chmodSync(path.join(dir, 'prive'), 0o000);
    }
    try {
      const glob = await runCli(['check', '*.yaml', ...TODAY], { cwd: dir });
      expect([glob.code, glob.stderr]).toEqual([0, '']);
      const below = await runCli(['check', 'archives/**/*.yaml', ...TODAY], { cwd: dir });
      expect(below.code).toBe(2);
      expect(below.stderr).toContain('archives/n0/');
    } finally {
      if (process.getuid?.() !== 0) fs.chmodSync(path.join(dir, 'prive'), 0o700);
    }
  });
});

describe('round three: a glob from ./ enters the folders it names', () => {
  it.each([
    ['./p/*/x.yaml', ['p/a/x.yaml', 'p/b/x.yaml']],
    ['./**/*.yaml', ['p/a/x.yaml', 'p/b/deep/x.yaml', 'p/b/x.yaml', 'p/t.yaml', 'top.yaml']],
    ['./p/**/*.yaml', ['p/a/x.yaml', 'p/b/deep/x.yaml', 'p/b/x.yaml', 'p/t.yaml']],
    ['p/*/x.yaml', ['p/a/x.yaml', 'p/b/x.yaml']],
  ])('%s checks every file it matches', async (pattern, expected) => {
    for (const [i, file] of ['p/a/x.yaml', 'p/b/x.yaml', 'p/b/deep/x.yaml', 'p/t.yaml', 'top.yaml'].entries()) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      write(file, base.replace(/^( {2}identifiant: ).*$/m, `$1profil-${i}`));
    }
    const { stdout, stderr } = await runCli(['check', pattern, '-f', 'json', ...TODAY], { cwd: dir });
    expect(stderr).toBe('');
    expect(JSON.parse(stdout).files.map((f: { path: string }) => f.path)).toEqual(expected);
  });
});

describe('round three: a file name that is not UTF-8', () => {
  const latin1 = (name: string) => Buffer.from(name, 'latin1');

  it('is named with its bytes and what to do, the other files are checked, exit 2', async () => {
    write('lille.yaml', base);
    fs.writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), latin1('café.yaml')]), base);
    for (const args of [['.'], ['*.yaml']]) {
      const { code, stdout, stderr } = await runCli(['check', ...args, '-f', 'json', ...TODAY], { cwd: dir });
      expect(code).toBe(2);
      expect(JSON.parse(stdout).files.map((f: { path: string }) => f.path)).toEqual(['lille.yaml']);
      expect(stderr).toBe(
        'clsm\u00a0: «\u00a0caf\\xE9.yaml\u00a0» a un nom qui n’est pas écrit en UTF-8\u00a0: renommez-le (par exemple avec la commande convmv -f latin1 -t utf8 --notest), puis vérifiez-le de nouveau.\n',
      );
    }
    // A `?` of a glob stands for the one character Node decoded: the file is named, not « nothing matches ».
    const glob = await runCli(['check', 'caf?.yaml', ...TODAY], { cwd: dir });
    expect([glob.code, glob.stderr]).toEqual([2, expect.stringContaining('«\u00a0caf\\xE9.yaml\u00a0» a un nom qui n’est pas écrit en UTF-8')]);
    const english = await runCli(['check', '.', '--lang', 'en', ...TODAY], { cwd: dir });
    expect(english.stderr).toContain('“caf\\xE9.yaml” has a name that is not written in UTF-8');
    // Named on the command line, the name reaches Node decoded, U+FFFD for the byte: said so, not « n’existe pas ».
    const named = await runCli(['check', 'caf\uFFFD.yaml', ...TODAY], { cwd: dir });
    expect([named.code, named.stderr]).toEqual([2, 'clsm\u00a0: «\u00a0caf\uFFFD.yaml\u00a0» a un nom qui n’est pas écrit en UTF-8\u00a0: renommez-le (par exemple avec la commande convmv -f latin1 -t utf8 --notest), puis vérifiez-le de nouveau.\n']);
    // A name with U+FFFD that matches no file on disk is simply missing.
    const absent = await runCli(['check', 'th\uFFFD.yaml', ...TODAY], { cwd: dir });
    expect([absent.code, absent.stderr]).toEqual([2, 'clsm\u00a0: «\u00a0th\uFFFD.yaml\u00a0» n’existe pas\u00a0: vérifiez le chemin.\n']);
  });

  it('is not reported where a glob does not look, and a name that really holds U+FFFD is checked', async () => {
    write('lille.yaml', base);
    write('vrai-\uFFFD.yaml', base.replace(/^( {2}identifiant: ).*$/m, '$1vrai-nom'));
    fs.mkdirSync(path.join(dir, 'autre'));
    fs.writeFileSync(Buffer.concat([Buffer.from(`${dir}/autre/`), latin1('é.yaml')]), base);
    const glob = await runCli(['check', '*.yaml', '-f', 'json', ...TODAY], { cwd: dir });
    expect([glob.code, glob.stderr]).toEqual([0, '']);
    expect(JSON.parse(glob.stdout).files.map((f: { path: string }) => f.path)).toEqual(['lille.yaml', 'vrai-\uFFFD.yaml']);
  });
});

describe('round three: a parameter of 1e308', () => {
  it('is refused at its line, never written « Infinity » in a message', async () => {
    write('big.regles.yaml', 'id: t\ntitle: { fr: T, en: T }\nextends: referentiel-2025\nrules:\n  - { id: copil-reunions, params: { min: 1e308 } }\n');
    write('a.yaml', base);
    const { code, stderr } = await clsm(['check', 'a.yaml', '--ruleset', 'big.regles.yaml', ...TODAY]);
    expect(code).toBe(2);
    expect(stderr).toContain('big.regles.yaml:5:42\u00a0: jeu de règles invalide\u00a0: rules[0].params.min\u00a0: 1e+308 ne convient pas\u00a0: la valeur doit être inférieure ou égale à 1\u202f000\u202f000\u202f000.');
    expect(stderr).not.toContain('Infinity');
  });
});

describe('round three: a refused YAML tag', () => {
  it.each([
    ['  nom: !!binary aGk=', 8],
    ['  nom: !perso x', 8],
  ])('« %s » is located at the tag, not past the end of its line', async (line, column) => {
    const text = base.replace(/^ {2}nom: .*$/m, line);
    write('tag.yaml', text);
    const { stdout } = await clsm(['check', 'tag.yaml', '-f', 'json', ...TODAY]);
    const finding = JSON.parse(stdout).files[0].findings[0];
    const lineNumber = text.split('\n').indexOf(line) + 1;
    expect(finding).toMatchObject({ ruleId: 'yaml-syntaxe', line: lineNumber, column });
  });
});

describe('round three: an HTML report of any size', () => {
  it('keeps its sections in a private temporary file past a bound, gives them back whole, then removes it', async () => {
    const { spillingTexts } = await import('../src/output/spill.js');
    const { createTemporaryFiles } = await import('../src/output/atomic-file.js');
    const temporaryFiles = createTemporaryFiles();
    const { catalogue } = await import('../src/i18n/index.js');
    const held = spillingTexts(catalogue('fr'), temporaryFiles, 10, dir);
    const texts = ['<section>Île-de-France</section>\n', '<section>Pays de Morlaix — « café »</section>\n', 'x'.repeat(3 * 1024 * 1024)];
    for (const text of texts) held.add(text);
    const spilled = fs.readdirSync(dir);
    expect(spilled).toHaveLength(1);
    expect(fs.statSync(path.join(dir, spilled[0]!)).mode & 0o777).toBe(0o600);
    expect([...held.texts()]).toEqual(texts);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('says in one sentence where the temporary file could not be written and what to do (TMPDIR)', async () => {
    const { spillingTexts } = await import('../src/output/spill.js');
    const { createTemporaryFiles } = await import('../src/output/atomic-file.js');
    const { catalogue } = await import('../src/i18n/index.js');
    const held = spillingTexts(catalogue('fr'), createTemporaryFiles(), 1, path.join(dir, 'absent'));
    expect(() => held.add('<section>a</section>')).toThrow(
      `impossible d’écrire dans «\u00a0${path.join(dir, 'absent')}\u00a0» le fichier temporaire où un grand rapport HTML garde ses sections (ce dossier n’existe pas)\u00a0: indiquez un autre dossier avec la variable TMPDIR, ou libérez de la place.`,
    );
  });

  it('draws the first 50 rows of its table in the chart, says so, and keeps every CLSM in the table', async () => {
    const { checkText, formatReport } = await import('../src/index.js');
    const text = fs.readFileSync(path.join(root, 'examples', 'avec-ecarts.yaml'), 'utf8');
    const reports = Array.from({ length: 60 }, (_, i) =>
      checkText(text.replace(/^ {2}identifiant: .*$/m, `  identifiant: essai-${i}`).replace(/^ {2}nom: .*$/m, `  nom: CLSM ${i}`), { path: `p/${i}.yaml`, today: '2026-01-15' }),
    );
    const page = await formatReport(reports, 'html', { today: '2026-01-15' });
    const synthesis = page.slice(page.indexOf('<section class="synthesis">'), page.indexOf('<section class="file"'));
    expect(synthesis).toContain('<figcaption>Règles en écart par CLSM\u00a0: les 50 premiers du tableau, sur 60</figcaption>');
    expect(synthesis.slice(synthesis.indexOf('<figure>')).match(/<text x="0"/g)).toHaveLength(50);
    expect(synthesis.match(/<td class="name"><a href="#clsm-\d+"/g)).toHaveLength(60);
  });

  it('is the same report whether its sections were held in memory or in a file, and Ctrl-C removes that file', async () => {
    const { spillingTexts } = await import('../src/output/spill.js');
    const { createTemporaryFiles } = await import('../src/output/atomic-file.js');
    const { checkText, formatReport } = await import('../src/index.js');
    const { htmlFormat } = await import('../src/report/html.js');
    const { catalogue } = await import('../src/i18n/index.js');
    const { builtinRuleset } = await import('../src/ruleset/builtin.js');
    const reports = ['avec-ecarts.yaml', 'complet.yaml', 'en-creation.yaml'].map((name) =>
      checkText(fs.readFileSync(path.join(root, 'examples', name)), { path: name, today: '2026-01-15' }),
    );
    const inMemory = await formatReport(reports, 'html', { today: '2026-01-15' });
    const temporaryFiles = createTemporaryFiles();
    const reporter = htmlFormat.createReporter({
      tool: { name: 'clsm', version: JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version },
      ruleset: builtinRuleset('referentiel-2025')!,
      lang: 'fr',
      catalogue: catalogue('fr'),
      failOn: 'error',
      quiet: false,
      today: '2026-01-15',
      target: { color: false, width: 140 },
      hold: () => spillingTexts(catalogue('fr'), temporaryFiles, 1, dir),
    });
    let text = '';
    for (const report of reports) text += reporter.file(report);
    expect(fs.readdirSync(dir)).toHaveLength(1);
    const { summaryAggregator } = await import('../src/report/model.js');
    const summary = summaryAggregator('error');
    for (const report of reports) summary.add(report);
    const end = reporter.end(summary.result());
    expect(typeof end).not.toBe('string');
    for (const piece of end) text += piece;
    expect(text).toBe(inMemory);
    expect(fs.readdirSync(dir)).toEqual([]);

    const interrupted = spillingTexts(catalogue('fr'), temporaryFiles, 1, dir);
    interrupted.add('<section>a</section>');
    interrupted.add('<section>b</section>');
    expect(fs.readdirSync(dir)).toHaveLength(1);
    temporaryFiles.removeAll();
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
