import type { ContractKind, FigurePrecision } from '../../../../common/staff.ts';

/** The team by function, as the reference lists "Composition de l'équipe actuelle": the demo's own list. */
export const staffFunctions2017 = [
  { code: 'direction', labelFr: 'Direction générale', labelEn: 'Management' },
  { code: 'research', labelFr: 'Recherche', labelEn: 'Research' },
  { code: 'design', labelFr: 'Design', labelEn: 'Design' },
  {
    code: 'coordination',
    labelFr: 'Coordination et gestion de projets',
    labelEn: 'Coordination and project management',
  },
  { code: 'international', labelFr: 'International', labelEn: 'International' },
  {
    code: 'administration',
    labelFr: 'Administration et gestion financière',
    labelEn: 'Administration and finance',
  },
] as const;
type StaffFunction = (typeof staffFunctions2017)[number]['code'];

/**
 * "ÉVOLUTION DE LA MASSE SALARIALE DE 2012 À 2018" of the reference. The history it gives names no
 * one, so it is kept as recorded figures. The team of April 2017 is "Composition de l'équipe
 * actuelle" with the names the reference gives (full names where the attendance list has them).
 * The reference gives the team's total only (10 employees, 8,64 ETP, 1 intern): how the 8,64 splits
 * between people, the contracts other than Lilas's subsidised one and the start dates are the
 * demo's assumptions, chosen so that the team computed on 30 April 2017 is the reference's.
 */
export const staffFigures: {
  onDay: string;
  precision: FigurePrecision;
  headcount: number | null;
  fte: string;
  interns: number;
  source: string;
}[] = [
  {
    onDay: '2012-12-31',
    precision: 'year',
    headcount: null,
    fte: '3,3',
    interns: 0,
    source: 'En 2012 l’équipe représentait 3,3 équivalents temps plein (ETP).',
  },
  {
    onDay: '2014-09-30',
    precision: 'month',
    headcount: null,
    fte: '7,22',
    interns: 0,
    source: 'En septembre 2014, nous passons à 7,22 ETP.',
  },
  {
    onDay: '2017-04-30',
    precision: 'month',
    headcount: 10,
    fte: '8,64',
    interns: 1,
    source: 'En avril 2017, nous sommes 10 salariés ou 8,64 ETP (+ 1 stagiaire).',
  },
];

const teamSince = '2017-04-01';

export const staffMembers2017: {
  displayName: string;
  jobTitle: string | null;
  function: StaffFunction;
  contract: ContractKind;
  startOn: string;
  endOn: string | null;
  fte: string;
}[] = [
  member('Stéphane Vincent', 'Délégué général', 'direction', 'permanent', '1'),
  member('Anna Lochard', 'Chargée de recherche', 'research', 'permanent', '0,8'),
  member('Julien', null, 'design', 'permanent', '1'),
  member('Laura', null, 'design', 'permanent', '0,67'),
  { ...member('Lilas', null, 'design', 'subsidised', '0,57'), endOn: '2018-03-31' },
  member('Nadège Guiraud', 'Directrice des programmes et projets', 'coordination', 'permanent', '1'),
  member('Magali Marlin', 'Chargée de développement', 'coordination', 'permanent', '1'),
  member('Sylvine', 'Suivi du partenariat Bloomberg', 'international', 'permanent', '1'),
  member('Anne Tavernier', 'Directrice administrative et financière', 'administration', 'permanent', '1'),
  member('Wesley Pierre-Louis', 'Assistant administratif et comptable', 'administration', 'permanent', '0,6'),
  member('Louise Guillot', 'Stagiaire assistante gestion de projets', 'coordination', 'internship', '1'),
];

function member(
  displayName: string,
  jobTitle: string | null,
  role: StaffFunction,
  contract: ContractKind,
  fte: string,
) {
  return { displayName, jobTitle, function: role, contract, startOn: teamSince, endOn: null, fte };
}
