// Every report format, checked against its official definition where one exists, and against the JSON findings:
// SARIF (OASIS schema), GitHub commands, GitLab Code Quality, CSV (parsed back), Markdown; each deterministic, with a
// batch holding an invalid file, a waived finding, a file without findings, hostile profile text, and --lang en.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../../src/report/formats.js';
import { runCli } from '../helpers/run-cli.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const TODAY = ['--today', '2026-01-15'];
/** Profile text that every format must carry as text: markup, CDATA end, a control character, table and code marks, a formula. */
export const HOSTILE = '=SUM(1) <script>alert("x")</script> & ]]> | `code` \u0001 fin';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clsm-formats-'));
  const example = (name: string) => fs.readFileSync(path.join(root, 'examples', name), 'utf8');
  fs.mkdirSync(path.join(dir, 'profils'));
  fs.writeFileSync(path.join(dir, 'profils', 'a-ecarts.yaml'), example('avec-ecarts.yaml').replace('- nom: Jeunesse', `- nom: ${JSON.stringify(HOSTILE)}`).replace('nom: CLSM du Pays de Morlaix', `nom: ${JSON.stringify(HOSTILE)}`));
  fs.writeFileSync(path.join(dir, 'profils', 'b-complet.yaml'), example('complet.yaml'));
  fs.writeFileSync(path.join(dir, 'profils', 'c-invalide.yaml'), example('complet.yaml').replace('region: "32"', 'region: 32'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const check = (args: string[], env: Record<string, string> = {}) => runCli(['check', 'profils', ...TODAY, ...args], { cwd: dir, env });

type JsonFinding = { ruleId: string; severity: string; message: string; line: number; column: number; path: string; remediation: string; reference: string };
async function jsonReport(lang = 'fr') {
  const { stdout } = await check(['-f', 'json', '--lang', lang]);
  return JSON.parse(stdout) as { files: Array<{ path: string; status: string; findings: JsonFinding[]; waived: JsonFinding[] }> };
}

describe.each(FORMAT_NAMES)('%s', (format) => {
  it('is deterministic, in French and English, and exits as the JSON run does', async () => {
    for (const lang of ['fr', 'en']) {
      const first = await check(['-f', format, '--lang', lang]);
      const second = await check(['-f', format, '--lang', lang]);
      expect(first.code).toBe(1);
      expect(first.stderr).toBe('');
      expect(second.stdout).toBe(first.stdout);
      expect(first.stdout.length).toBeGreaterThan(0);
    }
    // Every format words the findings in the language asked for: French words of the findings are in the French
    // report (so that the next assertion can fail) and nowhere in the English one.
    const french = await check(['-f', format, '--lang', 'fr']);
    const english = await check(['-f', format, '--lang', 'en']);
    expect(french.stdout).toMatch(/[éÉ]cart|[rR]éférentiel|réuni/);
    // English texts quote the referential in French, between « »: the quotations are left out.
    expect(english.stdout.replace(/«[^»]*»/g, '')).not.toMatch(/[éÉ]cart|[rR]éférentiel|réuni/);
  });
});

describe('sarif', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(root, 'tests', 'formats', 'official', 'sarif-schema-2.1.0.json'), 'utf8'));
  // CommonJS modules whose default export is the module itself under NodeNext.
  const Ajv04 = ((ajvDraft04 as unknown as { default?: typeof ajvDraft04 }).default ?? ajvDraft04) as unknown as new (options: object) => import('ajv').default;
  const addFormats = ((ajvFormats as unknown as { default?: typeof ajvFormats }).default ?? ajvFormats) as unknown as (ajv: import('ajv').default) => void;
  const ajv = new Ajv04({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  it('validates against the OASIS SARIF 2.1.0 schema and carries what GitHub code scanning reads', async () => {
    const { stdout } = await check(['-f', 'sarif']);
    const sarif = JSON.parse(stdout);
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const run = sarif.runs[0];
    expect(run.tool.driver).toMatchObject({ name: 'clsm', informationUri: 'https://clsm.dev' });
    const rules = run.tool.driver.rules as Array<{ id: string; help: { text: string; markdown: string }; defaultConfiguration: { level: string }; properties: { axis: string } }>;
    expect(rules.map((r) => r.id)).toContain('copil-reunions');
    const copil = rules.find((r) => r.id === 'copil-reunions')!;
    expect(copil.defaultConfiguration.level).toBe('error');
    expect(copil.help.markdown).toContain('**Comment combler l’écart**');
    expect(copil.properties.axis).toBe('gouvernance');
    const json = await jsonReport();
    const counted = json.files.flatMap((f) => f.findings.map((x) => [f.path, x.ruleId, x.line, x.column, x.message]));
    const results = run.results as Array<{ ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }>; suppressions?: unknown[]; partialFingerprints: Record<string, string> }>;
    const unsuppressed = results.filter((r) => !r.suppressions).map((r) => [decodeURIComponent(r.locations[0]!.physicalLocation.artifactLocation.uri), r.ruleId, r.locations[0]!.physicalLocation.region.startLine, r.locations[0]!.physicalLocation.region.startColumn, r.message.text]);
    expect(unsuppressed).toEqual(counted);
    for (const result of results) expect(rules[result.ruleIndex]!.id).toBe(result.ruleId);
    expect(results.find((r) => r.ruleId === 'copil-reunions')!.level).toBe('error');
    expect(results.find((r) => r.ruleId === 'strategie-diagnostic-ancien')!.level).toBe('note');
    const waived = results.filter((r) => r.suppressions);
    expect(waived.map((r) => r.ruleId)).toEqual(['coordination-temps-plein']);
    // A dérogation is written in the profile: suppressed in source.
    expect(waived[0]!.suppressions).toEqual([{ kind: 'inSource', justification: expect.stringContaining('coordination-temps-plein') }]);
    // One category per ruleset and year, so that a national and an ARS run are uploaded side by side.
    expect(sarif.runs[0].automationDetails).toEqual({ id: 'clsm/referentiel-2025/2026/' });
  });

  it('keeps the other objectives’ fingerprints when one of four is fixed (keys name the objective, not a rank)', async () => {
    const prints = async (text: string) => {
      const sarif = JSON.parse((await runCli(['check', '-', '-f', 'sarif', ...TODAY], { cwd: dir, stdin: text })).stdout);
      return new Map<string, string>(
        sarif.runs[0].results
          .filter((r: { ruleId: string }) => r.ruleId === 'strategie-objectifs')
          .map((r: { message: { text: string }; partialFingerprints: Record<string, string> }) => [r.message.text, Object.values(r.partialFingerprints)[0]!]),
      );
    };
    const text = fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'examples', 'avec-ecarts.yaml'), 'utf8');
    const before = await prints(text);
    expect(before.size).toBe(4);
    const after = await prints(text.replace('objectifs: [stigmatisation]', 'objectifs: [stigmatisation, prevention]'));
    expect(after.size).toBe(3);
    for (const [message, print] of after) expect(before.get(message), message).toBe(print);
  });

  it('keeps each finding’s fingerprint when lines move', async () => {
    const before = JSON.parse((await check(['-f', 'sarif'])).stdout).runs[0].results;
    const file = path.join(dir, 'profils', 'a-ecarts.yaml');
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace('version: 1\n', '# une note\n# et une autre\nversion: 1\n'));
    try {
      const after = JSON.parse((await check(['-f', 'sarif'])).stdout).runs[0].results;
      expect(after.map((r: { partialFingerprints: object }) => r.partialFingerprints)).toEqual(before.map((r: { partialFingerprints: object }) => r.partialFingerprints));
      expect(after[0].locations[0].physicalLocation.region.startLine).toBe(before[0].locations[0].physicalLocation.region.startLine + 2);
    } finally {
      fs.writeFileSync(file, text);
    }
  });
});

