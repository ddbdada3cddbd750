import type { MembershipStatus } from '../../../../common/memberships.ts';
import type { CategorySeed, OrganisationSeed } from './seed-helpers.ts';

/**
 * La 27e Région's membership categories, in its order and words: the fee table names them by
 * label, the minutes count authorities as "collectivités et institutions" and individuals by their
 * memberships, the fee grid's sentence speaks of "personnes morales" and "personnes physiques".
 */
export const categories: CategorySeed[] = [
  {
    code: 'legal_entity',
    kind: 'organisation',
    fr: ['Personne morale', 'Personnes morales', 'collectivités et institutions'],
    en: ['Legal entity', 'Legal entities', 'local authorities and institutions'],
  },
  {
    code: 'individual',
    kind: 'person',
    fr: ['Personne physique', 'Personnes physiques', 'adhésions individuelles'],
    en: ['Individual', 'Individuals', 'individual memberships'],
  },
  {
    code: 'qualified_person',
    kind: 'person',
    fr: ['Personnalité qualifiée', 'Personnalités qualifiées', 'adhésions de personnalités qualifiées'],
    en: ['Qualified person', 'Qualified persons', 'qualified persons’ memberships'],
  },
  {
    code: 'cross_membership',
    kind: 'organisation',
    fr: ['Adhésion croisée', 'Adhésions croisées', 'adhésions croisées'],
    en: ['Cross-membership', 'Cross-memberships', 'cross-memberships'],
    hasPartner: true,
  },
];

/**
 * The 2017 memberships of La 27e Région as the reference states them on 21 June 2017 ("ADHÉSIONS
 * 2017"), with the 2017 fee grid. The reference names the organisations; each one's dated history is
 * what would have happened in 2017 (calls in January, validations through the spring). A few
 * changes after 21 June show that the summary reads the status as it stood on the day asked.
 */
export const feeGrid2017 = {
  legal_entity: 500_000,
  individual: 4_000,
  qualified_person: 4_000,
  cross_membership: 0,
};

/** Members the attendance lists do not name; written as the "ADHÉSIONS 2017" paragraph writes them. */
export const memberOrganisations: OrganisationSeed[] = [
  { name: 'Régions de France', kind: 'association', aliases: ['Région de France'] },
  { name: 'Région Bretagne', kind: 'region', aliases: ['Bretagne'] },
  { name: 'Département de l’Isère', kind: 'department', aliases: ['Isère'] },
  { name: 'Rennes Métropole', kind: 'metropolis' },
  { name: 'Grenoble-Alpes Métropole', kind: 'metropolis' },
  { name: 'Bordeaux Métropole', kind: 'metropolis' },
  { name: 'Eurométropole de Strasbourg', kind: 'metropolis' },
  { name: 'Métropole européenne de Lille', kind: 'metropolis', aliases: ['Lille Métropole'] },
  { name: 'Lab de Pôle emploi', kind: 'public_body', aliases: ['Lab de Pôle Emploi'] },
  { name: 'Département de la Gironde', kind: 'department', aliases: ['Gironde'] },
  { name: 'Région Bourgogne-Franche-Comté', kind: 'region', aliases: ['Bourgogne-Franche-Comté'] },
  { name: 'Région Centre-Val de Loire', kind: 'region', aliases: ['Centre-Val de Loire'] },
  { name: 'Région Nouvelle-Aquitaine', kind: 'region', aliases: ['Nouvelle-Aquitaine'] },
  { name: 'Région Réunion', kind: 'region', aliases: ['Réunion', 'La Réunion'] },
  { name: 'Cap Digital', kind: 'association' },
];

export interface MembershipSeed {
  member: string;
  history: [MembershipStatus, string][];
}

const validatedOn = (day: string): [MembershipStatus, string][] => [
  ['renewal_pending', '2017-01-09'],
  ['validated', day],
];

/** "20 collectivités et institutions ont validé leur adhésion", in the reference's order and words. */
export const legalEntities: MembershipSeed[] = [
  { member: 'Région de France', history: validatedOn('2017-02-14') },
  { member: 'Bretagne', history: validatedOn('2017-03-02') },
  { member: 'Ile de France', history: validatedOn('2017-04-11') },
  { member: 'Occitanie', history: validatedOn('2017-03-20') },
  { member: 'Isère', history: validatedOn('2017-05-16') },
  { member: 'Seine-Saint-Denis', history: validatedOn('2017-02-27') },
  { member: 'Calvados', history: validatedOn('2017-04-03') },
  { member: 'Loire-Atlantique', history: validatedOn('2017-03-14') },
  { member: 'Paris', history: validatedOn('2017-02-06') },
  { member: 'Nantes Métropole', history: validatedOn('2017-03-28') },
  { member: 'Rennes Métropole', history: validatedOn('2017-04-24') },
  { member: 'Grenoble-Alpes Métropole', history: validatedOn('2017-05-09') },
  { member: 'Mulhouse', history: validatedOn('2017-01-30') },
  { member: 'Bordeaux Métropole', history: validatedOn('2017-05-22') },
  { member: 'Eurométropole de Strasbourg', history: validatedOn('2017-04-18') },
  { member: 'CU Dunkerque', history: validatedOn('2017-03-07') },
  {
    member: 'Alfortville',
    history: [
      ['validation_pending', '2017-02-01'],
      ['validated', '2017-06-06'],
    ],
  },
  { member: 'Lille Métropole', history: validatedOn('2017-05-30') },
  {
    member: 'IFORE',
    history: [
      ['validation_pending', '2017-03-01'],
      ['validated', '2017-05-04'],
    ],
  },
  {
    member: 'Lab de Pôle Emploi',
    history: [
      ['in_preparation', '2017-02-15'],
      ['validation_pending', '2017-04-10'],
      ['validated', '2017-06-13'],
    ],
  },
];

