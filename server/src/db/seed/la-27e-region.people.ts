import type { OrganisationSeed } from './seed-helpers.ts';

/**
 * The persons and organisations of the reference minutes (AG of 21 June 2017), as the register
 * holds them: one record per person or body, with the spellings the minutes use as aliases.
 * `org` names an organisation by any of its names; `title` is what the person is for it.
 */
export const association = {
  name: 'La 27e Région',
  shortName: '27e Région',
  timeZone: 'Europe/Paris',
  locale: 'fr' as const,
};

export const organisations: OrganisationSeed[] = [
  { name: 'La 27e Région', kind: 'association', aliases: ['27e Région', 'La 27^e Région'] },
  { name: 'Région Occitanie', kind: 'region', aliases: ['Occitanie'] },
  { name: 'Vraiment Vraiment', kind: 'company' },
  { name: 'La Fonda', kind: 'association' },
  {
    name: 'Université Paris 1 Panthéon-Sorbonne',
    kind: 'university',
    aliases: ['Paris 1 Panthéon Sorbonne'],
  },
  { name: 'Ville d’Alfortville', kind: 'municipality', aliases: ['Alfortville'] },
  {
    name: 'L’accélérateur de la mobilisation',
    kind: 'association',
    aliases: ["L'accélérateur de la mobilisation"],
  },
  { name: 'CFDT', kind: 'union' },
  { name: 'Région Grand Est', kind: 'region', aliases: ['Grand Est'] },
  {
    name: 'Département du Calvados',
    kind: 'department',
    aliases: ['Conseil départemental du Calvados', 'Calvados'],
  },
  {
    name: 'Communauté urbaine de Dunkerque',
    kind: 'urban_community',
    aliases: ['CU Dunkerque', 'Dunkerque'],
  },
  { name: 'Communauté de communes du Clunisois', kind: 'community_of_communes' },
  { name: 'Département du Val-d’Oise', kind: 'department', aliases: ["Conseil départemental du Val d'Oise"] },
  { name: 'IFORE', kind: 'state_service', aliases: ['Institut de formation de l’environnement'] },
  { name: 'Sel Ubuntu', kind: 'association' },
  { name: 'Nantes Métropole', kind: 'metropolis' },
  { name: 'Ville de Nantes', kind: 'municipality', aliases: ['Nantes', 'ville de Nantes'] },
  {
    name: 'Département de Loire-Atlantique',
    kind: 'department',
    aliases: [
      'Conseil départemental de Loire-Atlantique',
      'Consiel départemental de Loire-Atlantique',
      'Loire-Atlantique',
    ],
  },
  { name: 'Le CAC', kind: 'company', aliases: ['Le CAC - Expert comptable'] },
  {
    name: 'Département de la Seine-Saint-Denis',
    kind: 'department',
    aliases: ['Conseil départemental de Seine-Saint-Denis', 'Seine-Saint-Denis'],
  },
  { name: 'FING', kind: 'association', aliases: ['Fondation Internet Nouvelle Génération'] },
  { name: 'Ville de Paris', kind: 'municipality', aliases: ['Paris', 'ville de Paris'] },
  {
    name: 'PNR de la Vallée de la Chevreuse',
    kind: 'regional_natural_park',
    aliases: ['Parc naturel régional de la Haute Vallée de Chevreuse'],
  },
  { name: 'Démocratie Ouverte', kind: 'association' },
  { name: 'UTC', kind: 'university', aliases: ['Université de technologie de Compiègne'] },
  { name: 'CGS MINES ParisTech', kind: 'university', aliases: ['CGS MINES Paristech'] },
  { name: 'C40', kind: 'association', aliases: ['C40 Cities'] },
  { name: 'Ville de Mulhouse', kind: 'municipality', aliases: ['Mulhouse', 'ville de Mulhouse'] },
  { name: 'La Poste', kind: 'public_body' },
  { name: 'Agence Phare', kind: 'company' },
  { name: 'POP/Assemblée des Communs', kind: 'association', aliases: ['Assemblée des Communs'] },
  { name: 'Sénat', kind: 'state_service' },
  {
    name: 'Région Île-de-France',
    kind: 'region',
    aliases: ['Région Ile-de-France', 'Île-de-France', 'Ile de France'],
  },
  { name: 'Avise', kind: 'association' },
];

