// The profile `clsm init --template` writes: every block, with example values a coordinator replaces.
// It passes the schema; its gaps are those of an example, not of a real CLSM.
export function templateProfile(year: number): Record<string, unknown> {
  const date = (monthDay: string, y = year) => `${y}-${monthDay}`;
  return {
    version: 1,
    annee_reference: year,
    clsm: {
      nom: 'CLSM de Ma-Ville',
      identifiant: 'ma-ville',
      statut: 'actif',
      date_creation: date('01-15', year - 4),
      region: '32',
      departement: '59',
      territoire: { echelle: 'commune', communes: [{ nom: 'Ma-Ville', code_insee: '59000' }], population: 50000, quartiers_prioritaires: 1, rural: false },
      contact: { email: 'coordination@ma-ville.fr' },
    },
    portage: {
      collectivite: { type: 'commune', nom: 'Ville de Ma-Ville' },
      psychiatrie: { etablissement: 'Établissement public de santé mentale', secteurs: ['59G00'] },
      convention: { signee: true, date: date('03-01', year - 3), signataires: ['collectivite', 'psychiatrie'] },
    },
    gouvernance: {
      presidence: { fonction: 'maire', nom: 'Prénom Nom' },
      copil: {
        membres: [
          { categorie: 'elu', fonction: 'Adjointe ou adjoint à la santé' },
          { categorie: 'psychiatrie_chefferie', fonction: 'Cheffe ou chef de pôle' },
          { categorie: 'personne_concernee', structure: 'Groupe d’entraide mutuelle' },
          { categorie: 'aidant', structure: 'Association de familles' },
          { categorie: 'ars', structure: 'Délégation départementale' },
        ],
        reunions: [{ date: date('03-15') }, { date: date('10-15') }],
      },
      groupes_travail: [{ nom: 'Logement et santé mentale', thematique: 'logement', nombre_reunions: 4, personnes_concernees: true }],
      assemblee_pleniere: { reunions: [{ date: date('11-20'), participants: 100 }] },
    },
    participation: { retribution: true, modalites_adaptees: true, habitants: true },
    coordination: {
      coordonnateurs: [{ nom: 'Prénom Nom', etp: 1, employeur: 'collectivite', fiche_de_poste: true, formation_nationale: true }],
      documents_cadres: ['fiche_de_poste', 'convention_fonctionnement'],
      animation_reseau: true,
    },
    financement: {
      annee: year,
      sources: [
        { financeur: 'collectivite', montant: 30000, objets: ['coordination'] },
        { financeur: 'ars', montant: 25000, objets: ['coordination', 'actions', 'participation'] },
        { financeur: 'psychiatrie', montant: 5000, objets: ['actions'] },
      ],
    },
    strategie: {
      diagnostic: { date: date('06-01', year - 2) },
      feuille_de_route: { date_adoption: date('01-15', year - 1) },
      actions: [
        { intitule: 'Semaines d’information sur la santé mentale', objectifs: ['stigmatisation', 'prevention'], objectifs_operationnels: ['programme_actions'], publics: ['grand_public'] },
        { intitule: 'Premiers secours en santé mentale', objectifs: ['prevention', 'parcours_soins'], objectifs_operationnels: ['programme_actions', 'reseau_decloisonnement'], publics: ['professionnels'] },
        { intitule: 'Commission de situations complexes', objectifs: ['determinants', 'inclusion_droits', 'parcours_soins'], objectifs_operationnels: ['besoins_priorites', 'reseau_decloisonnement'], publics: ['professionnels'] },
        { intitule: 'Guide des ressources locales en santé mentale', objectifs: ['parcours_soins'], objectifs_operationnels: ['ressources_locales'], publics: ['grand_public', 'professionnels'] },
      ],
    },
    suivi: { bilan_activite: { annee: year - 1 }, capitalisation: true, evaluation: { criteres_definis: true, realisees: ['processus'] } },
    articulations: {
      ptsm: { contribution_diagnostic: true, avis_rendu: true },
      cls: { existe: true, instances_distinctes: true, coordination_distincte: true, diagnostics_partages: true },
    },
  };
}
