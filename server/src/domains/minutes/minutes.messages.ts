import { defineMessages } from '../../../../common/i18n/messages.ts';

/**
 * The minutes domain's server-side texts (e-mails, documents, sentences of the minutes), French and
 * English side by side; read with `translate(language, 'minutes:key', params)` (server/src/i18n/translate.ts).
 * The French sentences are those of the reference minutes (fixtures/reference), word for word.
 */
export const minutesMessages = defineMessages({
  // How the minutes page lists each generated section, and the written sections a draft starts with.
  section_title: { fr: 'Titre, date, lieu et horaires', en: 'Title, date, place and times' },
  section_attendance: {
    fr: 'Présents, représentés, équipe, excusés',
    en: 'Present, represented, staff, excused',
  },
  section_quorum: { fr: 'Quorum', en: 'Quorum' },
  section_agenda: { fr: 'Ordre du jour', en: 'Agenda' },
  section_opening: { fr: 'Ouverture de la séance', en: 'Opening of the session' },
  section_programmes: { fr: 'Programmes et partenaires', en: 'Programmes and partners' },
  section_accounts: { fr: 'Comptes de l’exercice', en: 'Annual accounts' },
  section_budget: { fr: 'Budget prévisionnel', en: 'Budget' },
  section_staff: { fr: 'Équipe salariée', en: 'Staff' },
  section_memberships: { fr: 'Adhésions et grille des cotisations', en: 'Memberships and fee grid' },
  section_resolutions: { fr: 'Résolutions', en: 'Resolutions' },
  section_board: { fr: 'Conseil d’administration', en: 'Board' },
  section_workshops: { fr: 'Ateliers', en: 'Workshops' },
  section_closing: { fr: 'Clôture de la séance', en: 'Closing of the session' },
  section_questions: { fr: 'Questions et réponses', en: 'Questions and answers' },
  section_speakers: { fr: 'Interventions', en: 'Interventions' },
  section_signatures: { fr: 'Signatures', en: 'Signatures' },
  section_named_votes: { fr: 'Annexe : votes nominatifs', en: 'Annex: named votes' },
  section_encrypted_records: {
    fr: 'Annexe : registres des scrutins secrets chiffrés',
    en: 'Annex: records of the encrypted secret ballots',
  },
  written_activity_report: { fr: 'Rapport d’activité', en: 'Activity report' },
  written_discussion: { fr: 'Débats', en: 'Discussion' },

  // The printed documents (server/src/documents): language tag, page numbers, the overrides' note.
  document_language_tag: { fr: 'fr-FR', en: 'en-GB' },
  page_of: { fr: 'Page {{page}} / {{pages}}', en: 'Page {{page}} / {{pages}}' },
  override_note: {
    fr: 'Texte modifié par le secrétariat (remplace le texte produit)',
    en: 'Wording changed by the secretary (replaces the generated text)',
  },

  // A label and its value, as French and English punctuate them.
  labelled: { fr: '{{label}} : {{value}}', en: '{{label}}: {{value}}' },

  // The kind of meeting, as the title and the document name it. An ordinary assembly is "annuelle"
  // when its own title says so (the marker is looked for in the title, in either language).
  annual_marker: { fr: 'annuelle', en: 'annual' },
  assembly_ordinary: { fr: 'l’assemblée générale ordinaire', en: 'the ordinary general assembly' },
  assembly_ordinary_annual: { fr: 'l’assemblée générale annuelle', en: 'the annual general assembly' },
  assembly_extraordinary: {
    fr: 'l’assemblée générale extraordinaire',
    en: 'the extraordinary general assembly',
  },
  assembly_board: { fr: 'la réunion du conseil d’administration', en: 'the board meeting' },
  assembly_bureau: { fr: 'la réunion du bureau', en: 'the executive committee meeting' },
  document_title: { fr: 'Procès-verbal de {{assembly}} - {{day}}', en: 'Minutes of {{assembly}} - {{day}}' },
  title_heading: {
    fr: 'Procès-verbal de {{assembly}} de {{association}} - {{day}}',
    en: 'Minutes of {{assembly}} of {{association}} - {{day}}',
  },
  // Where it was held: at its place, at its place and by video (hybrid), by video alone.
  title_where_place: { fr: 'à {{place}}', en: 'at {{place}}' },
  title_where_hybrid: {
    fr: 'à {{place}} et par visioconférence',
    en: 'at {{place}} and by video conference',
  },
  title_where_video: { fr: 'par visioconférence', en: 'by video conference' },
  title_held: {
    fr: '{{assembly}} s’est tenue {{day}} {{where}}, entre {{from}} et {{to}}.',
    en: '{{assembly}} was held on {{day}} {{where}}, from {{from}} to {{to}}.',
  },
  title_held_from: {
    fr: '{{assembly}} s’est tenue {{day}} {{where}}, à partir de {{from}}.',
    en: '{{assembly}} was held on {{day}} {{where}}, from {{from}}.',
  },

  attendance_present: { fr: 'Étaient présents :', en: 'Present:' },
  attendance_represented: { fr: 'Étaient représentés :', en: 'Represented:' },
  attendance_represented_by: {
    fr: '{{member}}, représenté par {{holder}}',
    en: '{{member}}, represented by {{holder}}',
  },
  attendance_staff: { fr: 'Équipe {{association}} :', en: '{{association}} team:' },
  attendance_excused: { fr: 'Étaient excusés :', en: 'Excused:' },
  attendance_remote: { fr: '{{line}} (à distance)', en: '{{line}} (remote)' },
  attendance_guests: { fr: 'Étaient également présents, sans voix :', en: 'Also present, without a vote:' },
  attendance_arrived: { fr: '{{line}} (arrivé à {{time}})', en: '{{line}} (arrived at {{time}})' },
  attendance_votes_from: {
    fr: '{{line}} (votant à partir de {{time}})',
    en: '{{line}} (voting from {{time}})',
  },
  attendance_left: { fr: '{{line}} (parti à {{time}})', en: '{{line}} (left at {{time}})' },
  attendance_left_represented: {
    fr: '{{line}} (parti à {{time}}, représenté ensuite par {{holder}})',
    en: '{{line}} (left at {{time}}, then represented by {{holder}})',
  },
  attendance_empty: { fr: 'La feuille d’émargement est vide.', en: 'The attendance sheet is empty.' },

  quorum_not_recorded: {
    fr: 'La séance n’a pas été ouverte : le quorum n’a pas été constaté.',
    en: 'The session was not opened: no quorum was recorded.',
  },
  quorum_none_required: {
    fr: 'Les statuts ne demandent aucun quorum pour cette réunion.',
    en: 'The statutes require no quorum for this meeting.',
  },
  agenda_heading: { fr: 'Rappel de l’ordre du jour :', en: 'Agenda:' },
  opening_by: { fr: '{{who}} ouvre la séance à {{time}}.', en: '{{who}} opens the session at {{time}}.' },
  opening: { fr: 'La séance est ouverte à {{time}}.', en: 'The session opens at {{time}}.' },
  closing_by: {
    fr: '{{name}} remercie les présents et clôt la séance à {{time}}.',
    en: '{{name}} thanks those present and closes the session at {{time}}.',
  },
  closing: { fr: 'La séance est levée à {{time}}.', en: 'The session is closed at {{time}}.' },
  signatory_chair: { fr: 'Le président de séance', en: 'Chair of the session' },
  signatory_secretary: { fr: 'Le secrétaire de séance', en: 'Secretary of the session' },
  signatory_chair_feminine: { fr: 'La présidente de séance', en: 'Chair of the session' },
  signatory_secretary_feminine: { fr: 'La secrétaire de séance', en: 'Secretary of the session' },

  board_heading: { fr: 'Composition du conseil d’administration', en: 'Board of directors' },
  board_officers: { fr: 'Fonctions au sein du conseil :', en: 'Officers of the board:' },
  executive_directors_heading_one: {
    fr: 'Délégué général de l’association',
    en: 'Executive director',
  },
  executive_directors_heading_other: {
    fr: 'Délégués généraux de l’association',
    en: 'Executive directors',
  },

  products: { fr: 'Produits', en: 'Products' },
  charges: { fr: 'Charges', en: 'Charges' },
  result: { fr: 'Résultat', en: 'Result' },
  accounts_heading: { fr: 'Bilan comptable {{year}}', en: '{{year}} accounts' },
  // A loss is worded, never a signed figure in a sentence: "une perte de 312 €", as French practice writes it.
  accounts_result_profit: {
    fr: 'Le résultat annuel est un excédent de {{amount}}.',
    en: 'The result for the year is a surplus of {{amount}}.',
  },
  accounts_result_loss: {
    fr: 'Le résultat annuel est une perte de {{amount}}.',
    en: 'The result for the year is a loss of {{amount}}.',
  },
  accounts_result_balanced: {
    fr: 'Le résultat annuel est à l’équilibre ({{amount}}).',
    en: 'The result for the year is break-even ({{amount}}).',
  },
  accounts_equity: {
    fr: 'Les fonds propres de l’association s’élèvent à {{amount}}.',
    en: 'The association’s equity amounts to {{amount}}.',
  },
  accounts_balance_sheet_total: {
    fr: 'Le total du bilan s’élève à {{amount}}.',
    en: 'The balance-sheet total is {{amount}}.',
  },
  accounts_provision_reversal: {
    fr: 'La reprise de provision pour risques s’élève à {{amount}}.',
    en: 'The reversal of the provision for risks amounts to {{amount}}.',
  },
  income_statement_heading: { fr: 'Compte de résultat {{year}}', en: 'Income statement {{year}}' },
  share_of_products: { fr: 'Part des produits :', en: 'Share of products:' },
  accounts_notes: { fr: 'Notes sur les comptes :', en: 'Notes on the accounts:' },

  budget_heading: { fr: 'Budget prévisionnel {{year}}', en: '{{year}} budget' },
  budget_presented: {
    fr: 'Le budget prévisionnel {{year}} est présenté ci-dessous :',
    en: 'The {{year}} budget is presented below:',
  },
  budget_presented_as_of: {
    fr: 'Le budget prévisionnel {{year}}, au {{day}}, est présenté ci-dessous :',
    en: 'The {{year}} budget, as of {{day}}, is presented below:',
  },
  budget_column_forecast: { fr: 'Budget {{year}}', en: 'Budget {{year}}' },
  budget_column_actual: { fr: 'Réalisé {{year}}', en: 'Actual {{year}}' },
  budget_column_to_date: { fr: 'Réalisé au {{day}}', en: 'Actual to {{day}}' },
  budget_total_charges: { fr: 'Total des charges prévisionnelles', en: 'Total forecast charges' },
  budget_total_products: { fr: 'Total des produits prévisionnels', en: 'Total forecast products' },
  // A side's declared total that differs from the sum of its lines, in the list of differences.
  budget_difference_total_charges: { fr: 'Total des charges', en: 'Total charges' },
  budget_difference_total_products: { fr: 'Total des produits', en: 'Total products' },
  budget_differences: {
    fr: '* Chiffres déclarés différents de la somme de leurs lignes :',
    en: '* Declared figures that differ from the sum of their lines:',
  },
  budget_difference: {
    fr: '{{what}} : déclaré {{declared}}, somme des lignes {{computed}}, écart {{difference}}',
    en: '{{what}}: declared {{declared}}, sum of lines {{computed}}, difference {{difference}}',
  },

  staff_heading: { fr: 'Évolution de l’équipe salariée', en: 'Staff over the years' },
  staff_interns_one: { fr: ' (+ {{count}} stagiaire)', en: ' (+ {{count}} intern)' },
  staff_interns_other: { fr: ' (+ {{count}} stagiaires)', en: ' (+ {{count}} interns)' },
  staff_recorded_headcount: {
    fr: 'En {{when}}, l’équipe comptait {{headcount}} salariés ou {{fte}}{{interns}}.',
    en: 'In {{when}}, the team counted {{headcount}} employees or {{fte}}{{interns}}.',
  },
  staff_recorded_fte: {
    fr: 'En {{when}}, l’équipe représentait {{fte}} équivalents temps plein (ETP){{interns}}.',
    en: 'In {{when}}, the team represented {{fte}} full-time equivalents (FTE){{interns}}.',
  },
  staff_on_day: {
    fr: 'Au {{day}}, l’équipe compte {{headcount}} salariés, soit {{fte}}{{interns}}.',
    en: 'On {{day}}, the team counts {{headcount}} employees, that is {{fte}}{{interns}}.',
  },
  staff_composition: { fr: 'Composition de l’équipe au {{day}} :', en: 'The team on {{day}}:' },

  memberships_heading: { fr: 'Adhésions {{year}}', en: 'Memberships {{year}}' },
  memberships_on_day: {
    fr: 'À la date de l’assemblée, le {{day}} :',
    en: 'On the day of the assembly, {{day}}:',
  },
  memberships_legal_validated: { fr: '{{count}} {{what}}', en: '{{count}} {{what}}' },
  memberships_legal_validated_rest_one: {
    fr: ' a validé son adhésion pour cette année{{names}}.',
    en: ' has validated its membership for this year{{names}}.',
  },
  memberships_legal_validated_rest_other: {
    fr: ' ont validé leur adhésion pour cette année{{names}}.',
    en: ' have validated their membership for this year{{names}}.',
  },
  memberships_legal_pending: {
    fr: '{{count}} sont en cours de renouvellement ou de validation',
    en: '{{count}} are being renewed or validated',
  },
  memberships_legal_pending_alone: {
    fr: '{{count}} {{what}} sont en cours de renouvellement ou de validation',
    en: '{{count}} {{what}} are being renewed or validated',
  },
  memberships_cross: { fr: '{{count}} {{what}}', en: '{{count}} {{what}}' },
  memberships_cross_detail: { fr: ' : {{statuses}}.', en: ': {{statuses}}.' },
  memberships_validated_one: { fr: 'validée', en: 'validated' },
  memberships_validated_other: { fr: 'validées', en: 'validated' },
  memberships_counted_persons_one: { fr: 'adhésion de {{plural}}', en: 'membership of {{plural}}' },
  memberships_counted_persons_other: { fr: 'adhésions de {{plural}}', en: 'memberships of {{plural}}' },
  memberships_done_one: { fr: '{{count}} {{what}} validée', en: '{{count}} {{what}} validated' },
  memberships_done_other: { fr: '{{count}} {{what}} validées', en: '{{count}} {{what}} validated' },
  memberships_and: { fr: ' et ', en: ' and ' },
  memberships_waiting: { fr: '{{count}} en cours', en: '{{count}} pending' },
  memberships_waiting_rest: { fr: ' de validation.', en: ' validation.' },
  fee_grid: { fr: 'Grille d’adhésion {{year}} : {{parts}}.', en: 'Fee grid {{year}}: {{parts}}.' },
  fee_part: { fr: '{{amount}} pour les {{plural}}', en: '{{amount}} for {{plural}}' },
  fee_part_without_full: { fr: 'pour les {{plural}}', en: 'for {{plural}}' },
  fee_part_rates: { fr: ' ({{rates}})', en: ' ({{rates}})' },
  fee_rate_reduced: {
    fr: 'tarif réduit {{amount}}{{conditions}}',
    en: 'reduced rate {{amount}}{{conditions}}',
  },
  fee_rate_free: { fr: 'gratuite{{conditions}}', en: 'free{{conditions}}' },
  fee_rate_minimum: { fr: 'à partir de {{amount}}{{conditions}}', en: 'from {{amount}}{{conditions}}' },
  fee_rate_conditions: { fr: ' : {{conditions}}', en: ': {{conditions}}' },
  fee_table_category: { fr: 'Catégorie', en: 'Category' },
  fee_table_fee: { fr: 'Cotisation', en: 'Fee' },
  fee_table_validated: { fr: 'Validées', en: 'Validated' },
  fee_table_pending: { fr: 'En cours', en: 'Pending' },
  fee_table_expected: { fr: 'Recette attendue', en: 'Expected income' },
  fee_table_total: { fr: 'Total', en: 'Total' },

  named_votes_heading: { fr: 'Annexe : votes nominatifs', en: 'Annex: named votes' },
  encrypted_records_heading: {
    fr: 'Annexe : registres des scrutins secrets chiffrés',
    en: 'Annex: records of the encrypted secret ballots',
  },
  encrypted_records_intro: {
    fr: 'Chaque registre public permet à quiconque de vérifier le résultat (commande quorum votes verify ou page de vérification), sans la base de données.',
    en: 'Each public record lets anyone check the result (the quorum votes verify command or the verification page), without the database.',
  },
  encrypted_records_entry: {
    fr: '{{title}} : {{address}} (empreinte {{fingerprint}})',
    en: '{{title}}: {{address}} (fingerprint {{fingerprint}})',
  },
  named_votes_none: { fr: 'Aucun vote exprimé.', en: 'No vote cast.' },
  named_votes_member: { fr: 'Membre', en: 'Member' },
  named_votes_weight: { fr: 'Voix', en: 'Votes' },
  named_votes_choice: { fr: 'Vote', en: 'Choice' },

  programmes_heading: { fr: 'Programmes et partenaires {{year}}', en: 'Programmes and partners {{year}}' },
  project_planned: { fr: 'en préparation', en: 'planned' },
  project_running: { fr: 'en cours', en: 'running' },
  project_done: { fr: 'réalisé', en: 'done' },
  project_partners: { fr: 'partenaires : {{partners}}', en: 'partners: {{partners}}' },
  agreement: {
    fr: '{{title}} : {{amount}} de {{startYear}} à {{endYear}}{{funder}}, pour {{count}} collectivités.',
    en: '{{title}}: {{amount}} from {{startYear}} to {{endYear}}{{funder}}, for {{count}} local authorities.',
  },
  agreement_uncounted: {
    fr: '{{title}} : {{amount}} de {{startYear}} à {{endYear}}{{funder}}.',
    en: '{{title}}: {{amount}} from {{startYear}} to {{endYear}}{{funder}}.',
  },

  questions_heading: {
    fr: 'Compte rendu des questions posées lors de {{assembly}}',
    en: 'Questions asked at {{assembly}}',
  },
  questions_other: { fr: 'Autres questions', en: 'Other questions' },
  question_unanswered: { fr: 'Sans réponse en séance.', en: 'Not answered during the session.' },

  // The speaker lists the chair kept, under each agenda item: who took the floor, in order.
  speakers_heading: { fr: 'Débats', en: 'Debates' },
  speakers_line: { fr: 'Interventions : {{names}}.', en: 'Speakers: {{names}}.' },

  resolutions_heading: { fr: 'Résolutions', en: 'Resolutions' },
  // The resolutions' section once the secretary wrote notes under the agenda items.
  items_heading: { fr: 'Déroulé de la séance', en: 'Proceedings' },
  resolutions_intro: {
    fr: 'Les résolutions suivantes ont été soumises au vote :',
    en: 'The following resolutions were put to the vote:',
  },
  resolutions_intro_adopted: {
    fr: 'Les résolutions suivantes ont été soumises au vote et adoptées :',
    en: 'The following resolutions were put to the vote and adopted:',
  },
  resolutions_item: { fr: 'Point {{position}} : {{title}}', en: 'Item {{position}}: {{title}}' },
  // The English minutes of a resolution worded in the association's language only: its text as typed,
  // then the outcome in English (never "The General Assembly approuve…").
  resolution_text_as_typed: {
    fr: 'Texte de la résolution : {{text}}',
    en: 'Text of the resolution: {{text}}',
  },
  resolution_outcome_unanimous: { fr: 'Adoptée à l’unanimité.', en: 'Adopted unanimously.' },
  resolution_outcome_adopted: { fr: 'Adoptée.', en: 'Adopted.' },
  resolution_outcome_rejected: { fr: 'Rejetée.', en: 'Rejected.' },
  resolution_outcome_adopted_by: { fr: 'Adoptée par {{counts}}.', en: 'Adopted by {{counts}}.' },
  resolution_outcome_rejected_by: { fr: 'Rejetée par {{counts}}.', en: 'Rejected by {{counts}}.' },
  resolution_not_voted: {
    fr: 'Cette résolution n’a pas encore été votée.',
    en: 'This resolution has not been voted on yet.',
  },

  workshops_heading: { fr: 'Ateliers', en: 'Workshops' },
  workshops_intro: {
    fr: 'Les membres de l’assemblée se sont répartis en {{count}} groupes de travail autour des sujets suivants :',
    en: 'The members split into {{count}} working groups about these topics:',
  },
  workshops_intro_timed: {
    fr: 'Les membres de l’assemblée se sont répartis en {{count}} groupes de travail, qui ont échangé pendant {{minutes}} min autour des sujets suivants :',
    en: 'The members split into {{count}} working groups, which talked for {{minutes}} minutes about these topics:',
  },
  // i18next's plural of the position: "1er groupe", "2e groupe" in French.
  workshop_group_one: { fr: '{{count}}er groupe : {{topic}}', en: 'Group {{count}}: {{topic}}' },
  workshop_group_other: { fr: '{{count}}e groupe : {{topic}}', en: 'Group {{count}}: {{topic}}' },
  workshop_problems: { fr: 'Problématique(s) :', en: 'Problem(s):' },
  workshop_proposals: { fr: 'Propositions/idées :', en: 'Proposals/ideas:' },
});
