// `clsm init`'s questionnaire as a coordinator uses it: typed into a real terminal (tmux, installed by .ci/run),
// a skipped question, a wrong answer asked again, Ctrl-C writing nothing.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkText } from '../../src/index.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const cli = path.join(root, 'bin', 'clsm.js');
const TODAY = ['--today', '2026-01-15'];
let tmp: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clsm-init-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A tmux session running `clsm init` in a 100×50 terminal; keys are sent once the screen shows what is expected. */
class Terminal {
  private readonly name = `clsm-init-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  constructor(args: string[]) {
    const command = [process.execPath, cli, 'init', ...args].map((a) => `'${a}'`).join(' ');
    execFileSync('tmux', ['new-session', '-d', '-s', this.name, '-x', '100', '-y', '50', '-c', tmp, `${command}; echo "FIN $?"; sleep 30`]);
  }
  screen(): string {
    return execFileSync('tmux', ['capture-pane', '-p', '-J', '-S', '-200', '-t', this.name], { encoding: 'utf8' });
  }
  async waitFor(text: string | RegExp, timeout = 8000): Promise<string> {
    const start = Date.now();
    for (;;) {
      const screen = this.screen();
      if (typeof text === 'string' ? screen.includes(text) : text.test(screen)) return screen;
      if (Date.now() - start > timeout) throw new Error(`« ${String(text)} » n’apparaît pas ; écran :\n${screen}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  keys(...keys: string[]): void {
    execFileSync('tmux', ['send-keys', '-t', this.name, ...keys]);
  }
  /** Types the answer to the question on screen, then Enter. */
  async answer(question: string, ...keys: string[]): Promise<void> {
    // French typography puts no-break spaces in questions: any space matches.
    await this.waitFor(new RegExp(`\\? ${question.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s')}[^\\n]*$`, 'm'));
    this.keys(...keys, 'Enter');
  }
  close(): void {
    spawnSync('tmux', ['kill-session', '-t', this.name]);
  }
}

