import { defineErrors } from './define.ts';

/** The assemblies domain's error codes (status, French and English texts). */
export const assembliesErrors = defineErrors({
  // Statutes
  no_statutes_in_force: {
    status: 409,
    fr: 'Aucun statut n’est en vigueur le {{day}} : enregistrez d’abord les règles de l’association.',
    en: 'No statutes are in force on {{day}}: record the association’s rules first.',
  },
  share_above_one: {
    status: 400,
    fr: 'Une part ne peut pas dépasser le tout.',
    en: 'A share cannot be more than the whole.',
  },
  proxy_limit_required: {
    status: 400,
    fr: 'Indiquez combien de pouvoirs un membre peut détenir (au moins un) ou interdisez les pouvoirs.',
    en: 'Say how many proxies a member may hold (at least one), or forbid proxies.',
  },
  // The kind named with i18next's context: `new AppError('proxies_not_allowed', { context: kind })`.
  proxies_not_allowed: {
    status: 409,
    fr: 'Les statuts n’autorisent pas les pouvoirs à ce type de réunion.',
    en: 'The statutes do not allow proxies at this kind of meeting.',
  },
  proxies_not_allowed_ordinary: {
    status: 409,
    fr: 'Les statuts n’autorisent pas les pouvoirs à une assemblée générale ordinaire.',
    en: 'The statutes do not allow proxies at an ordinary general assembly.',
  },
  proxies_not_allowed_extraordinary: {
    status: 409,
    fr: 'Les statuts n’autorisent pas les pouvoirs à une assemblée générale extraordinaire.',
    en: 'The statutes do not allow proxies at an extraordinary general assembly.',
  },
  proxies_not_allowed_board: {
    status: 409,
    fr: 'Les statuts n’autorisent pas les pouvoirs à une réunion du conseil d’administration.',
    en: 'The statutes do not allow proxies at a board meeting.',
  },
  proxies_not_allowed_bureau: {
    status: 409,
    fr: 'Les statuts n’autorisent pas les pouvoirs à une réunion du bureau.',
    en: 'The statutes do not allow proxies at a bureau meeting.',
  },
  remote_not_allowed: {
    status: 409,
    fr: 'Les statuts ne prévoient pas la participation à distance à ce type de réunion.',
    en: 'The statutes do not provide for remote participation at this kind of meeting.',
  },
  remote_not_allowed_ordinary: {
    status: 409,
    fr: 'Les statuts ne prévoient pas la participation à distance à une assemblée générale ordinaire.',
    en: 'The statutes do not provide for remote participation at an ordinary general assembly.',
  },
  remote_not_allowed_extraordinary: {
    status: 409,
    fr: 'Les statuts ne prévoient pas la participation à distance à une assemblée générale extraordinaire.',
    en: 'The statutes do not provide for remote participation at an extraordinary general assembly.',
  },
  remote_not_allowed_board: {
    status: 409,
    fr: 'Les statuts ne prévoient pas la participation à distance à une réunion du conseil d’administration.',
    en: 'The statutes do not provide for remote participation at a board meeting.',
  },
  remote_not_allowed_bureau: {
    status: 409,
    fr: 'Les statuts ne prévoient pas la participation à distance à une réunion du bureau.',
    en: 'The statutes do not provide for remote participation at a bureau meeting.',
  },
  no_voting_category: {
    status: 400,
    fr: 'Choisissez au moins une catégorie de membres qui votent.',
    en: 'Choose at least one category of members who vote.',
  },

  // Assemblies and their session
  assembly_not_found: {
    status: 404,
    fr: 'Assemblée « {{slug}} » introuvable.',
    en: 'Assembly “{{slug}}” not found.',
  },
  assembly_slug_taken: {
    status: 409,
    fr: 'L’identifiant « {{slug}} » est déjà pris.',
    en: 'The identifier “{{slug}}” is already taken.',
  },
  invalid_slug: {
    status: 400,
    fr: 'Lettres minuscules sans accents, chiffres et tirets seulement.',
    en: 'Lower-case letters without accents, digits and hyphens only.',
  },
  invalid_time: {
    status: 400,
    fr: 'Heure attendue au format 14:00.',
    en: 'Expected a time such as 14:00.',
  },
  unknown_agenda_item: {
    status: 400,
    fr: 'Ce point n’est pas à l’ordre du jour de cette assemblée.',
    en: 'This item is not on this assembly’s agenda.',
  },
  session_already_open: {
    status: 409,
    fr: 'La séance est déjà ouverte.',
    en: 'The session is already open.',
  },
  session_not_open: {
    status: 409,
    fr: 'La séance n’a pas été ouverte.',
    en: 'The session has not been opened.',
  },
  session_already_closed: {
    status: 409,
    fr: 'La séance est déjà close.',
    en: 'The session is already closed.',
  },
  session_closed: { status: 409, fr: 'La séance est close.', en: 'The session is closed.' },

  // Attendance sheet and check-in
  already_on_sheet: {
    status: 409,
    fr: 'Cette personne figure déjà sur la feuille d’émargement.',
    en: 'This person is already on the attendance sheet.',
  },
  carried_vote_required: {
    status: 400,
    fr: 'Indiquez le membre dont cette personne porte la voix.',
    en: 'Say which member’s vote this person carries.',
  },
  attendance_not_found: {
    status: 404,
    fr: 'Ligne de la feuille d’émargement introuvable.',
    en: 'Line of the attendance sheet not found.',
  },
  already_checked_in: {
    status: 409,
    fr: 'Cette personne est déjà pointée présente.',
    en: 'This person is already checked in.',
  },
  not_checked_in: {
    status: 409,
    fr: 'Cette personne n’est pas pointée présente.',
    en: 'This person is not checked in.',
  },
  member_not_voting: {
    status: 400,
    fr: 'Ce membre n’a pas droit de vote à cette assemblée.',
    en: 'This member may not vote at this assembly.',
  },

  // Proxies
  proxy_to_self: {
    status: 400,
    fr: 'On ne peut pas se donner pouvoir à soi-même.',
    en: 'A member cannot give a proxy to themselves.',
  },
  proxy_giver_not_voting: {
    status: 400,
    fr: 'Ce membre n’a pas de voix à donner.',
    en: 'This member has no vote to give.',
  },
  proxy_holder_not_voting: {
    status: 400,
    fr: 'Le mandataire doit être un membre votant.',
    en: 'The proxy holder must be a voting member.',
  },
  proxy_giver_present: {
    status: 400,
    fr: 'Ce membre est présent : il vote lui-même.',
    en: 'This member is present and votes in person.',
  },
  proxy_holder_absent: {
    status: 400,
    fr: 'Le mandataire doit être présent.',
    en: 'The proxy holder must be present.',
  },
  proxy_already_given: {
    status: 400,
    fr: 'Ce membre a déjà donné pouvoir.',
    en: 'This member has already given a proxy.',
  },
  proxy_limit_reached: {
    status: 400,
    fr: 'Le mandataire détient déjà le nombre maximal de pouvoirs prévu par les statuts.',
    en: 'The holder already has the most proxies the statutes allow.',
  },
  proxy_chain: {
    status: 400,
    fr: 'Un pouvoir ne peut pas passer de main en main.',
    en: 'Proxies cannot be passed on.',
  },
  proxy_not_found: { status: 404, fr: 'Pouvoir introuvable.', en: 'Proxy not found.' },
  proxy_holder_required: {
    status: 400,
    fr: 'Choisissez le membre à qui donner pouvoir.',
    en: 'Choose the member to give your proxy to.',
  },

  // Convocations and the participant's phone
  assembly_past: {
    status: 409,
    fr: 'Cette assemblée a eu lieu le {{day}} : on ne convoque plus à une séance passée.',
    en: 'This assembly took place on {{day}}: members are not convened to a past session.',
  },
  assembly_closed: {
    status: 409,
    fr: 'La séance de cette assemblée est close : on n’y convoque plus personne.',
    en: 'This assembly’s session is closed: nobody is convened to it any more.',
  },
  no_convocation_to_remind: {
    status: 400,
    fr: 'Aucun rappel à envoyer : tous les membres convoqués par e-mail ont répondu.',
    en: 'No reminder to send: every member convened by e-mail has answered.',
  },
  no_convocation_letters: {
    status: 400,
    fr: 'Aucune lettre à imprimer : tous les membres ayant droit de vote ont une adresse e-mail.',
    en: 'No letter to print: every voting member has an e-mail address.',
  },
  no_failed_convocations: {
    status: 400,
    fr: 'Aucun envoi en échec à reprendre.',
    en: 'No failed sending to retry.',
  },
  no_convocation_recipients: {
    status: 400,
    fr: 'Aucun destinataire : aucun membre n’a droit de vote à cette assemblée, ou tous sont déjà convoqués.',
    en: 'No recipient: no member may vote at this assembly, or all have already been convened.',
  },
  convocation_link_invalid: {
    status: 410,
    fr: 'Ce lien de convocation n’est pas valable ou a expiré après l’assemblée.',
    en: 'This convocation link is not valid, or expired after the assembly.',
  },
  participant_sign_in_not_today: {
    status: 409,
    fr: 'Ce lien connecte à la séance le jour de l’assemblée ({{day}}).',
    en: 'This link signs you in to the session on the day of the assembly ({{day}}).',
  },

  // Workshops and questions
  workshop_topic_required: {
    status: 400,
    fr: 'Chaque atelier a un sujet.',
    en: 'Each workshop has a topic.',
  },
  duplicate_workshop: {
    status: 400,
    fr: 'Cet atelier figure deux fois dans la liste.',
    en: 'This workshop appears twice in the list.',
  },
  unknown_workshop: {
    status: 400,
    fr: 'Cet atelier n’existe pas dans cette assemblée.',
    en: 'This workshop does not exist in this assembly.',
  },
  unknown_attendance: {
    status: 400,
    fr: 'Cette personne ne figure pas sur la feuille d’émargement de cette assemblée.',
    en: 'This person is not on this assembly’s attendance sheet.',
  },
  min_above_max: {
    status: 400,
    fr: 'La taille minimale dépasse la taille maximale.',
    en: 'The minimum size is above the maximum size.',
  },
  no_workshops: {
    status: 400,
    fr: 'Créez d’abord les ateliers entre lesquels répartir les présents.',
    en: 'First create the workshops to split the people present into.',
  },
  nobody_present: {
    status: 400,
    fr: 'Personne n’est pointé présent : il n’y a personne à répartir.',
    en: 'Nobody is checked in: there is nobody to split.',
  },
  question_item_unknown: {
    status: 400,
    fr: 'Ce point n’est pas à l’ordre du jour de cette assemblée.',
    en: 'This item is not on this assembly’s agenda.',
  },
  question_text_required: {
    status: 400,
    fr: 'Chaque question a un texte.',
    en: 'Each question has a text.',
  },
  assembly_minutes_signed: {
    status: 409,
    fr: 'Le procès-verbal de cette assemblée est signé : elle ne peut plus être modifiée.',
    en: 'The minutes of this assembly are signed: it can no longer be changed.',
  },
  assembly_has_records: {
    status: 409,
    fr: 'Cette assemblée ne peut pas être supprimée : des présences, des pouvoirs, des votes ou des convocations envoyées y sont enregistrés.',
    en: 'This assembly cannot be deleted: attendance, proxies, votes or sent convocations are recorded for it.',
  },
  agenda_item_in_use: {
    status: 409,
    fr: 'Le point « {{title}} » porte des résolutions ou une élection : il ne peut pas être retiré de l’ordre du jour.',
    en: 'The item “{{title}}” carries resolutions or an election: it cannot be removed from the agenda.',
  },
  duplicate_agenda_item: {
    status: 400,
    fr: 'Ce point figure deux fois dans l’ordre du jour.',
    en: 'This item appears twice in the agenda.',
  },
  duplicate_scrutineer: {
    status: 400,
    fr: 'Cette personne est déjà scrutatrice de cette assemblée.',
    en: 'This person is already a scrutineer of this assembly.',
  },
  session_time_not_open: {
    status: 409,
    fr: 'La séance n’a pas encore été ouverte : son heure d’ouverture ne peut pas être corrigée.',
    en: 'The session has not been opened yet: its opening time cannot be corrected.',
  },
  session_time_not_closed: {
    status: 409,
    fr: 'La séance n’a pas encore été close : son heure de clôture ne peut pas être corrigée.',
    en: 'The session has not been closed yet: its closing time cannot be corrected.',
  },
  end_before_start: {
    status: 400,
    fr: 'Cette heure précède celle du début.',
    en: 'This time is before the start.',
  },
  left_before_arrival: {
    status: 400,
    fr: 'L’heure de départ précède l’heure d’arrivée.',
    en: 'The departure time is before the arrival time.',
  },
  not_on_the_sheet_yet: {
    status: 400,
    fr: 'Cette personne n’est pas pointée présente : pointez d’abord son arrivée.',
    en: 'This person is not checked in: record the arrival first.',
  },
  // Undoing a mistake at the door or at a departure (attendance-undo.ts)
  undo_after_minutes_approved: {
    status: 409,
    fr: 'Le procès-verbal de cette assemblée est approuvé : ce qui y est compté ne peut plus être annulé.',
    en: 'The minutes of this assembly are approved: what they count can no longer be undone.',
  },
  arrival_in_frozen_quorum: {
    status: 409,
    fr: 'Cette arrivée est comptée dans le quorum figé à l’ouverture de la séance : elle ne peut plus être annulée. Enregistrez plutôt son départ.',
    en: 'This arrival is counted in the quorum frozen when the session opened: it can no longer be undone. Record a departure instead.',
  },
  arrival_counted_in_vote: {
    status: 409,
    fr: 'Un vote a eu lieu depuis cette arrivée, qui y a été comptée : elle ne peut plus être annulée. Enregistrez plutôt son départ.',
    en: 'A vote was held since this arrival, and counted it: it can no longer be undone. Record a departure instead.',
  },
  not_left: {
    status: 409,
    fr: 'Aucun départ n’est enregistré pour cette personne.',
    en: 'No departure is recorded for this person.',
  },
  departure_in_frozen_quorum: {
    status: 409,
    fr: 'Ce départ précède l’ouverture de la séance et le quorum figé alors en tient compte : il ne peut plus être annulé.',
    en: 'This departure came before the session opened and the quorum frozen then counts it: it can no longer be undone.',
  },
  departure_counted_in_vote: {
    status: 409,
    fr: 'Un vote a eu lieu depuis ce départ, sans cette personne : le départ ne peut plus être annulé. Pointez plutôt son retour.',
    en: 'A vote was held since this departure, without this person: it can no longer be undone. Check them in again instead.',
  },
});
