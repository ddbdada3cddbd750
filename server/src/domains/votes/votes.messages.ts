import { defineMessages } from '../../../../common/i18n/messages.ts';

/**
 * The votes domain's server-side texts (e-mails, documents, sentences of the minutes), French and
 * English side by side; read with `translate(language, 'votes:key', params)` (server/src/i18n/translate.ts).
 *
 * The outcome sentences are the minutes' own, word for word as the 2017 reference prints them
 * (straight apostrophes included). French numbers of a million and its multiples take the plural
 * form "many" (1 000 000 abstentions), hence the `_many` keys.
 */
export const votesMessages = defineMessages({
  outcome_unanimous: {
    fr: "L'Assemblée Générale {{clause}} à l'unanimité.",
    en: 'The General Assembly {{clause}} unanimously.',
  },
  outcome_adopted: { fr: "L'Assemblée Générale {{clause}}.", en: 'The General Assembly {{clause}}.' },
  outcome_rejected: { fr: 'Résolution rejetée.', en: 'Resolution rejected.' },
  /** The resolution as put to the vote, on the phones and the projector. */
  proposal: { fr: "L'Assemblée Générale {{clause}}.", en: 'The General Assembly {{clause}}.' },
  outcome_adopted_by: {
    fr: "L'Assemblée Générale {{clause}}. Résolution adoptée par {{counts}}.",
    en: 'The General Assembly {{clause}}. Resolution adopted by {{counts}}.',
  },
  outcome_rejected_by: {
    fr: 'Résolution rejetée par {{counts}}.',
    en: 'Resolution rejected by {{counts}}.',
  },
  counts_for_one: { fr: '{{number}} voix pour', en: '{{number}} vote for' },
  counts_for_other: { fr: '{{number}} voix pour', en: '{{number}} votes for' },
  counts_for_many: { fr: '{{number}} voix pour', en: '{{number}} votes for' },
  counts_against: { fr: '{{number}} contre', en: '{{number}} against' },
  counts_abstain_one: { fr: '{{number}} abstention', en: '{{number}} abstention' },
  counts_abstain_other: { fr: '{{number}} abstentions', en: '{{number}} abstentions' },
  counts_abstain_many: { fr: '{{number}} abstentions', en: '{{number}} abstentions' },
  counts_blank_one: { fr: '{{number}} vote blanc', en: '{{number}} blank vote' },
  counts_blank_other: { fr: '{{number}} votes blancs', en: '{{number}} blank votes' },
  counts_blank_many: { fr: '{{number}} votes blancs', en: '{{number}} blank votes' },
  /** The last two parts of a list: "25 voix pour, 3 contre et 2 abstentions". */
  list_last: { fr: '{{first}} et {{last}}', en: '{{first}} and {{last}}' },

  // How a vote was taken, and elections, as the minutes narrate them.
  voters_at_vote_one: {
    fr: '{{count}} votant présent ou représenté.',
    en: '{{count}} voter present or represented.',
  },
  voters_at_vote_other: {
    fr: '{{count}} votants présents ou représentés.',
    en: '{{count}} voters present or represented.',
  },
  encrypted_poll_record: {
    fr: 'Scrutin secret chiffré ; résultat vérifiable, empreinte du registre : {{fingerprint}}.',
    en: 'Encrypted secret ballot; verifiable result, fingerprint of the record: {{fingerprint}}.',
  },
  taken_show_of_hands: { fr: 'Vote à main levée, à {{time}}.', en: 'Voted by show of hands, at {{time}}.' },
  election_show_of_hands_list: {
    fr: 'Élection à main levée sur une liste, à {{time}}.',
    en: 'Election by show of hands on one list, at {{time}}.',
  },
  election_show_of_hands_candidates: {
    fr: 'Élection à main levée, candidat par candidat, à {{time}}.',
    en: 'Election by show of hands, candidate by candidate, at {{time}}.',
  },
  election_poll: { fr: 'Élection par scrutin électronique.', en: 'Election by electronic poll.' },
  election_list_counts: {
    fr: 'La liste ({{candidates}}) obtient {{counts}}.',
    en: 'The list ({{candidates}}) obtains {{counts}}.',
  },
  election_list_unanimous: {
    fr: 'La liste ({{candidates}}) est élue à l’unanimité.',
    en: 'The list ({{candidates}}) is elected unanimously.',
  },
  election_list_adopted: {
    fr: 'La liste ({{candidates}}) est élue.',
    en: 'The list ({{candidates}}) is elected.',
  },
  election_list_rejected: {
    fr: 'La liste ({{candidates}}) n’est pas élue.',
    en: 'The list ({{candidates}}) is not elected.',
  },
  election_candidate_counts: { fr: '{{candidate}} : {{counts}}.', en: '{{candidate}}: {{counts}}.' },
  election_elected_one: { fr: 'Est élu·e : {{names}}.', en: 'Elected: {{names}}.' },
  election_elected_other: { fr: 'Sont élu·es : {{names}}.', en: 'Elected: {{names}}.' },
  elected_as: { fr: '{{name}} ({{role}})', en: '{{name}} ({{role}})' },
  elected_as_for: { fr: '{{name}} ({{role}}, {{period}})', en: '{{name}} ({{role}}, {{period}})' },
  election_mandates: { fr: 'Mandat {{period}}.', en: 'Term of office {{period}}.' },
  mandate_period: { fr: 'du {{from}} au {{to}}', en: 'from {{from}} to {{to}}' },
  mandate_period_open: { fr: 'à compter du {{from}}', en: 'from {{from}}' },
  election_nobody: { fr: 'Personne n’est élu.', en: 'Nobody is elected.' },
  election_outgoing: { fr: 'Membres sortant·es : {{names}}.', en: 'Outgoing members: {{names}}.' },
  election_outgoing_member: { fr: '{{name}} ({{role}})', en: '{{name}} ({{role}})' },
  election_outgoing_leaving: {
    fr: '{{name}} ({{role}}, ne se représente pas)',
    en: '{{name}} ({{role}}, not standing again)',
  },

  // Officer titles, in the form that fits the person: masculine, feminine, neutral (inclusive).
  role_president_masculine: { fr: 'Président', en: 'Chair' },
  role_president_feminine: { fr: 'Présidente', en: 'Chair' },
  role_president_neutral: { fr: 'Président·e', en: 'Chair' },
  role_vice_president_masculine: { fr: 'Vice-président', en: 'Vice-chair' },
  role_vice_president_feminine: { fr: 'Vice-présidente', en: 'Vice-chair' },
  role_vice_president_neutral: { fr: 'Vice-président·e', en: 'Vice-chair' },
  role_treasurer_masculine: { fr: 'Trésorier', en: 'Treasurer' },
  role_treasurer_feminine: { fr: 'Trésorière', en: 'Treasurer' },
  role_treasurer_neutral: { fr: 'Trésorier·ère', en: 'Treasurer' },
  role_secretary_masculine: { fr: 'Secrétaire', en: 'Secretary' },
  role_secretary_feminine: { fr: 'Secrétaire', en: 'Secretary' },
  role_secretary_neutral: { fr: 'Secrétaire', en: 'Secretary' },
  role_board_member_masculine: { fr: 'Administrateur', en: 'Board member' },
  role_board_member_feminine: { fr: 'Administratrice', en: 'Board member' },
  role_board_member_neutral: { fr: 'Administrateur·rice', en: 'Board member' },
  role_executive_director_masculine: { fr: 'Délégué général', en: 'Executive director' },
  role_executive_director_feminine: { fr: 'Déléguée générale', en: 'Executive director' },
  role_executive_director_neutral: { fr: 'Délégué·e général·e', en: 'Executive director' },

  choice_for: { fr: 'Pour', en: 'For' },
  choice_against: { fr: 'Contre', en: 'Against' },
  choice_abstain: { fr: 'Abstention', en: 'Abstention' },
  choice_blank: { fr: 'Blanc', en: 'Blank' },

  // A poll's result as CSV and PDF.
  result_not_closed: { fr: 'Scrutin non clos', en: 'Poll not closed' },
  result_nobody_elected: { fr: 'Aucun élu', en: 'Nobody elected' },
  result_tie: {
    fr: '{{elected}} ; égalité entre {{tied}}, à départager par le président',
    en: '{{elected}}; tie between {{tied}}, for the chair to decide',
  },
  result_poll: { fr: 'Scrutin', en: 'Poll' },
  result_voters: { fr: 'Votants', en: 'Voters' },
  result_voters_of: { fr: '{{voted}} sur {{eligible}}', en: '{{voted}} of {{eligible}}' },
  result_outcome: { fr: 'Résultat', en: 'Result' },
  result_choice: { fr: 'Choix', en: 'Choice' },
  result_votes: { fr: 'Voix', en: 'Votes' },
  result_member: { fr: 'Membre', en: 'Member' },
  result_document_title: { fr: 'Résultat — {{poll}}', en: 'Result — {{poll}}' },
  result_heading: { fr: 'Résultat du scrutin — {{poll}}', en: 'Result of the poll — {{poll}}' },
  result_secret: { fr: 'Vote secret', en: 'Secret ballot' },
  result_named: { fr: 'Vote nominatif', en: 'Named vote' },
  result_turnout: {
    fr: '{{voted}} votants sur {{eligible}}',
    en: '{{voted}} of {{eligible}} voted',
  },
  result_annex: { fr: 'Annexe : votes nominatifs', en: 'Annex: named votes' },
});
