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

  // Encrypted secret polls: the key ceremony, the encrypted ballots, the trustees' decryptions.
  ceremony_not_found: {
    status: 404,
    fr: 'Cette assemblée n’a pas de cérémonie des clés.',
    en: 'This assembly has no key ceremony.',
  },
  ceremony_exists: {
    status: 409,
    fr: 'La cérémonie des clés de cette assemblée existe déjà (elle peut être recommencée tant qu’elle n’est pas terminée).',
    en: 'This assembly’s key ceremony already exists (it may be started again until it is finished).',
  },
  ceremony_no_trustees: {
    status: 409,
    fr: 'Désignez les assesseurs de l’assemblée (ou son président et son secrétaire de séance) : ils détiennent les clés.',
    en: 'Name the assembly’s scrutineers (or its chair and secretary): they hold the keys.',
  },
  ceremony_threshold_invalid: {
    status: 400,
    fr: 'Le seuil se choisit entre {{minimum}} et {{maximum}} détenteurs de clé.',
    en: 'The threshold is between {{minimum}} and {{maximum}} key holders.',
  },
  ceremony_not_ready: {
    status: 409,
    fr: 'La cérémonie des clés n’est pas terminée : un scrutin secret chiffré ne peut pas encore s’ouvrir.',
    en: 'The key ceremony is not finished: an encrypted secret poll cannot open yet.',
  },
  ceremony_step_closed: {
    status: 409,
    fr: 'Cette étape de la cérémonie des clés n’est pas en cours, ou vous l’avez déjà faite.',
    en: 'This step of the key ceremony is not under way, or you have already done it.',
  },
  trustee_token_invalid: {
    status: 401,
    fr: 'Ce lien d’assesseur n’est pas (ou plus) valable : demandez-en un nouveau.',
    en: 'This scrutineer link is not (or no longer) valid: ask for a new one.',
  },
  trustee_not_found: {
    status: 404,
    fr: 'Ce détenteur de clé n’existe pas dans la cérémonie.',
    en: 'This key holder is not in the ceremony.',
  },
  invalid_certificate: {
    status: 422,
    fr: 'Ce certificat n’est pas valable : sa preuve ne correspond pas.',
    en: 'This certificate is not valid: its proof does not match.',
  },
  invalid_commitment: {
    status: 422,
    fr: 'Cet engagement n’est pas valable (degré, preuve ou parts).',
    en: 'This commitment is not valid (degree, proof or shares).',
  },
  invalid_share_for_server: {
    status: 422,
    fr: 'La part chiffrée pour le serveur ne correspond pas à cet engagement.',
    en: 'The share encrypted for the server does not match this commitment.',
  },
  invalid_verification_key: {
    status: 422,
    fr: 'Cette clé de vérification ne correspond pas aux engagements publiés ou à sa preuve.',
    en: 'This verification key does not match the published commitments or its proof.',
  },
  invalid_encrypted_ballot: {
    status: 422,
    fr: 'Ce bulletin chiffré n’est pas valable ({{problem}}) : rien n’a été enregistré.',
    en: 'This encrypted ballot is not valid ({{problem}}): nothing was recorded.',
  },
  encrypted_ballot_required: {
    status: 400,
    fr: 'Ce scrutin est chiffré : le bulletin doit être chiffré sur le téléphone.',
    en: 'This poll is encrypted: the ballot must be encrypted on the phone.',
  },
  plain_ballot_required: {
    status: 400,
    fr: 'Ce scrutin n’est pas chiffré : envoyez les choix du bulletin.',
    en: 'This poll is not encrypted: send the ballot’s choices.',
  },
  credential_used: {
    status: 409,
    fr: 'Ce bulletin (ou sa clé de vote) a déjà été déposé dans ce scrutin.',
    en: 'This ballot (or its voting credential) was already cast in this poll.',
  },
  poll_not_decrypting: {
    status: 409,
    fr: 'Ce scrutin n’attend pas de déchiffrement.',
    en: 'This poll is not waiting for a decryption.',
  },
  decryption_already_given: {
    status: 409,
    fr: 'Votre déchiffrement partiel de ce scrutin est déjà enregistré.',
    en: 'Your partial decryption of this poll is already recorded.',
  },
  invalid_partial_decryption: {
    status: 422,
    fr: 'Ce déchiffrement partiel n’est pas valable : sa preuve ne correspond pas au dépouillement.',
    en: 'This partial decryption is not valid: its proof does not match the tally.',
  },
  record_not_ready: {
    status: 404,
    fr: 'Le registre public de ce scrutin n’est pas encore publié.',
    en: 'This poll’s public record is not published yet.',
  },
  resolution_not_recorded: {
    status: 409,
    fr: 'Aucun vote à main levée n’est enregistré pour cette résolution.',
    en: 'No show of hands is recorded for this resolution.',
  },
});
