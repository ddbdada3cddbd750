import type { BudgetSide } from './budget.ts';

export interface ChartAccount {
  code: string;
  label: string;
  side: BudgetSide;
  /** The family ("60") an account belongs to; null for a family itself. */
  parent: string | null;
}

const charge = (code: string, label: string, parent: string | null = null): ChartAccount => ({
  code,
  label,
  side: 'charges',
  parent,
});
const product = (code: string, label: string, parent: string | null = null): ChartAccount => ({
  code,
  label,
  side: 'products',
  parent,
});

/**
 * The French associative chart of accounts as the CERFA 12156 budget form uses it: charge families
 * 60 to 69 and 86, product families 70 to 79 and 87, with their standard sub-lines. An association
 * adds its own lines under any of them ("Fondation Bloomberg" under 74).
 */
export const chartOfAccounts: readonly ChartAccount[] = [
  charge('60', 'Achats'),
  charge('604', 'Achats d’études et de prestations de services', '60'),
  charge('6061', 'Fournitures non stockables (eau, énergie)', '60'),
  charge('6063', 'Fournitures d’entretien et de petit équipement', '60'),
  charge('6068', 'Autres fournitures', '60'),
  charge('61', 'Services extérieurs'),
  charge('611', 'Sous-traitance générale', '61'),
  charge('613', 'Locations', '61'),
  charge('615', 'Entretien et réparation', '61'),
  charge('616', 'Assurances', '61'),
  charge('618', 'Divers', '61'),
  charge('62', 'Autres services extérieurs'),
  charge('622', 'Rémunérations intermédiaires et honoraires', '62'),
  charge('623', 'Publicité, publications', '62'),
  charge('625', 'Déplacements, missions', '62'),
  charge('626', 'Frais postaux et de télécommunications', '62'),
  charge('627', 'Services bancaires, autres', '62'),
  charge('63', 'Impôts et taxes'),
  charge('631', 'Impôts et taxes sur rémunération', '63'),
  charge('635', 'Autres impôts et taxes', '63'),
  charge('64', 'Charges de personnel'),
  charge('641', 'Rémunération des personnels', '64'),
  charge('645', 'Charges sociales', '64'),
  charge('647', 'Autres charges de personnel', '64'),
  charge('65', 'Autres charges de gestion courante'),
  charge('66', 'Charges financières'),
  charge('67', 'Charges exceptionnelles'),
  charge('68', 'Dotation aux amortissements, provisions'),
  charge('681', 'Dotations aux amortissements et provisions', '68'),
  charge('69', 'Impôt sur les bénéfices'),
  charge('86', 'Emplois des contributions volontaires en nature'),
  charge('860', 'Secours en nature', '86'),
  charge('861', 'Mise à disposition gratuite de biens et prestations', '86'),
  charge('862', 'Prestations', '86'),
  charge('864', 'Personnel bénévole', '86'),
  product('70', 'Vente de produits finis, de marchandises, prestations de services'),
  product('706', 'Prestations de services', '70'),
  product('707', 'Ventes de marchandises', '70'),
  product('708', 'Produits des activités annexes', '70'),
  product('73', 'Dotations et produits de tarification'),
  product('74', 'Subventions d’exploitation'),
  product('741', 'État', '74'),
  product('742', 'Région(s)', '74'),
  product('743', 'Département(s)', '74'),
  product('744', 'Intercommunalité(s) : EPCI', '74'),
  product('745', 'Commune(s)', '74'),
  product('746', 'Organismes sociaux', '74'),
  product('747', 'Fonds européens', '74'),
  product('748', 'Autres établissements publics', '74'),
  product('7481', 'L’agence de services et de paiement (emplois aidés)', '74'),
  product('749', 'Aides privées (fondation)', '74'),
  product('75', 'Autres produits de gestion courante'),
  product('756', 'Cotisations', '75'),
  product('758', 'Dons manuels, mécénat', '75'),
  product('76', 'Produits financiers'),
  product('77', 'Produits exceptionnels'),
  product('78', 'Reprises sur amortissements et provisions'),
  product('781', 'Reprises sur amortissements et provisions', '78'),
  product('79', 'Transfert de charges'),
  product('791', 'Transfert de charges', '79'),
  product('87', 'Contributions volontaires en nature'),
  product('870', 'Dons en nature', '87'),
  product('871', 'Prestations en nature', '87'),
  product('875', 'Bénévolat', '87'),
  // Not an account: the year's result, placed on whichever side balances the table.
  charge('120', 'Résultat de l’exercice (excédent)'),
  product('129', 'Résultat de l’exercice (perte)'),
];

const byCode = new Map(chartOfAccounts.map((account) => [account.code, account]));

export function findAccount(code: string): ChartAccount | undefined {
  return byCode.get(code);
}