describe('github', () => {
  it('writes one command per counted error (per finding with --annotations all), escaped as the Actions toolkit does', async () => {
    const json = await jsonReport();
    const errors = (await check(['-f', 'github'])).stdout.trimEnd().split('\n');
    expect(errors).toHaveLength(json.files.reduce((n, f) => n + f.findings.filter((x) => x.severity === 'error').length, 0));
    expect(errors.every((line) => line.startsWith('::error '))).toBe(true);
    const { stdout } = await check(['-f', 'github', '--annotations', 'all']);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(json.files.reduce((n, f) => n + f.findings.length, 0));
    expect(lines[0]).toMatch(/^::(error|warning|notice) file=profils\/a-ecarts\.yaml,line=\d+,col=\d+,title=clsm [a-z-]+::/);
    expect(stdout).toContain('::error file=profils/c-invalide.yaml,line=11,col=11,title=clsm schema::clsm.region : doit être');
    expect(stdout).toContain('title=clsm strategie-diagnostic-ancien::');
    expect(lines.every((line) => !line.slice(line.indexOf('::', 2) + 2).includes('\n'))).toBe(true);
    const escaped = await runCli(['check', '-', '-f', 'github', ...TODAY], { cwd: dir, stdin: 'version: 1\nx: "50 %\\r\\nfin"\n' });
    expect(escaped.stdout).toContain('::error file=<stdin>,line=1,col=1,title=clsm schema::');
  });

  it('appends the Markdown report to GITHUB_STEP_SUMMARY', async () => {
    const summary = path.join(dir, 'summary.md');
    fs.writeFileSync(summary, '# avant\n');
    await check(['-f', 'github'], { GITHUB_STEP_SUMMARY: summary });
    const text = fs.readFileSync(summary, 'utf8');
    expect(text.startsWith('# avant\n<details>')).toBe(true);
    expect(text).toContain('## Synthèse');
    fs.rmSync(summary);
  });
});

