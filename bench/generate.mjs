// Writes N varied, realistic profiles (about 7 KB each, as SPEC §8 measured) for the benchmark.
// Deterministic: the same N gives the same files.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

// Real communes of the Code officiel géographique, by département (with their région): the profiles list 20 to 45
// consecutive communes of one département, as an intercommunal CLSM does (SPEC §11).
const COG = createRequire(import.meta.url)('@etalab/decoupage-administratif/data/communes.json').filter((c) => c.type === 'commune-actuelle' && c.population !== undefined && !c.departement.startsWith('97'));
const BY_DEPARTEMENT = new Map();
for (const commune of COG) (BY_DEPARTEMENT.get(commune.departement) ?? BY_DEPARTEMENT.set(commune.departement, []).get(commune.departement)).push(commune);
const DEPARTEMENTS = [...BY_DEPARTEMENT.keys()].sort();

function prng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORIES = ['ars', 'professionnel_sante', 'social_medico_social', 'logement', 'education', 'justice', 'securite', 'conseil_departemental', 'association', 'habitant', 'psychiatrie_equipe'];
const OBJECTIFS = ['stigmatisation', 'determinants', 'prevention', 'inclusion_droits', 'parcours_soins'];
const OPERATIONNELS = ['besoins_priorites', 'programme_actions', 'reseau_decloisonnement', 'ressources_locales'];
const THEMES = ['logement', 'jeunesse', 'parcours', 'precarite', 'personnes agees', 'prevention du suicide', 'culture et sante mentale'];

