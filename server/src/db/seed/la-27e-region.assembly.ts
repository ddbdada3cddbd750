import type { AssemblyInput, StatutesInput } from '../../../../common/assemblies.schemas.ts';

/**
 * La 27e Région's rules as Quorum holds them for the demo. The reference minutes do not give the
 * association's quorum: this is a common rule for an association's ordinary assembly (a quarter of
 * the members entitled to vote, present or represented; none on a second convocation), chosen here
 * and said so in `notes`.
 */
export const statutes: StatutesInput = {
  effectiveFrom: '2008-01-01',
  votingWeights: { legal_entity: 1, individual: 1, qualified_person: 1, cross_membership: 1 },
  requiresFeePaid: false,
  ordinaryQuorum: { numerator: 1, denominator: 4 },
  extraordinaryQuorum: { numerator: 1, denominator: 2 },
  doProxiesCount: true,
  isSecondConvocationFree: true,
  maxProxiesPerHolder: 2,
  doesRemoteCount: true,
  defaultMajority: 'simple',
  noticeDays: 15,
  notes:
    'Règles de démonstration : le procès-verbal de 2017 ne cite pas le quorum statutaire ; Quorum retient ici une règle courante (quart des membres ayant droit de vote, présents ou représentés ; aucun quorum en seconde convocation).',
};

export const assembly: AssemblyInput = {
  slug: 'ag-2017',
  kind: 'ordinary',
  title: 'Assemblée générale annuelle 2017',
  heldOn: '2017-06-21',
  place: 'Superpublic',
  plannedStart: '14:00',
  plannedEnd: '17:00',
  membershipYear: 2017,
  agenda: [
    {
      kind: 'informative',
      title: 'S’informer sur l’actualité de la 27e Région et ses réalisations en cours',
    },
    { kind: 'informative', title: 'Faire connaissance entre adhérents' },
    {
      kind: 'deliberative',
      title: 'Approuver les activités 2016 / 2017, les comptes 2016 et le budget prévisionnel 2017',
    },
    { kind: 'deliberative', title: 'Approuver la grille d’adhésion 2017' },
    {
      kind: 'informative',
      title:
        'Présenter les nouvelles adhésions, présenter le Conseil d’Administration et les chantiers en cours',
    },
    { kind: 'informative', title: 'Inspirer de nouvelles idées en ateliers', plannedMinutes: 45 },
    { kind: 'informative', title: 'Conclusion et buffet apéritif' },
  ],
};

export const openedAt = '2017-06-21T12:00:00.000Z';
export const closedAt = '2017-06-21T15:00:00.000Z';

/** [first name, last name, label as the reference writes it] */
type Line = [string, string, string | null];

/** "Etaient présents", in the reference's order. */
export const present: Line[] = [
  ['Christian', 'Paul', 'Président de la 27e Région'],
  ['Jean-Marie', 'Bergère', 'Trésorier de la 27e Région'],
  ['Marjorie', 'Jouen', 'Personnalité qualifiée'],
  ['Eric', 'Jupin', 'Personnalité qualifiée'],
  ['Laure', 'Bagneris', 'Région Occitanie'],
  ['Romain', 'Beaucher', 'Vraiment Vraiment'],
  ['Yannick', 'Blanc', 'La Fonda'],
  ['Loïc', 'Blondiaux', 'Paris 1 Panthéon Sorbonne'],
  ['Eric', 'Bocquel', 'Alfortville'],
  ['Guillaume', 'Bonet', "L'accélérateur de la mobilisation"],
  ['Augustin', 'Bourguignat', 'CFDT'],
  ['Grégory', 'Boyer', 'Région Grand Est'],
  ['Amélie', 'Brun', 'Conseil départemental du Calvados'],
  ['Sylvie', 'Delatte', 'Communauté urbaine de Dunkerque'],
  ['Jean-Luc', 'Delpeuch', 'Communauté de communes du clunisois'],
  ['Serge', 'Dobel', "Conseil départemental du Val d'Oise"],
  ['Dominique', 'Estienne', 'IFORE'],
  ['Thierry', 'Fellmann', 'Sel Ubuntu'],
  ['Francine', 'Fenet', 'Nantes Métropole'],
  ['Florian', 'Graveleau', 'Consiel départemental de Loire-Atlantique'],
  ['Grégoire', 'Guillot', 'Le CAC - Expert comptable'],
  ['Wandrille', 'Jumeaux', 'Conseil départemental de Seine-Saint-Denis'],
  ['Daniel', 'Kaplan', 'FING'],
  ['Vincent', 'Lamy', 'Le CAC - Expert comptable'],
  ['Sophie', 'Largeau', 'Ville de Paris'],
  ['Anne', 'Le Lagadec', 'PNR de la Vallée de la Chevreuse'],
  ['Armel', 'Le Coz', 'Démocratie Ouverte'],
  ['Clément', 'Mabi', 'UTC'],
  ['Frédérique', 'Pallez', 'CGS MINES Paristech'],
  ['Clémence', 'Pène', 'C40'],
  ['Caroline', 'Porot', 'Mulhouse'],
  ['Philippe', 'Regnard', 'La Poste'],
  ['Emmanuel', 'Rivat', 'Agence Phare'],
  ['Pierre', 'Trendel', 'POP/Assemblée des Communs'],
];

/** "Equipe 27e Région". */
export const team: Line[] = [
  ['Stéphane', 'Vincent', 'Délégué général - La 27e Région'],
  ['Anne', 'Tavernier', 'Directrice administrative et financière - La 27e Région'],
  ['Wesley', 'Pierre-Louis', 'Assistant administratif et comptable - La 27e Région'],
  ['Nadège', 'Guiraud', 'Directrice des programmes et projets - La 27e Région'],
  ['Louise', 'Guillot', 'stagiaire assistante gestion de projets - La 27e Région'],
  ['Anna', 'Lochard', 'Chargée de recherche - La 27e Région'],
  ['Magali', 'Marlin', 'Chargée de développement - La 27e Région'],
];

/** "Etaient excusés". */
export const excused: Line[] = [
  ['Henry', 'Grillet', 'Commissaire aux Comptes'],
  ['Françoise', 'Bellet', 'Région Ile-de-France'],
  ['Valentin', 'Chaput', null],
  ['Jean-Philippe', 'Clement', null],
  ['Jérôme', 'Durain', 'Sénateur de Saône et Loire'],
  ['Marion', 'Durand', 'Communauté de communes du clunisois'],
  ['Sylvia', 'Fredriksson', 'Designer'],
  ['Cécile', 'Leclair', 'Avise'],
  ['Jacques-François', 'Marchandise', 'FING'],
];
