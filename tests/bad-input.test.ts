// SPEC §7: every bad input gets one clear French answer naming the file (and line), never a stack trace,
// and no input file is ever changed.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../src/document/limits.js';
import { checkText } from '../src/index.js';
import { runCli } from './helpers/run-cli.js';

const base = fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'valid', 'base.yaml'), 'utf8');
let dir: string;
let before: Map<string, string>;

function snapshot(): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    const stat = fs.lstatSync(file);
    if (stat.isFile()) hashes.set(name, crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex'));
    else hashes.set(name, stat.isSymbolicLink() ? `link:${fs.readlinkSync(file)}` : 'dir');
  }
  return hashes;
}

function write(name: string, content: string | Buffer): string {
  fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  fs.writeFileSync(path.join(dir, name), content);
  return name;
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clsm-bad-'));
  before = new Map();
});
afterEach(() => {
  // Whatever the input, the tool never touched it.
  for (const [name, hash] of before) expect(snapshot().get(name), name).toBe(hash);
  fs.rmSync(dir, { recursive: true, force: true });
});

async function check(args: string[], files: Record<string, string | Buffer> = {}) {
  for (const [name, content] of Object.entries(files)) write(name, content);
  before = snapshot();
  const result = await runCli(['check', '--today', '2026-01-15', ...args], { cwd: dir });
  expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  return result;
}

/** The one finding of an invalid file, as the JSON report gives it. */
async function invalidFinding(name: string, content: string | Buffer) {
  const result = await check([name, '-f', 'json'], { [name]: content });
  expect(result.code).toBe(1);
  const file = JSON.parse(result.stdout).files[0];
  expect(file.status).toBe('invalid');
  expect(file.path).toBe(name);
  expect(file.findings).toHaveLength(1);
  return file.findings[0] as { ruleId: string; line: number; column: number; message: string };
}

const billionLaughs = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
].join('\n');

