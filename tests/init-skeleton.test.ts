// `clsm init` writes, as commented YAML with the allowed values, the blocks its questions do not ask and the rules
// check (the partnership agreement, the actions, dérogations): removing the « # » gives a valid profile.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkText } from '../src/index.js';
import { profileYaml } from '../src/init/profile-yaml.js';

const answers = {
  version: 1,
  annee_reference: 2026,
  clsm: { nom: 'CLSM de Lens', identifiant: 'lens', statut: 'actif', region: '32', departement: '62' },
  portage: { collectivite: { type: 'commune', nom: 'Ville de Lens' } },
  strategie: { diagnostic: { date: '2025-06-01' } },
};

/** The person's edit: « # » removed from the commented lines, indentation kept. */
const uncommented = (text: string) => text.replace(/^( *)# (?=( *)(- )?[a-z_]+:( |$))/gm, '$1');

describe('init: the blocks the questions do not ask', () => {
  it('are written commented inside their block (or at the end), with the allowed values listed', () => {
    const text = profileYaml(answers, 2026, 'fr');
    expect(text).toMatch(/\nportage:\n {2}collectivite:\n {4}type: commune\n {4}nom: Ville de Lens\n {2}# convention: +# charte ou convention de partenariat \(§1\)\n {2}# {3}signee: true\n/);
    expect(text).toContain('# valeurs\u00a0: collectivite, psychiatrie, ars, autre');
    expect(text).toContain('# valeurs\u00a0: stigmatisation, determinants, prevention, inclusion_droits, parcours_soins');
    expect(text).toMatch(/\n# derogations:\n# {3}- regle: coordination-temps-plein/);
    // As written, the skeletons change nothing; uncommented, they are a valid profile with every block.
    expect(parse(text)).toEqual(answers);
    const filled = parse(uncommented(text));
    expect(filled.portage.convention).toEqual({ signee: true, date: '2026-01-15', signataires: ['collectivite', 'psychiatrie'] });
    expect(filled.strategie.actions[0].publics).toEqual(['grand_public', 'professionnels']);
    expect(filled.derogations[0]).toMatchObject({ regle: 'coordination-temps-plein', jusqu_au: '2027-12-31' });
    expect(checkText(uncommented(text), { today: '2026-03-14' }).invalid).toBe(false);
  });

  it('are not written for a block the profile already has', () => {
    const text = profileYaml({ ...answers, derogations: [{ regle: 'presidence-elu', justification: 'x', jusqu_au: '2026-12-31' }] }, 2026, 'en');
    expect(text).not.toContain('# derogations:');
    expect(text).toContain('# values: grand_public, professionnels');
  });
});