export function profile(i, random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const chance = (p) => random() < p;
  const year = 2025;
  const statut = chance(0.8) ? 'actif' : chance(0.5) ? 'en_creation' : 'en_sommeil';
  const departement = DEPARTEMENTS[i % DEPARTEMENTS.length];
  const inDepartement = BY_DEPARTEMENT.get(departement);
  const start = Math.floor(random() * inDepartement.length);
  const listed = Array.from({ length: Math.min(inDepartement.length, 20 + Math.floor(random() * 25)) }, (_, k) => inDepartement[(start + k) % inDepartement.length]);
  const communes = listed.map((c) => `      - nom: ${JSON.stringify(c.nom)}\n        code_insee: "${c.code}"`);
  const population = listed.reduce((sum, c) => sum + c.population, 0);
  const members = [
    chance(0.95) ? '      - { categorie: elu, fonction: Adjointe a la sante, structure: Ville }' : '',
    chance(0.9) ? '      - { categorie: psychiatrie_chefferie, fonction: Chef de pole, structure: EPSM }' : '',
    chance(0.85) ? '      - { categorie: personne_concernee, structure: GEM Les Pas Sages }' : '',
    chance(0.8) ? '      - { categorie: aidant, structure: Unafam }' : '',
    ...Array.from({ length: 4 + Math.floor(random() * 8) }, (_, k) => `      - categorie: ${pick(CATEGORIES)}\n        fonction: Responsable ${k}\n        structure: Structure partenaire numero ${k} du territoire`),
  ].filter(Boolean);
  const meetings = Array.from({ length: Math.floor(random() * 4) }, () => `      - date: ${year - (chance(0.15) ? 1 : 0)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`);
  const groups = Array.from({ length: 1 + Math.floor(random() * 5) }, (_, k) => `    - nom: Groupe ${pick(THEMES)} ${k}\n      thematique: ${pick(THEMES)}\n      nombre_reunions: ${Math.floor(random() * 6)}\n      personnes_concernees: ${chance(0.7)}`);
  const actions = Array.from({ length: 2 + Math.floor(random() * 8) }, (_, k) => `    - intitule: Action ${k} de sensibilisation et de formation sur le territoire\n      objectifs: [${OBJECTIFS.filter(() => chance(0.35)).join(', ') || pick(OBJECTIFS)}]\n      objectifs_operationnels: [${OPERATIONNELS.filter(() => chance(0.4)).join(', ') || pick(OPERATIONNELS)}]\n      publics: [${chance(0.6) ? 'grand_public' : 'professionnels'}]`);
  const coordinators = Array.from({ length: chance(0.9) ? 1 + (chance(0.2) ? 1 : 0) : 0 }, (_, k) => `    - nom: Coordonnateur ${k}\n      etp: ${pick([0.3, 0.5, 0.8, 1.0])}\n      employeur: ${pick(['collectivite', 'etablissement_sante', 'association'])}\n      fiche_de_poste: ${chance(0.8)}\n      formation_nationale: ${chance(0.6)}`);
  const typo = chance(0.03) ? '    reunion: []\n' : '';
  return `# Profil genere pour le banc d'essai n° ${i}
version: 1
annee_reference: ${year}

clsm:
  nom: CLSM numero ${i}
  identifiant: clsm-${i}
  statut: ${statut}
  date_creation: 2015-0${1 + (i % 9)}-15
  region: "${inDepartement[0].region}"
  departement: "${departement}"
  territoire:
    echelle: intercommunalite
    communes:
${communes.join('\n')}
    population: ${chance(0.9) ? population : 5000 + Math.floor(random() * 300000)}
    quartiers_prioritaires: ${Math.floor(random() * 4)}
    rural: ${chance(0.3)}
  contact:
    email: clsm-${i}@example.fr

portage:
  collectivite: { type: epci, nom: Communaute de communes ${i} }
  psychiatrie: { etablissement: Centre hospitalier ${i}, secteurs: ["59G21", "59G22"] }
  convention:
    signee: ${chance(0.8)}
    date: 2019-03-01
    signataires: [collectivite, psychiatrie${chance(0.5) ? ', ars' : ''}]

gouvernance:
  presidence:
    fonction: ${pick(['maire', 'president_epci', 'elu_delegue', 'autre'])}
    nom: Personne ${i}
  copil:
    membres:
${members.join('\n')}
${typo}    reunions:
${meetings.length ? meetings.join('\n') : '      []'}
  groupes_travail:
${groups.join('\n')}
  assemblee_pleniere:
    reunions:
      - date: ${chance(0.7) ? year : year - 1}-11-20
        participants: ${20 + Math.floor(random() * 200)}

participation:
  retribution: ${chance(0.5)}
  modalites_adaptees: ${chance(0.6)}
  habitants: ${chance(0.7)}

coordination:
${coordinators.length ? `  coordonnateurs:\n${coordinators.join('\n')}\n` : ''}  documents_cadres: [${chance(0.5) ? 'fiche_de_poste, ' : ''}convention_fonctionnement]
  animation_reseau: ${chance(0.7)}

financement:
  annee: ${chance(0.9) ? year : year - 1}
  sources:
    - { financeur: collectivite, montant: ${10000 + Math.floor(random() * 40000)}, objets: [coordination] }
    - { financeur: ars, montant: ${Math.floor(random() * 40000)}, objets: [coordination, actions${chance(0.5) ? ', participation' : ''}] }
    - { financeur: psychiatrie, montant: ${chance(0.6) ? 5000 : 0}, objets: [actions] }

strategie:
  diagnostic: { date: ${2016 + Math.floor(random() * 9)}-06-01 }
  feuille_de_route: { date_adoption: 2024-01-15 }
  actions:
${actions.join('\n')}

suivi:
  bilan_activite: { annee: ${year - Math.floor(random() * 3)} }
  capitalisation: ${chance(0.5)}
  evaluation:
    criteres_definis: ${chance(0.6)}
    realisees: [processus]

articulations:
  ptsm: { contribution_diagnostic: ${chance(0.8)}, avis_rendu: ${chance(0.7)} }
  cls: { existe: ${chance(0.5)}, instances_distinctes: true, coordination_distincte: ${chance(0.8)}, diagnostics_partages: ${chance(0.7)} }
${chance(0.2) ? `
derogations:
  - regle: coordination-temps-plein
    justification: Territoire rural, temps partiel decide en COPIL.
    jusqu_au: 2026-12-31
` : ''}`;
}

export function generate(directory, count) {
  fs.rmSync(directory, { recursive: true, force: true });
  fs.mkdirSync(directory, { recursive: true });
  const random = prng(20250513);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = profile(i, random);
    bytes += text.length;
    fs.writeFileSync(path.join(directory, `clsm-${String(i).padStart(5, '0')}.yaml`), text);
  }
  return bytes / count;
}
