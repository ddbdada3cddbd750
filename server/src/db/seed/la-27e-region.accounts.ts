/**
 * "BILAN COMPTABLE 2016" and "COMPTE DE RÉSULTAT 2016" of the reference: the figures it states
 * (result, equity, balance-sheet total) and the shares of products it names. The shares themselves
 * are computed from the 2016 actual's lines, never typed here.
 */
export const accounts2016 = {
  year: 2016,
  result: '-14 071',
  equity: '178 138',
  balanceSheetTotal: '1 742 740',
  notes:
    '2016 est notre premier exercice déficitaire. Le total du bilan est anormalement élevé, lié à un volume extrêmement conséquent de produits constatés d’avance et de créances, générés par les partenariats pluriannuels autour de la Transfo (Ville de Paris, ville de Mulhouse, Fondation Bloomberg). La reprise de la provision pour risques constituée l’an passé sur la subvention Europ’act (53 993 €) permet de réduire le déficit constaté.',
  shares: [
    { label: 'Subventions et mécénat', accounts: '74' },
    { label: 'Adhésions', accounts: '756' },
    { label: 'Interventions, formations', accounts: '706' },
  ],
};