/** "6 sont en cours de renouvellement ou de validation". */
export const pendingLegalEntities: MembershipSeed[] = [
  {
    member: 'Gironde',
    history: [
      ['renewal_pending', '2017-01-09'],
      ['validated', '2017-07-04'],
    ],
  },
  { member: 'Grand Est', history: [['validation_pending', '2017-03-21']] },
  { member: 'Bourgogne-Franche-Comté', history: [['validation_pending', '2017-04-26']] },
  { member: 'Centre-Val de Loire', history: [['renewal_pending', '2017-01-09']] },
  {
    member: 'Nouvelle-Aquitaine',
    history: [
      ['validation_pending', '2017-05-15'],
      ['validated', '2017-09-19'],
    ],
  },
  { member: 'Réunion', history: [['renewal_pending', '2017-01-09']] },
];

/** "3 adhésions croisées : deux confirmées avec la FING et Démocratie ouverte et une en préparation avec Cap Digital." */
export const crossMemberships: MembershipSeed[] = [
  { member: 'FING', history: [['validated', '2017-01-23']] },
  {
    member: 'Démocratie Ouverte',
    history: [
      ['in_preparation', '2017-02-10'],
      ['validated', '2017-04-05'],
    ],
  },
  { member: 'Cap Digital', history: [['in_preparation', '2017-05-11']] },
];

/** Individual members the reference names: 16 validated on 21 June 2017 ("16 adhésions individuelles validées"). */
export const validatedIndividuals: [string, string, string][] = [
  ['Christian', 'Paul', '2017-01-16'],
  ['Jean-Marie', 'Bergère', '2017-01-16'],
  ['Marjorie', 'Jouen', '2017-02-02'],
  ['Eric', 'Jupin', '2017-02-20'],
  ['Daniel', 'Kaplan', '2017-01-25'],
  ['Loïc', 'Blondiaux', '2017-03-09'],
  ['Armel', 'Le Coz', '2017-02-13'],
  ['Frédérique', 'Pallez', '2017-03-30'],
  ['Clémence', 'Pène', '2017-04-12'],
  ['Pierre', 'Trendel', '2017-03-16'],
  ['Sandra', 'Desmettre', '2017-02-08'],
  ['Olivier', 'Jouan', '2017-05-03'],
  ['Romain', 'Thevenet', '2017-04-20'],
  ['Yannick', 'Blanc', '2017-05-24'],
  ['Romain', 'Beaucher', '2017-06-01'],
  ['Clément', 'Mabi', '2017-06-08'],
];

/** Named individuals whose membership was being validated ("36 en cours de validation"). */
export const pendingIndividuals: [string, string, string][] = [
  ['Guillaume', 'Bonet', '2017-05-29'],
  ['Augustin', 'Bourguignat', '2017-06-02'],
  ['Thierry', 'Fellmann', '2017-05-18'],
  ['Emmanuel', 'Rivat', '2017-06-12'],
  ['Philippe', 'Regnard', '2017-06-07'],
  ['Valentin', 'Chaput', '2017-04-27'],
  ['Jean-Philippe', 'Clement', '2017-05-10'],
  ['Sylvia', 'Fredriksson', '2017-03-23'],
  ['Cécile', 'Leclair', '2017-06-14'],
  ['Jacques-François', 'Marchandise', '2017-02-22'],
];

/**
 * The reference names 26 of the 52 individual members only by their count: these are generated,
 * and plainly fictitious (last name "Exemple", no contact details).
 */
export function fictitiousIndividuals(count: number): [string, string, string][] {
  const firstNames = [
    'Camille',
    'Dominique',
    'Claude',
    'Alix',
    'Sacha',
    'Morgan',
    'Charlie',
    'Maxime',
    'Noa',
    'Louison',
  ];
  return Array.from({ length: count }, (_, index) => {
    const number = String(index + 1).padStart(2, '0');
    const month = String(2 + (index % 4)).padStart(2, '0');
    const day = String(3 + ((index * 5) % 24)).padStart(2, '0');
    return [firstNames[index % firstNames.length]!, `Exemple ${number}`, `2017-${month}-${day}`];
  });
}