describe('clsm init, the questionnaire in a terminal', () => {
  it('asks again after a wrong date, skips what is skipped, writes a commented profile that passes the schema, then the gap report', async () => {
    const term = new Terminal(['douai.yaml', ...TODAY]);
    try {
      await term.answer('Nom du CLSM', 'CLSM de Douai');
      await term.answer('Identifiant'); // the proposed identifier
      await term.answer('Statut'); // actif, the default
      await term.answer('Année que décrit ce profil', 'BSpace', 'BSpace', 'BSpace', 'BSpace', '2025');
      // Communes by name from the Code officiel géographique: the région and the département follow, and the population.
      await term.waitFor(/\? Commune couverte/);
      term.keys('Douai');
      await term.waitFor('Douai (59178)');
      term.keys('Enter');
      await term.waitFor(/\? Autre commune couverte/);
      term.keys('Sin-le');
      await term.waitFor('Sin-le-Noble (59569)');
      term.keys('Enter');
      await term.waitFor(/\? Autre commune couverte/);
      term.keys('Enter'); // (terminer)
      await term.answer('Échelle du territoire'); // skipped
      await term.answer('Nombre de quartiers prioritaires'); // skipped
      await term.answer('Le territoire est-il rural'); // skipped
      await term.answer('Qui préside le CLSM', 'Down'); // maire
      await term.answer('Nom de la personne qui préside', 'Jeanne Martin');
      await term.answer('Catégories représentées au comité de pilotage', 'Space', 'Down', 'Space'); // elu, psychiatrie_chefferie
      await term.answer('Dates des réunions du COPIL', '14/03/2025, 31/02/2025');
      await term.waitFor(/«\s31\/02\/2025\s» n’est pas une date/);
      term.keys('C-u', '14/03/2025, 9/10/2025', 'Enter');
      await term.answer('Dates des assemblées plénières', '20/11/2025');
      await term.answer('Groupes de travail'); // skipped
      await term.answer('Ce qui rend la participation effective'); // nothing ticked
      await term.answer('Nom de la personne chargée de la coordination', 'Karim Benali');
      await term.answer('Temps consacré au CLSM', '0,5');
      for (const question of ['La personne « Karim Benali » a-t-elle suivi', 'La personne « Karim Benali » a-t-elle une fiche', 'Une autre personne coordonne-t-elle', 'Documents cadres', 'La coordination participe-t-elle']) await term.answer(question);
      for (const question of ['Financeurs de l’année', 'Date du diagnostic des besoins', 'Date de la feuille de route', 'Année du dernier bilan', 'Le CLSM capitalise-t-il', 'Des critères d’évaluation', 'Évaluations réalisées', 'Le CLSM a-t-il contribué', 'Le CLSM a-t-il rendu un avis', 'Un contrat local de santé'])
        await term.answer(question);
      const screen = await term.waitFor(/FIN \d+/);
      expect(screen).toMatch(/Profil écrit dans «\sdouai\.yaml\s»\./);
      expect(screen).toContain('CLSM de Douai — douai.yaml');
      expect(screen).toMatch(/FIN 0/);
    } finally {
      term.close();
    }
    const text = fs.readFileSync(path.join(tmp, 'douai.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=https://clsm.dev/schemas/profil-clsm.schema.json');
    expect(text).toContain('# Gouvernance (instruction et annexe 2\u202f; §4)\u00a0: présidence par un élu');
    const report = checkText(text, { today: '2026-01-15' });
    expect(report.invalid).toBe(false);
    expect(text).toContain('annee_reference: 2025\n');
    expect(text).toContain('  identifiant: douai\n  statut: actif\n  region: "32"\n  departement: "59"\n');
    expect(text).toContain('    communes:\n      - nom: Douai\n        code_insee: "59178"\n      - nom: Sin-le-Noble\n        code_insee: "59569"\n');
    expect(text).not.toContain('population:');
    expect(text).toContain('    reunions:\n      - date: 2025-03-14\n      - date: 2025-10-09\n');
    expect(text).toContain('    - nom: Karim Benali\n      etp: 0.5\n');
    expect(text).not.toContain('echelle');
    expect(text).not.toContain('financement');
    expect(report.findings.filter((f) => f.ruleId === 'copil-composition-minimale').map((f) => f.message)).toEqual([
      'Le profil ne déclare au COPIL aucun membre de la catégorie «\u00a0aidants\u00a0».',
      'Le profil ne déclare au COPIL aucun membre de la catégorie «\u00a0personnes concernées\u00a0».',
    ]);
  }, 60_000);

  it('without communes, asks for the région and the département, and asks again after a wrong département', async () => {
    const term = new Terminal(['sans-communes.yaml', ...TODAY]);
    try {
      await term.answer('Nom du CLSM', 'CLSM de Lens');
      await term.answer('Identifiant');
      await term.answer('Statut');
      await term.answer('Année que décrit ce profil');
      await term.waitFor(/\? Commune couverte/);
      term.keys('Enter'); // (terminer): no commune
      await term.answer('Région', 'Down');
      await term.answer('Département', '5');
      await term.waitFor('Un code de département');
      term.keys('9', 'Enter');
      await term.waitFor(/\? Échelle du territoire/);
      term.keys('C-c');
      expect(await term.waitFor(/FIN \d+/)).toMatch(/FIN 2/);
    } finally {
      term.close();
    }
  }, 30_000);

  it('offers an intercommunality covered whole: its SIREN is written, the région and the département follow from it', async () => {
    const term = new Terminal(['douaisis.yaml', ...TODAY]);
    try {
      await term.answer('Nom du CLSM', 'CLSM du Douaisis');
      await term.answer('Identifiant');
      await term.answer('Statut');
      await term.answer('Année que décrit ce profil');
      await term.waitFor(/\? Commune couverte, ou intercommunalité couverte en entier/);
      term.keys('Douaisis');
      await term.waitFor('CA Douaisis Agglo — intercommunalité entière, 35 communes');
      term.keys('Enter');
      // No région, département nor population is asked: the EPCI's communes give them.
      for (const question of [
        'Échelle du territoire',
        'Nombre de quartiers prioritaires',
        'Le territoire est-il rural',
        'Qui préside le CLSM',
        'Catégories représentées au comité de pilotage',
        'Dates des réunions du COPIL',
        'Dates des assemblées plénières',
        'Groupes de travail',
        'Ce qui rend la participation effective',
        'Nom de la personne chargée de la coordination',
        'Financeurs de l’année',
        'Date du diagnostic des besoins',
        'Date de la feuille de route',
        'Année du dernier bilan',
        'Le CLSM capitalise-t-il',
        'Des critères d’évaluation',
        'Évaluations réalisées',
        'Le CLSM a-t-il contribué',
        'Le CLSM a-t-il rendu un avis',
        'Un contrat local de santé',
      ])
        await term.answer(question);
      const screen = await term.waitFor(/FIN \d+/);
      expect(screen).toMatch(/Population des communes listées\s:\s149\s282\shabitants \(populations légales 2023\)/);
      expect(screen).toMatch(/FIN 0/);
    } finally {
      term.close();
    }
    const text = fs.readFileSync(path.join(tmp, 'douaisis.yaml'), 'utf8');
    expect(text).toContain('  region: "32"\n  departement: "59"\n');
    expect(text).toContain('  territoire:\n    epci: "200044618"\n\n');
    expect(text).not.toMatch(/population:|communes:/);
    const report = checkText(text, { today: '2026-01-15' });
    expect(report.invalid).toBe(false);
    expect(report.facts?.territory).toEqual(expect.objectContaining({ vintage: 2023 }));
    expect(report.facts?.territory?.units).toHaveLength(35);
  }, 60_000);

  it('writes nothing when Ctrl-C stops it', async () => {
    const term = new Terminal(['arrete.yaml', ...TODAY]);
    try {
      await term.answer('Nom du CLSM', 'CLSM de Lens');
      await term.waitFor('? Identifiant');
      term.keys('C-c');
      const screen = await term.waitFor(/FIN \d+/);
      expect(screen).toContain('Questionnaire interrompu\u00a0: aucun fichier n’a été écrit.');
      expect(screen).toMatch(/FIN 2/);
    } finally {
      term.close();
    }
    expect(fs.readdirSync(tmp).filter((f) => f.startsWith('arrete') || f.startsWith('.arrete'))).toEqual([]);
  }, 30_000);
});