export interface PersonEntry {
  firstName: string;
  lastName: string;
  affiliations?: { org: string; title?: string; isStaff?: boolean }[];
  notes?: string;
}

const staff = (title: string) => [{ org: 'La 27e Région', title, isStaff: true }];

/** Everyone the reference names: present, team, excused and board, each once. */
export const persons: PersonEntry[] = [
  {
    firstName: 'Christian',
    lastName: 'Paul',
    affiliations: [{ org: 'La 27e Région', title: 'Président de la 27e Région' }],
  },
  {
    firstName: 'Jean-Marie',
    lastName: 'Bergère',
    affiliations: [{ org: 'La 27e Région', title: 'Trésorier de la 27e Région' }],
  },
  { firstName: 'Marjorie', lastName: 'Jouen', notes: 'Personnalité qualifiée' },
  { firstName: 'Eric', lastName: 'Jupin', notes: 'Personnalité qualifiée' },
  { firstName: 'Laure', lastName: 'Bagneris', affiliations: [{ org: 'Région Occitanie' }] },
  { firstName: 'Romain', lastName: 'Beaucher', affiliations: [{ org: 'Vraiment Vraiment' }] },
  { firstName: 'Yannick', lastName: 'Blanc', affiliations: [{ org: 'La Fonda' }] },
  { firstName: 'Loïc', lastName: 'Blondiaux', affiliations: [{ org: 'Paris 1 Panthéon Sorbonne' }] },
  { firstName: 'Eric', lastName: 'Bocquel', affiliations: [{ org: 'Alfortville' }] },
  { firstName: 'Guillaume', lastName: 'Bonet', affiliations: [{ org: "L'accélérateur de la mobilisation" }] },
  { firstName: 'Augustin', lastName: 'Bourguignat', affiliations: [{ org: 'CFDT' }] },
  { firstName: 'Grégory', lastName: 'Boyer', affiliations: [{ org: 'Région Grand Est' }] },
  { firstName: 'Amélie', lastName: 'Brun', affiliations: [{ org: 'Conseil départemental du Calvados' }] },
  { firstName: 'Sylvie', lastName: 'Delatte', affiliations: [{ org: 'Communauté urbaine de Dunkerque' }] },
  {
    firstName: 'Jean-Luc',
    lastName: 'Delpeuch',
    affiliations: [{ org: 'Communauté de communes du Clunisois' }],
  },
  { firstName: 'Serge', lastName: 'Dobel', affiliations: [{ org: "Conseil départemental du Val d'Oise" }] },
  { firstName: 'Dominique', lastName: 'Estienne', affiliations: [{ org: 'IFORE' }] },
  { firstName: 'Thierry', lastName: 'Fellmann', affiliations: [{ org: 'Sel Ubuntu' }] },
  {
    firstName: 'Francine',
    lastName: 'Fenet',
    affiliations: [
      { org: 'Nantes Métropole' },
      { org: 'Ville de Nantes', title: 'Représentante de la ville de Nantes' },
    ],
  },
  {
    firstName: 'Florian',
    lastName: 'Graveleau',
    affiliations: [{ org: 'Conseil départemental de Loire-Atlantique' }],
  },
  {
    firstName: 'Grégoire',
    lastName: 'Guillot',
    affiliations: [{ org: 'Le CAC', title: 'Expert comptable' }],
  },
  {
    firstName: 'Wandrille',
    lastName: 'Jumeaux',
    affiliations: [{ org: 'Conseil départemental de Seine-Saint-Denis' }],
  },
  { firstName: 'Daniel', lastName: 'Kaplan', affiliations: [{ org: 'FING' }] },
  { firstName: 'Vincent', lastName: 'Lamy', affiliations: [{ org: 'Le CAC', title: 'Expert comptable' }] },
  { firstName: 'Sophie', lastName: 'Largeau', affiliations: [{ org: 'Ville de Paris' }] },
  { firstName: 'Anne', lastName: 'Le Lagadec', affiliations: [{ org: 'PNR de la Vallée de la Chevreuse' }] },
  { firstName: 'Armel', lastName: 'Le Coz', affiliations: [{ org: 'Démocratie Ouverte' }] },
  { firstName: 'Clément', lastName: 'Mabi', affiliations: [{ org: 'UTC' }] },
  { firstName: 'Frédérique', lastName: 'Pallez', affiliations: [{ org: 'CGS MINES ParisTech' }] },
  { firstName: 'Clémence', lastName: 'Pène', affiliations: [{ org: 'C40' }] },
  {
    firstName: 'Caroline',
    lastName: 'Porot',
    affiliations: [{ org: 'Ville de Mulhouse', title: 'Représentante de la ville de Mulhouse' }],
  },
  { firstName: 'Philippe', lastName: 'Regnard', affiliations: [{ org: 'La Poste' }] },
  { firstName: 'Emmanuel', lastName: 'Rivat', affiliations: [{ org: 'Agence Phare' }] },
  { firstName: 'Pierre', lastName: 'Trendel', affiliations: [{ org: 'POP/Assemblée des Communs' }] },
  // Equipe 27e Région
  { firstName: 'Stéphane', lastName: 'Vincent', affiliations: staff('Délégué général') },
  {
    firstName: 'Anne',
    lastName: 'Tavernier',
    affiliations: staff('Directrice administrative et financière'),
  },
  {
    firstName: 'Wesley',
    lastName: 'Pierre-Louis',
    affiliations: staff('Assistant administratif et comptable'),
  },
  { firstName: 'Nadège', lastName: 'Guiraud', affiliations: staff('Directrice des programmes et projets') },
  {
    firstName: 'Louise',
    lastName: 'Guillot',
    affiliations: staff('Stagiaire assistante gestion de projets'),
  },
  { firstName: 'Anna', lastName: 'Lochard', affiliations: staff('Chargée de recherche') },
  { firstName: 'Magali', lastName: 'Marlin', affiliations: staff('Chargée de développement') },
  // Excused
  { firstName: 'Henry', lastName: 'Grillet', notes: 'Commissaire aux comptes' },
  { firstName: 'Françoise', lastName: 'Bellet', affiliations: [{ org: 'Région Île-de-France' }] },
  { firstName: 'Valentin', lastName: 'Chaput' },
  { firstName: 'Jean-Philippe', lastName: 'Clement' },
  {
    firstName: 'Jérôme',
    lastName: 'Durain',
    affiliations: [{ org: 'Sénat', title: 'Sénateur de Saône et Loire' }],
  },
  { firstName: 'Marion', lastName: 'Durand', affiliations: [{ org: 'Communauté de communes du Clunisois' }] },
  { firstName: 'Sylvia', lastName: 'Fredriksson', notes: 'Designer' },
  { firstName: 'Cécile', lastName: 'Leclair', affiliations: [{ org: 'Avise' }] },
  { firstName: 'Jacques-François', lastName: 'Marchandise', affiliations: [{ org: 'FING' }] },
  // Board members the attendance lists do not name
  {
    firstName: 'Emmanuel',
    lastName: 'Grégoire',
    affiliations: [{ org: 'Ville de Paris', title: 'Représentant de la ville de Paris' }],
  },
  { firstName: 'Sandra', lastName: 'Desmettre' },
  { firstName: 'Olivier', lastName: 'Jouan' },
  { firstName: 'Romain', lastName: 'Thevenet' },
];
