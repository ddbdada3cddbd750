import { defineErrors } from './define.ts';

/** The votes domain's error codes (status, French and English texts). */
export const votesErrors = defineErrors({
  // Resolutions and show of hands.
  resolution_not_found: { status: 404, fr: 'Résolution introuvable.', en: 'Resolution not found.' },
  resolution_item_unknown: {
    status: 400,
    fr: 'Ce point n’est pas à l’ordre du jour de cette assemblée.',
    en: 'This item is not on this assembly’s agenda.',
  },
  resolution_item_not_deliberative: {
    status: 400,
    fr: 'Une résolution se rattache à un point délibératif de l’ordre du jour.',
    en: 'A resolution belongs to a deliberative item of the agenda.',
  },
  resolution_voted_electronically: {
    status: 409,
    fr: 'Cette résolution se vote électroniquement : ouvrez un scrutin.',
    en: 'This resolution is voted electronically: open a poll.',
  },
  resolution_voted_by_show_of_hands: {
    status: 409,
    fr: 'Cette résolution se vote à main levée : saisissez son résultat.',
    en: 'This resolution is voted by show of hands: enter its result.',
  },
  resolution_already_decided: {
    status: 409,
    fr: 'Cette résolution a déjà son résultat.',
    en: 'This resolution already has its result.',
  },
  above_present_weight: {
    status: 400,
    fr: 'Les voix comptées ({{counted}}) dépassent celles des membres présents et représentés ({{present}}).',
    en: 'The votes counted ({{counted}}) exceed those of the members present and represented ({{present}}).',
  },

  // Polls.
  poll_not_found: { status: 404, fr: 'Scrutin introuvable.', en: 'Poll not found.' },
  poll_outside_session: {
    status: 409,
    fr: 'Un scrutin s’ouvre pendant la séance (ouverte et non close).',
    en: 'A poll opens during the session (opened and not yet closed).',
  },
  poll_target_required: {
    status: 400,
    fr: 'Choisissez une résolution ou une élection.',
    en: 'Choose a resolution or an election.',
  },
  poll_already_open: {
    status: 409,
    fr: 'Un scrutin est déjà ouvert : fermez-le d’abord.',
    en: 'A poll is already open: close it first.',
  },
  poll_not_open: { status: 409, fr: 'Ce scrutin n’est pas ouvert.', en: 'This poll is not open.' },
  secret_poll_votes: {
    status: 403,
    fr: 'Un scrutin secret ne dit pas qui a voté quoi.',
    en: 'A secret poll does not tell who voted what.',
  },

  // Casting, on a participant's phone.
  poll_not_in_assembly: {
    status: 404,
    fr: 'Ce scrutin n’existe pas dans votre assemblée.',
    en: 'This poll does not exist in your assembly.',
  },
  poll_closed: {
    status: 409,
    fr: 'Le scrutin est clos : ce vote n’a pas été enregistré.',
    en: 'The poll is closed: this vote was not recorded.',
  },
  duplicate_member: {
    status: 400,
    fr: 'Un seul bulletin par membre.',
    en: 'One ballot per member.',
  },
  not_eligible: {
    status: 403,
    fr: 'Ce membre n’était ni présent ni représenté à l’ouverture du scrutin : il ne vote pas.',
    en: 'This member was neither present nor represented when the poll opened: they do not vote.',
  },
  not_represented: {
    status: 403,
    fr: 'Vous ne portez pas la voix de {{member}}.',
    en: 'You do not carry the vote of {{member}}.',
  },
  wrong_weight: {
    status: 400,
    fr: '{{member}} dispose de {{weight}} voix, pas de {{given}}.',
    en: '{{member}} carries a weight of {{weight}}, not {{given}}.',
  },
  unknown_option: {
    status: 400,
    fr: 'Ce choix ne figure pas sur le bulletin.',
    en: 'This choice is not on the ballot.',
  },
  too_many_choices: {
    status: 400,
    fr: 'Au plus {{maximum}} choix sur ce bulletin.',
    en: 'Too many choices on this ballot (at most {{maximum}}).',
  },
  already_voted: {
    status: 409,
    fr: 'Le vote de {{member}} est déjà enregistré.',
    en: 'The vote of {{member}} is already recorded.',
  },

  // Elections and board mandates.
  election_not_found: { status: 404, fr: 'Élection introuvable.', en: 'Election not found.' },
  election_item_unknown: {
    status: 400,
    fr: 'Ce point n’est pas à l’ordre du jour.',
    en: 'This item is not on the agenda.',
  },
  duplicate_candidate: {
    status: 400,
    fr: 'Un candidat figure deux fois.',
    en: 'A candidate appears twice.',
  },
  candidate_person_unknown: {
    status: 400,
    fr: 'Candidat introuvable dans le registre.',
    en: 'Candidate not found in the register.',
  },
  election_already_decided: {
    status: 409,
    fr: 'Cette élection a déjà son résultat.',
    en: 'This election already has its result.',
  },
  election_without_result: {
    status: 409,
    fr: 'L’élection n’a pas encore de résultat.',
    en: 'The election has no result yet.',
  },
  too_many_elected: {
    status: 400,
    fr: '{{seats}} sièges seulement.',
    en: 'Too many elected: {{seats}} at most.',
  },
  not_elected: {
    status: 400,
    fr: 'Ce candidat n’est ni élu ni à égalité.',
    en: 'This candidate is neither elected nor tied.',
  },
  election_already_proclaimed: {
    status: 409,
    fr: 'Les élus de cette élection sont déjà proclamés.',
    en: 'The elected of this election are already proclaimed.',
  },
  mandate_not_found: { status: 404, fr: 'Mandat introuvable.', en: 'Mandate not found.' },
  mandate_person_unknown: {
    status: 400,
    fr: 'Personne introuvable dans le registre.',
    en: 'Person not found in the register.',
  },
  mandate_ends_before_start: {
    status: 400,
    fr: 'La fin du mandat précède son début.',
    en: 'The mandate ends before it starts.',
  },

  // Show of hands, elections by show of hands, roles.
  above_present_voters: {
    status: 400,
    fr: 'Les voix comptées ({{counted}}) dépassent le nombre de votants présents et représentés ({{present}}).',
    en: 'The votes counted ({{counted}}) exceed the number of voters present and represented ({{present}}).',
  },
  election_by_poll: {
    status: 409,
    fr: 'Cette élection se tient par un scrutin électronique : ouvrez-le.',
    en: 'This election is held by an electronic poll: open it.',
  },
  election_by_show_of_hands: {
    status: 409,
    fr: 'Cette élection se tient à main levée : saisissez son résultat.',
    en: 'This election is held by show of hands: enter its result.',
  },
  election_record_mismatch: {
    status: 400,
    fr: 'Une élection sur une liste se compte une fois pour la liste ; une élection par candidat, candidat par candidat.',
    en: 'A list election is counted once for the list; an election per candidate, candidate by candidate.',
  },
  candidate_not_in_election: {
    status: 400,
    fr: 'Ce candidat ne se présente pas à cette élection.',
    en: 'This candidate does not stand in this election.',
  },
  candidate_counts_missing: {
    status: 400,
    fr: 'Il manque le résultat de {{candidate}}.',
    en: 'The result of {{candidate}} is missing.',
  },
  outgoing_mandate_unknown: {
    status: 400,
    fr: 'Ce mandat n’est pas celui d’un membre du conseil sortant.',
    en: 'This mandate is not one of the outgoing board.',
  },
  role_unknown: {
    status: 400,
    fr: 'Ce rôle n’existe pas : ajoutez-le à la liste des rôles.',
    en: 'This role does not exist: add it to the list of roles.',
  },
  role_code_taken: {
    status: 409,
    fr: 'Un rôle porte déjà ce code.',
    en: 'A role already has this code.',
  },
  invalid_role_code: {
    status: 400,
    fr: 'Un code en minuscules sans accent, chiffres et « _ » (2 à 40 caractères).',
    en: 'A code in lower case letters without accents, digits and "_" (2 to 40 characters).',
  },
});