describe('files that give no profile', () => {
  it.each([
    ['empty file', '', 'schema', 1, 1, /^Le fichier est vide : un profil contient au moins version, annee_reference et le bloc clsm/],
    ['only a null', '~\n', 'schema', 1, 1, /^Le fichier est vide/],
    ['a list', '- a\n- b\n', 'schema', 1, 1, /^Le document est une liste, pas un bloc de clés/],
    ['a scalar', 'juste un texte\n', 'schema', 1, 1, /^Le document est une valeur isolée, pas un bloc de clés/],
    ['a syntax error', 'version: 1\nclsm: [\n', 'yaml-syntaxe', 2, 7, /^Le crochet «\s\[\s» ouvert ici n’est jamais fermé\s: ajoutez «\s\]\s» à la fin de la liste\.$/],
    ['a bad indentation', 'version: 1\nclsm:\n  nom: a\n   statut: actif\n', 'yaml-syntaxe', 4, 4, /^Cette ligne est plus indentée que la ligne 3, qui a déjà une valeur\s: alignez-la sur la ligne 3\.$/],
    ['tabs in indentation', 'version: 1\nclsm:\n\tnom: x\n', 'yaml-syntaxe', 3, 1, /^Une tabulation sert d’indentation : YAML n’accepte que des espaces/],
    ['duplicate keys', 'version: 1\nannee_reference: 2025\nversion: 2\n', 'yaml-syntaxe', 3, 1, /^La clé « version » apparaît deux fois dans le même bloc : gardez-en une seule\.$/],
    ['several documents', 'version: 1\n---\nversion: 2\n', 'yaml-syntaxe', 2, 1, /^Le fichier contient plusieurs documents YAML/],
    ['a custom tag', 'version: 1\nx: !!js/function "function(){}"\n', 'yaml-syntaxe', 2, 4, /^L’étiquette YAML « !!js\/function » n’est pas acceptée/],
    ['an alias bomb', billionLaughs, 'yaml-syntaxe', 1, 1, /^Les alias YAML \(\*\) développent le document au-delà de 100 000 nœuds/],
    ['a very deep nesting', `a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, 'yaml-syntaxe', 1, 67, /^Imbrication trop profonde \(plus de 64 niveaux\)/],
  ])('%s', async (_label, content, ruleId, line, column, message) => {
    const finding = await invalidFinding('profil.yaml', content);
    expect(finding).toMatchObject({ ruleId, line, column });
    expect(finding.message.replace(/\u202f/g, ' ')).toMatch(message);
  });

  it('Windows-1252 text from a spreadsheet, with the line of the first bad byte', async () => {
    const latin1 = Buffer.from('version: 1\nannee_reference: 2025\nclsm:\n  nom: CLSM de Brest\n  region: "53"\n', 'latin1');
    latin1[latin1.indexOf('Brest')] = 0xe9;
    const finding = await invalidFinding('export.yaml', latin1);
    expect(finding).toMatchObject({ ruleId: 'yaml-syntaxe', line: 4, column: 1 });
    expect(finding.message).toBe(
      'Le fichier n’est pas encodé en UTF-8 (octet invalide ligne 4, probablement un export Latin-1/Windows-1252 d’un tableur) : enregistrez-le en UTF-8.',
    );
  });

  it('UTF-16', async () => {
    const finding = await invalidFinding('utf16.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('version: 1\n', 'utf16le')]));
    expect(finding.message).toBe('Le fichier est encodé en UTF-16 : enregistrez-le en UTF-8.');
  });

  it('a binary file', async () => {
    const finding = await invalidFinding('image.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    expect(finding.message).toBe('Le fichier est binaire, pas un texte YAML : vérifiez qu’il s’agit bien d’un profil CLSM.');
  });

  it('a file over the size limit, refused before it is parsed', async () => {
    const finding = await invalidFinding('enorme.yaml', `a: "${'x'.repeat(MAX_FILE_BYTES + 10)}"\n`);
    expect(finding.message).toBe('Le fichier pèse 1,0 Mio, au-delà de la limite de 1,0 Mio d’un profil : vérifiez qu’il s’agit bien d’un profil CLSM.');
  });

  it('a file over the size limit inside a folder, read and then refused', async () => {
    const result = await check(['profils', '-f', 'json'], { 'profils/enorme.yaml': `a: "${'x'.repeat(2 * MAX_FILE_BYTES)}"\n` });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).files[0].findings[0].message).toBe(
      'Le fichier pèse 2,0 Mio, au-delà de la limite de 1,0 Mio d’un profil : vérifiez qu’il s’agit bien d’un profil CLSM.',
    );
  });

  it('an endless device (/dev/zero), read up to the limit and no further', async () => {
    const result = await runCli(['check', '/dev/zero', '-f', 'json'], { cwd: dir });
    expect(result.code).toBe(1);
    const file = JSON.parse(result.stdout).files[0];
    expect([file.path, file.status, file.findings[0].message]).toEqual([
      '/dev/zero',
      'invalid',
      'Le contenu dépasse la limite de 1,0 Mio d’un profil (lecture arrêtée là) : vérifiez qu’il s’agit bien d’un profil CLSM.',
    ]);
  });

  it('standard input over the limit', async () => {
    const result = await runCli(['check', '-', '-f', 'json'], { cwd: dir, stdin: Buffer.alloc(MAX_FILE_BYTES + 1, 0x61) });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).files[0].findings[0].message).toBe(
      'Le contenu dépasse la limite de 1,0 Mio d’un profil (lecture arrêtée là) : vérifiez qu’il s’agit bien d’un profil CLSM.',
    );
  });

  it('names the file and the line in the text report', async () => {
    const { stdout, code } = await check(['tabs.yaml'], { 'tabs.yaml': 'version: 1\nclsm:\n\tnom: x\n' });
    expect(code).toBe(1);
    expect(stdout).toContain('(CLSM sans nom) — tabs.yaml');
    expect(stdout).toContain('Résultat : profil invalide');
    expect(stdout).toMatch(/^3:1 {2}erreur {2}yaml-syntaxe\n {2}Une tabulation sert d’indentation/m);
  });
});

describe('accepted oddities', () => {
  it('a UTF-8 BOM and CRLF line ends change nothing', async () => {
    const crlf = `\ufeff${base.replace(/\n/g, '\r\n')}`;
    const { code, stdout } = await check(['crlf.yaml', '-f', 'json'], { 'crlf.yaml': crlf });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).files[0]).toMatchObject({ status: 'pass', findings: [] });
  });

  it('__proto__ and constructor keys are unknown keys, and pollute nothing', async () => {
    const text = base.replace('version: 1\n', 'version: 1\n__proto__: { polluted: true }\nconstructor: { prototype: { polluted: true } }\n');
    const finding = await check(['proto.yaml', '-f', 'json'], { 'proto.yaml': text });
    const findings = JSON.parse(finding.stdout).files[0].findings;
    expect(findings.map((f: { ruleId: string; line: number; message: string }) => [f.ruleId, f.line, f.message.slice(0, 30)])).toEqual([
      ['schema', 3, '« __proto__ » : clé inconnue à'],
      ['schema', 4, '« constructor » : clé inconnue'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('thousands of unknown keys and bad list items: the first hundred, each at its own line, then how many more', async () => {
    // Long blocks and lists are indexed once: locating each finding by a scan of its siblings was quadratic
    // (20 s for a 1 MiB file of unknown keys).
    const keys = Array.from({ length: 3000 }, (_, i) => `cle_${i}: ${i}`).join('\n');
    const members = Array.from({ length: 100 }, (_, i) => `      - { categorie: inconnue_${i} }`).join('\n');
    const text = base.replace(/^( {4}membres:\n)(?: {6}.*\n)+/m, `$1${members}\n`).replace('version: 1\n', `version: 1\n${keys}\n`);
    const result = await check(['long.yaml', '-f', 'json'], { 'long.yaml': text });
    const all: Array<{ line: number; path: string; message: string }> = JSON.parse(result.stdout).files[0].findings;
    const lines = text.split('\n');
    // A file of thousands of problems gives the first hundred, then one finding that counts the rest.
    expect(all).toHaveLength(101);
    const findings = all.filter((finding) => !finding.message.startsWith('Et 3000 autres problèmes de format'));
    expect(findings).toHaveLength(100);
    for (const finding of findings) {
      const key = /^cle_\d+$/.test(finding.path) ? `${finding.path}:` : /\[(\d+)\]/.exec(finding.path)![0];
      const expected = /^cle_/.test(finding.path) ? key : `inconnue_${/\[(\d+)\]/.exec(finding.path)![1]} }`;
      expect(lines[finding.line - 1]).toContain(expected);
    }
  });

  it('a number where a string is expected says to quote it', async () => {
    const finding = await invalidFinding('region.yaml', base.replace('region: "32"', 'region: 32'));
    expect(finding).toMatchObject({ ruleId: 'schema', line: 10, column: 11 });
    expect(finding.message).toBe('clsm.region : doit être une chaîne de caractères : écrivez-la entre guillemets ("32").');
  });
});

describe('paths', () => {
  it('a path that does not exist', async () => {
    const { code, stderr, stdout } = await check(['absent.yaml']);
    expect(code).toBe(2);
    expect(stderr).toBe('clsm : « absent.yaml » n’existe pas : vérifiez le chemin.\n');
    expect(stdout).toBe('');
  });

  it('a folder with no profile', async () => {
    fs.mkdirSync(path.join(dir, 'vide'));
    write(path.join('vide', 'notes.txt'), 'rien');
    const { code, stderr } = await check(['vide']);
    expect(code).toBe(2);
    expect(stderr).toBe('clsm : aucun profil (*.yaml, *.yml) dans le dossier « vide » : indiquez un dossier qui contient des profils.\n');
  });

  it('a broken symlink in a folder: the others are still checked, exit 2 at the end', async () => {
    write('a.yaml', base);
    fs.symlinkSync(path.join(dir, 'disparu.yaml'), path.join(dir, 'casse.yaml'));
    write('b.yaml', base.replace('identifiant: villeneuve-dascq', 'identifiant: b'));
    const { code, stderr, stdout } = await check(['.', '-f', 'json']);
    expect(code).toBe(2);
    expect(stderr).toBe('clsm : « casse.yaml » est un lien symbolique cassé : sa cible n’existe pas ; corrigez ou supprimez le lien.\n');
    expect(JSON.parse(stdout).files.map((f: { path: string; status: string }) => [f.path, f.status])).toEqual([
      ['a.yaml', 'pass'],
      ['b.yaml', 'pass'],
    ]);
  });

  it('an unreadable file in a folder: the others are still checked, exit 2 at the end', async () => {
    if (process.getuid?.() === 0) {
      // root reads everything: a folder entry that is not a file stands in for an unreadable one.
      write('a.yaml', base);
      fs.mkdirSync(path.join(dir, 'dossier.yaml'));
      write(path.join('dossier.yaml', 'b.yaml'), base.replace('identifiant: villeneuve-dascq', 'identifiant: b'));
      const { code, stdout } = await check(['.', '-f', 'json']);
      expect(code).toBe(0);
      expect(JSON.parse(stdout).summary.files).toBe(2);
      return;
    }
    write('a.yaml', base);
    write('secret.yaml', base);
    fs.chmodSync(path.join(dir, 'secret.yaml'), 0o000);
    const { code, stderr } = await check(['.', '-f', 'json']);
    expect(code).toBe(2);
    expect(stderr).toContain('impossible de lire « secret.yaml » (permission refusée)');
  });

  it('a symlink loop', async () => {
    write('a.yaml', base);
    fs.symlinkSync(path.join(dir, 'boucle2.yaml'), path.join(dir, 'boucle1.yaml'));
    fs.symlinkSync(path.join(dir, 'boucle1.yaml'), path.join(dir, 'boucle2.yaml'));
    fs.mkdirSync(path.join(dir, 'sous'));
    fs.symlinkSync(dir, path.join(dir, 'sous', 'parent'));
    const { code, stderr, stdout } = await check(['.', '-f', 'json']);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'clsm : « boucle1.yaml » est un lien symbolique qui boucle sur lui-même : corrigez ou supprimez le lien.\n' +
        'clsm : « boucle2.yaml » est un lien symbolique qui boucle sur lui-même : corrigez ou supprimez le lien.\n',
    );
    expect(JSON.parse(stdout).files.map((f: { path: string }) => f.path)).toEqual(['a.yaml']);
  });

  it('an output path in a missing folder', async () => {
    const { code, stderr } = await check(['profil.yaml', '-o', 'rapports/r.json'], { 'profil.yaml': base });
    expect(code).toBe(2);
    expect(stderr).toBe('clsm : impossible d’écrire le rapport « rapports/r.json » : le dossier « rapports » n’existe pas ; créez-le d’abord.\n');
  });
});

describe('options', () => {
  it.each([
    [['--nope'], 'clsm : option inconnue « --nope ». Voir `clsm --help`.'],
    [['--format', 'xml'], 'clsm : « xml » n’est pas une valeur possible de --format : choisissez parmi text, json, sarif, junit, github, gitlab, markdown, csv, html.'],
    [['--year', 'deux-mille'], 'clsm : « deux-mille » n’est pas une année valide pour --year : indiquez une année entre 2000 et 2100, par exemple 2025.'],
    [['--year'], 'clsm : l’option « --year » attend une valeur.'],
  ])('%j', async (args, message) => {
    const { code, stderr, stdout } = await check(['profil.yaml', ...args], { 'profil.yaml': base });
    expect(code).toBe(2);
    expect(stderr.replace(/\n$/, '')).toBe(message);
    expect(stdout).toBe('');
  });
});

describe('empty texts', () => {
  it('an empty name says the value is empty', async () => {
    const finding = await invalidFinding('vide.yaml', base.replace("nom: CLSM de Villeneuve-d'Ascq", 'nom: ""'));
    expect(finding).toMatchObject({ ruleId: 'schema', line: 6, column: 8 });
    expect(finding.message).toBe('clsm.nom : le texte est vide : renseignez-le.');
  });
});

describe('YAML slips written by someone else: the real cause, at the right line', () => {
  const head = 'version: 1\nannee_reference: 2025\nclsm:\n';
  it.each([
    ['a missing space after a colon', `${head}  nom:CLSM de Douai\n  identifiant: douai\n  statut: actif\n`, 4, 6, 'Il manque une espace après le deux-points de « nom: » : sans elle, YAML lit toute la ligne comme un seul texte ; écrivez « nom: CLSM de Douai ».'],
    ['a missing space at the top level', 'version: 1\nannee_reference:2025\nclsm:\n  nom: x\n', 2, 16, 'Il manque une espace après le deux-points de « annee_reference: » : sans elle, YAML lit toute la ligne comme un seul texte ; écrivez « annee_reference: 2025 ».'],
    ['an unclosed double quote', `${head}  nom: "CLSM de Douai\n  identifiant: douai\n  statut: actif\n`, 4, 8, 'Le guillemet « " » ouvert ici n’est jamais fermé : ajoutez « " » à la fin de la valeur.'],
    ['an unclosed apostrophe', `${head}  nom: 'CLSM de Douai\n  identifiant: douai\n`, 4, 8, 'L’apostrophe « \' » qui ouvre ce texte n’est jamais fermée : ajoutez « \' » à la fin de la valeur, ou retirez-la.'],
    ['an apostrophe inside apostrophes', `${head}  nom: 'CLSM d'Annecy'\n  identifiant: annecy\n`, 4, 15, 'Ce texte entre apostrophes contient une apostrophe qui le ferme trop tôt : doublez-la (\'\'), écrivez l’apostrophe typographique (’) ou mettez le texte entre guillemets doubles.'],
    ['an unclosed bracket', `${head}  nom: x\nportage:\n  convention:\n    signataires: [collectivite, psychiatrie\n    signee: true\n`, 7, 18, 'Le crochet « [ » ouvert ici n’est jamais fermé : ajoutez « ] » à la fin de la liste.'],
    ['an unclosed brace', `${head}  nom: x\nportage:\n  collectivite: { type: commune, nom: Ville de Douai\n  convention:\n    signee: true\n`, 6, 17, 'L’accolade « { » ouverte ici n’est jamais fermée : ajoutez « } » à la fin du bloc.'],
    ['a line indented too far', `${head}  nom: x\n   identifiant: douai\n  statut: actif\n`, 5, 4, 'Cette ligne est plus indentée que la ligne 4, qui a déjà une valeur : alignez-la sur la ligne 4.'],
    ['a line indented too little', `${head}  nom: x\n identifiant: douai\n  statut: actif\n`, 5, 2, 'Cette ligne est indentée de 1 espace, mais aucun bloc au-dessus ne l’est ainsi : indentez-la de 2 espaces, comme les clés de son bloc.'],
    ['a tab', `${head}\tnom: x\n`, 4, 1, 'Une tabulation sert d’indentation : YAML n’accepte que des espaces ; remplacez-la par des espaces.'],
    ['a colon inside braces', `${head}  nom: x\nportage:\n  collectivite: { type: commune, nom: Mairie: Douai }\n`, 6, 45, 'Entre accolades, une valeur qui contient « : » ou « , » doit être entre guillemets : écrivez par exemple `nom: "Ville de Douai, Nord"`.'],
  ])('%s', async (_label, content, line, column, message) => {
    const finding = await invalidFinding('profil.yaml', content);
    expect({ ruleId: finding.ruleId, line: finding.line, column: finding.column, message: finding.message.replace(/[\u00a0\u202f]/g, ' ') }).toEqual({ ruleId: 'yaml-syntaxe', line, column, message });
    expect((finding as { excerpt?: string }).excerpt).toBe(content.split('\n')[line - 1]);
  });

  it('a missing space in a list item is valid YAML (a text): the schema error says what is missing', async () => {
    const { stdout } = await check(['profil.yaml', '-f', 'json'], {
      'profil.yaml': `${head}  nom: x\n  identifiant: x\n  statut: actif\n  region: "32"\ngouvernance:\n  copil:\n    membres:\n      - categorie:elu\n`,
    });
    const finding = JSON.parse(stdout).files[0].findings[0];
    expect([finding.line, finding.column, finding.message.replace(/[\u00a0\u202f]/g, ' ')]).toEqual([
      11,
      9,
      'gouvernance.copil.membres[0] : doit être un bloc de clés ; il manque sans doute une espace après le deux-points : écrivez « categorie: elu ».',
    ]);
  });

  it('quotes the line in the text report, with a caret under the column', async () => {
    const { stdout } = await check(['profil.yaml'], { 'profil.yaml': `${head}  nom:CLSM de Douai\n  identifiant: douai\n` });
    expect(stdout).toContain('  4 │   nom:CLSM de Douai\n    │      ^\n');
  });

  it('is worded by the library’s checkText as `clsm check` words it (the same diagnosis)', async () => {
    const text = `${head}  nom:CLSM de Douai\n  identifiant: douai\n`;
    const { stdout } = await check(['profil.yaml', '-f', 'json'], { 'profil.yaml': text });
    const fromCli = JSON.parse(stdout).files[0].findings[0];
    const fromLibrary = checkText(text, { path: 'profil.yaml' }).findings[0];
    expect(fromLibrary).toEqual(fromCli);
    expect(fromLibrary).toMatchObject({ ruleId: 'yaml-syntaxe', line: 4, column: 6, excerpt: '  nom:CLSM de Douai' });
  });
});