describe('gitlab', () => {
  it('is a Code Quality array with the JSON findings, mapped severities and stable fingerprints', async () => {
    const issues = JSON.parse((await check(['-f', 'gitlab'])).stdout) as Array<{ description: string; check_name: string; fingerprint: string; severity: string; location: { path: string; lines: { begin: number } } }>;
    const json = await jsonReport();
    expect(issues.map((i) => [i.location.path, i.check_name, i.location.lines.begin, i.description])).toEqual(json.files.flatMap((f) => f.findings.map((x) => [f.path, x.ruleId, x.line, x.message])));
    expect(new Set(issues.map((i) => i.severity))).toEqual(new Set(['major', 'minor', 'info']));
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
  });
});

describe('csv', () => {
  const rowsOf = (text: string) => parse(text, { bom: true, delimiter: ';', columns: true, record_delimiter: '\r\n' }) as Array<Record<string, string>>;

  it('opens as a spreadsheet reads it: BOM, semicolons, CRLF, quoting, formulas neutralised; a row per finding, per dérogation, and for a CLSM without gaps', async () => {
    const { stdout } = await check(['-f', 'csv']);
    expect(stdout.startsWith('\ufefffichier;CLSM;identifiant;département;région;année;statut du CLSM;résultat;gravité;règle;axe;écart;piste d’action;référence;champ;ligne;dérogation\r\n')).toBe(true);
    expect(stdout.replace(/\r\n/g, '')).not.toContain('\n');
    const rows = rowsOf(stdout);
    const json = await jsonReport();
    const findingRows = rows.filter((r) => r.règle !== '' && r.dérogation === '');
    expect(findingRows.map((r) => [r.fichier, r.règle, Number(r.ligne)])).toEqual(json.files.flatMap((f) => f.findings.map((x) => [f.path, x.ruleId, x.line])));
    expect(rows[0]!.CLSM).toBe(`'${HOSTILE}`);
    expect(rows.find((r) => r.règle === 'copil-reunions')).toMatchObject({
      gravité: 'erreur',
      axe: 'gouvernance',
      'statut du CLSM': 'actif',
      année: '2025',
      département: 'Finistère (29)',
      région: 'Bretagne (53)',
      résultat: 'écarts à combler',
      champ: 'Gouvernance › Comité de pilotage (COPIL) › Réunions',
    });
    // Advice in the form's words, not YAML paths.
    expect(rows.find((r) => r.règle === 'copil-reunions')!['piste d’action']).toContain('«\u00a0Comité de pilotage (COPIL) › Réunions\u00a0»');
    // The dérogation in force has its row; the CLSM without gaps has one row, with its result.
    expect(rows.find((r) => r.règle === 'coordination-temps-plein')!.dérogation).toMatch(/^jusqu’au 31\/12\/2026\u00a0: /);
    expect(rows.filter((r) => r.fichier === 'profils/b-complet.yaml')).toEqual([expect.objectContaining({ résultat: 'sans écart bloquant', règle: '', gravité: '' })]);
  });

  it('--per clsm: one row per file read, codes as text, counts per severity and per axis, dérogations in force', async () => {
    const { stdout, code } = await check(['-f', 'csv', '--per', 'clsm']);
    expect(code).toBe(1);
    const rows = rowsOf(stdout);
    const json = await jsonReport();
    expect(rows.map((r) => r.fichier)).toEqual(json.files.map((f) => f.path));
    for (const [i, file] of json.files.entries()) {
      const counts = { error: 0, warning: 0, info: 0 };
      for (const finding of file.findings) counts[finding.severity as keyof typeof counts]++;
      expect([Number(rows[i]!.erreurs), Number(rows[i]!.avertissements), Number(rows[i]!.informations)]).toEqual([counts.error, counts.warning, counts.info]);
    }
    expect(rows[1]).toMatchObject({ CLSM: "CLSM de Villeneuve-d'Ascq", département: 'Nord (59)', région: 'Hauts-de-France (32)', résultat: 'sans écart bloquant', population: '62868' });
    expect(rows[0]).toMatchObject({ 'dérogations en cours': '1', 'règles couvertes par une dérogation': 'coordination-temps-plein (jusqu’au 31/12/2026)', 'écarts\u00a0: gouvernance': '5' });
    expect(rows[2]).toMatchObject({ résultat: 'profil invalide', 'statut du CLSM': '' });
    const refused = await check(['--per', 'clsm']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('clsm\u00a0: --per clsm s’applique au format CSV\u00a0: ajoutez -f csv, ou --report csv:FICHIER.\n');
  });
});

describe('junit', () => {
  it('puts under each failing finding what to do and the referential’s section', async () => {
    const { stdout } = await check(['-f', 'junit']);
    const failure = /<testcase classname="profils\/a-ecarts\.yaml" name="copil-reunions">\s*<failure [^>]*>([^<]*)<\/failure>/.exec(stdout)![1]!;
    expect(failure).toContain('→ Réunissez le COPIL au moins 2 fois dans l’année');
    expect(failure).toContain('Référence\u00a0: Référentiel national des CLSM (2025), §4');
  });
});

describe('markdown', () => {
  it('escapes what would break a table or become HTML, and ends with the summary table', async () => {
    const { stdout } = await check(['-f', 'markdown']);
    expect(stdout).not.toContain('<script>');
    expect(stdout).toContain('&lt;script&gt;');
    // A balanced code span stays code (GitHub renders it so); a `|` is still escaped.
    expect(stdout).toContain('\\| `code`');
    expect(stdout).toContain('`categorie: aidant`');
    expect(stdout).toMatch(/## Synthèse\n\n\| Fichier \| CLSM \| Résultat \| erreurs \| avertissements \| informations \|\n\|---\|---\|---\|---\|---\|---\|\n/);
    expect(stdout).toContain('| `profils/b-complet.yaml` | CLSM de Villeneuve-d&#39;Ascq | sans écart bloquant | 0 | 0 | 0 |'.replace('&#39;', "'"));
    expect((stdout.match(/<details>/g) ?? []).length).toBe(2);
  });
});

describe('--report', () => {
  it('writes several reports from one run, each atomically, beside stdout', async () => {
    fs.mkdirSync(path.join(dir, 'out'), { recursive: true });
    const { code, stdout } = await check(['-f', 'json', '--report', 'sarif:out/r.sarif', '--report', 'csv:out/r.csv', '--report', 'html:out/r.html']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).summary.files).toBe(3);
    expect(fs.readdirSync(path.join(dir, 'out')).sort()).toEqual(['r.csv', 'r.html', 'r.sarif']);
    expect(fs.readFileSync(path.join(dir, 'out', 'r.sarif'), 'utf8')).toBe((await check(['-f', 'sarif'])).stdout);
    expect(fs.readFileSync(path.join(dir, 'out', 'r.csv'), 'utf8')).toBe((await check(['-f', 'csv'])).stdout);
    fs.rmSync(path.join(dir, 'out'), { recursive: true });
  });

  it.each([
    [['--report', 'xml:r.xml'], 'clsm : « xml » n’est pas une valeur possible de --report : choisissez parmi text, json, sarif, junit, github, gitlab, markdown, csv, html.'],
    [['--report', 'sarif'], 'clsm : « sarif » n’est pas une valeur possible de --report : écrivez FORMAT:FICHIER, avec un format parmi text, json, sarif, junit, github, gitlab, markdown, csv, html (par exemple sarif:clsm.sarif).'],
    [['--report', 'sarif:absent/r.sarif'], 'clsm : impossible d’écrire le rapport « absent/r.sarif » : le dossier « absent » n’existe pas ; créez-le d’abord.'],
    [['--report', 'sarif:r.sarif', '--report', 'junit:r.sarif'], `clsm : deux rapports seraient écrits dans le même fichier « ${'DIR'}/r.sarif » : donnez-leur des noms différents.`],
  ])('%j is a usage error before anything runs', async (args, message) => {
    const before = fs.readdirSync(dir).sort();
    const { code, stdout, stderr } = await check(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`${message.replace('DIR', fs.realpathSync(dir))}\n`);
    expect(fs.readdirSync(dir).sort()).toEqual(before);
  });
});
