import type { BoardRole, TitleForm } from '../../../../common/votes.schemas.ts';
import type { RecordedAs } from '../../domains/votes/outcome-wording.ts';

/**
 * The three resolutions as the reference records them: the accounts approved "à l'unanimité"
 * (counts not recorded), the other two simply adopted. `agendaItem` is the position of the
 * deliberative agenda item each belongs to. Apostrophes are the reference's own.
 */
export const resolutions2017: {
  agendaItem: number;
  title: string;
  text: string;
  textEn: string;
  note: string | null;
  recordedAs: RecordedAs;
  isFeeGrid: boolean;
}[] = [
  {
    agendaItem: 3,
    title: "APPROBATION DES COMPTES ET DU RAPPORT D'ACTIVITÉ 2016",
    text: "approuve les comptes 2016 (Résultat : - 14 071€) et le rapport d'activité de cette même année",
    textEn: 'approves the 2016 accounts (result: -€14,071) and the activity report of that year',
    note: "L'association tient les comptes, le rapport d'activité et le rapport du commissaire aux comptes à la disposition de tous les membres désireux de les consulter.",
    recordedAs: 'unanimous',
    isFeeGrid: false,
  },
  {
    agendaItem: 3,
    title: "PROJET D'ACTIVITÉ ET BUDGET PRÉVISIONNEL 2017 DE LA 27E RÉGION",
    text: "valide le projet d'activité ainsi que le budget prévisionnel 2017 présentés",
    textEn: 'approves the activity plan and the 2017 budget as presented',
    note: null,
    recordedAs: 'adopted',
    isFeeGrid: false,
  },
  {
    agendaItem: 4,
    title: "VALIDATION DE LA GRILLE D'ADHÉSION 2017",
    text: "valide la grille d'adhésion proposée pour l'année 2017",
    textEn: 'approves the membership fee grid proposed for 2017',
    note: "L'adhésion à la 27e Région est fixée à 5 000€/ an pour les personnes morales et à 40€/ an pour les personnes physiques.",
    recordedAs: 'adopted',
    isFeeGrid: true,
  },
];

/**
 * "COMPOSITION DU CONSEIL D'ADMINISTRATION" and "DÉLÉGUÉ GÉNÉRAL DE L'ASSOCIATION", entered
 * directly (no election), names as printed there, matched to the register's persons: "Jean Marie
 * Bergère" is Jean-Marie Bergère, "Armel Lecoq" is Armel Le Coz. The functions are those the
 * attendance list gives (Président, Trésorier); the minutes give no mandate dates, so the
 * mandates are recorded from the assembly's day.
 */
export const board2017: {
  person: [string, string];
  printedName: string;
  organisationLabel?: string;
  role: BoardRole;
  /** As the attendance list words the title ("Président", "Trésorier"); none: the inclusive form. */
  titleForm?: TitleForm;
}[] = [
  { person: ['Christian', 'Paul'], printedName: 'Christian Paul', role: 'president', titleForm: 'masculine' },
  {
    person: ['Jean-Marie', 'Bergère'],
    printedName: 'Jean Marie Bergère',
    role: 'treasurer',
    titleForm: 'masculine',
  },
  { person: ['Daniel', 'Kaplan'], printedName: 'Daniel Kaplan', role: 'board_member' },
  {
    person: ['Caroline', 'Porot'],
    printedName: 'Caroline Porot',
    organisationLabel: 'Représentante de la ville de Mulhouse',
    role: 'board_member',
  },
  {
    person: ['Francine', 'Fenet'],
    printedName: 'Francine Fenet',
    organisationLabel: 'Représentante de la ville de Nantes',
    role: 'board_member',
  },
  {
    person: ['Emmanuel', 'Grégoire'],
    printedName: 'Emmanuel Grégoire',
    organisationLabel: 'Représentant de la ville de Paris',
    role: 'board_member',
  },
  { person: ['Loïc', 'Blondiaux'], printedName: 'Loïc Blondiaux', role: 'board_member' },
  { person: ['Sandra', 'Desmettre'], printedName: 'Sandra Desmettre', role: 'board_member' },
  { person: ['Olivier', 'Jouan'], printedName: 'Olivier Jouan', role: 'board_member' },
  { person: ['Marjorie', 'Jouen'], printedName: 'Marjorie Jouen', role: 'board_member' },
  { person: ['Armel', 'Le Coz'], printedName: 'Armel Lecoq', role: 'board_member' },
  { person: ['Frédérique', 'Pallez'], printedName: 'Frédérique Pallez', role: 'board_member' },
  { person: ['Clémence', 'Pène'], printedName: 'Clémence Pène', role: 'board_member' },
  { person: ['Romain', 'Thevenet'], printedName: 'Romain Thevenet', role: 'board_member' },
  { person: ['Pierre', 'Trendel'], printedName: 'Pierre Trendel', role: 'board_member' },
  {
    person: ['Stéphane', 'Vincent'],
    printedName: 'Stéphane Vincent',
    role: 'executive_director',
    titleForm: 'masculine',
  },
];

export const boardSince = '2017-06-21';
