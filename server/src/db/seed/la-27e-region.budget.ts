import type { BudgetSide } from '../../../../common/budget.ts';
import type { MembershipCategory } from '../../../../common/memberships.ts';

/**
 * "BUDGET PREVISIONNEL 2017 - LA 27e REGION - Au 31 mai 2017", typed line by line from the reference
 * in euros, both columns, with every subtotal and total kept as printed. The placement is the
 * reference's, even where the CERFA chart would put a line elsewhere: the transfer of charges under
 * 70, the provision reversal and the 2016 loss under 75.
 */
export interface BudgetLineSeed {
  code: string;
  label: string;
  /** "Budget 2017", then "2016 réalisé", in euros; null where the cell is blank. */
  amounts: [number | null, number | null];
  funder?: string;
  fee?: { category: MembershipCategory; count: number };
  isResult?: boolean;
}

export interface BudgetFamilySeed extends BudgetLineSeed {
  side: BudgetSide;
  lines: BudgetLineSeed[];
}

export const budget2017 = {
  year: 2017,
  title: 'Budget prévisionnel 2017 - La 27e Région',
  asOf: '2017-05-31',
  columns: [
    { key: 'budget_2017', label: '2017', kind: 'forecast', year: 2017 },
    { key: 'actual_2016', label: '2016 réalisé', kind: 'actual', year: 2016 },
  ],
  declaredTotals: { charges: [1_124_849, 724_027], products: [1_124_849, 724_027] },
} as const;

const line = (
  code: string,
  label: string,
  budget: number | null,
  actual: number | null,
  extra: Partial<BudgetLineSeed> = {},
): BudgetLineSeed => ({ code, label, amounts: [budget, actual], ...extra });

export const budgetFamilies2017: BudgetFamilySeed[] = [
  {
    side: 'charges',
    ...line('60', '60- Achats', 353_600, 102_227),
    lines: [
      line('604', 'Achat d’études et prestations', 315_200, 87_349),
      line('6061', 'Fournitures non stockables', 38_400, 14_878),
      line('6063', 'Fournitures d’entretien/ petit matériel', null, null),
      line('6068', 'Autres fournitures/ Equipement', null, null),
    ],
  },
  {
    side: 'charges',
    ...line('61', '61- Services extérieurs', 135_600, 131_999),
    lines: [
      line('611', 'Sous traitance générale', null, null),
      line('613', 'Locations', 133_600, 129_387),
      line('615', 'Entretien et réparation', null, 520),
      line('616', 'Assurances', 2_000, 1_868),
      line('618', 'Divers', null, 225),
    ],
  },
  {
    side: 'charges',
    ...line('62', '62 - Autres services extérieurs', 84_155, 52_632),
    lines: [
      line('622', 'Rémunération intermédiaires et honoraires', 12_250, 12_014),
      line('623', 'Publications et documentation', 39_069, 6_692),
      line('625', 'Déplacements, missions', 27_397, 25_456),
      line('626', 'Frais postaux et de télécommunications', 4_540, 7_373),
      line('627', 'Services bancaires, autres', 900, 1_096),
    ],
  },
  {
    side: 'charges',
    ...line('63', '63 - Impôts et taxes', 15_400, 15_182),
    lines: [
      line('631', 'Impôts et taxes sur rémunération', 15_400, 15_171),
      line('635', 'Autres impôts et taxes', null, 11),
    ],
  },
  {
    side: 'charges',
    ...line('64', '64 - Charges de personnel', 527_248, 415_838),
    lines: [
      line('641', 'Rémunération des personnels', 368_750, 299_359),
      line('645', 'Charges sociales', 158_498, 116_479),
      line('647', 'Autres charges de personnel', null, null),
    ],
  },
  {
    side: 'charges',
    ...line('68', '68 - DAP', 8_845, 6_149),
    lines: [line('681', 'DAP', 8_845, 6_149)],
  },
  {
    side: 'products',
    ...line('70', '70- Ventes de produits finis', 87_000, 128_872),
    lines: [
      line('706', 'Interventions', 23_000, 89_550),
      line('706', 'Formations', 21_380, null),
      line('707', 'Vente de marchandises et produit d’activité', 15_300, null),
      line('791', 'Transfert de charges - Mise à dispo permanente d’espaces', 27_320, 39_322),
    ],
  },
  {
    side: 'products',
    ...line('74', '74- Subventions et mécénat', 936_649, 438_574),
    lines: [
      line('741', 'Etat - SGMAP', 103_000, 70_000, { funder: 'SGMAP' }),
      line('748', 'Caisse des Dépôts', 54_000, 60_000, { funder: 'Caisse des Dépôts' }),
      line('741', 'Ministère de l’Environnement', 15_533, null, { funder: 'Ministère de l’Environnement' }),
      line('749', 'Fondation Bloomberg', 276_087, 113_000, { funder: 'Bloomberg Philanthropies' }),
      line('745', 'Collectivités partenaires - La Transfo', 374_000, 59_143),
      line('745', 'Collectivités partenaires - Résidences', 53_333, 66_667),
      line('745', 'Collectivités partenaires - Les Eclaireurs', 54_666, null),
      line('741', 'ANR', 4_529, 9_057, { funder: 'ANR' }),
      line('7481', 'Aide contrats de travail', 1_500, null),
      line('745', 'Paris - Investissement SP', null, 57_372, { funder: 'Ville de Paris' }),
      line('749', 'Design Council', null, 3_335, { funder: 'Design Council' }),
    ],
  },
  {
    side: 'products',
    ...line('75', '75 - Autres produits de gestion courante', 101_200, 156_581),
    lines: [
      line('756', 'Adhésions collectivités territoriales', 100_000, 88_120, {
        fee: { category: 'legal_entity', count: 20 },
      }),
      line('756', 'Adhésions personnalités qualifiées', 1_200, null, {
        fee: { category: 'qualified_person', count: 30 },
      }),
      line('781', 'Reprise provision pour risque', null, 53_993),
      line('758', 'Divers', null, 397),
      line('129', 'Résultat 2016 (perte)', null, 14_071, { isResult: true }),
    ],
  },
];

/** Funders the budget names that the attendance lists do not. */
export const budgetFunders = [
  {
    name: 'SGMAP',
    kind: 'state_service' as const,
    aliases: ['Etat - SGMAP', 'Secrétariat général pour la modernisation de l’action publique'],
  },
  {
    name: 'Caisse des Dépôts',
    kind: 'public_body' as const,
    aliases: ['CDC', 'Caisse des dépôts et consignations'],
  },
  { name: 'Ministère de l’Environnement', kind: 'state_service' as const },
  {
    name: 'Bloomberg Philanthropies',
    kind: 'association' as const,
    aliases: ['Fondation Bloomberg', 'Bloomberg'],
  },
  { name: 'ANR', kind: 'public_body' as const, aliases: ['Agence nationale de la recherche'] },
  { name: 'Design Council', kind: 'other' as const },
];
