import { defineErrors } from './define.ts';

/**
 * The accounts domain's error codes (status, French and English texts). A refusal the web app knows
 * by a general code (`invalid_credentials`, `email_taken`, `token_invalid`) keeps it and words its case
 * with i18next's context: `new AppError('token_invalid', { context: 'used' })` reads `token_invalid_used`.
 */
export const accountsErrors = defineErrors({
  not_authenticated_participant: {
    status: 401,
    fr: 'Ouvrez votre lien de convocation pour rejoindre la séance.',
    en: 'Open your convocation link to join the session.',
  },
  invalid_credentials_current_password: {
    status: 401,
    fr: 'Le mot de passe actuel est incorrect.',
    en: 'The current password is wrong.',
  },
  email_taken_account: {
    status: 409,
    fr: 'Un compte existe déjà pour {{email}}.',
    en: 'An account already exists for {{email}}.',
  },
  token_invalid_expired: {
    status: 410,
    fr: 'Ce lien a expiré ou a déjà servi ; demandez-en un nouveau.',
    en: 'This link has expired or has already been used; ask for a new one.',
  },
  token_invalid_no_account: {
    status: 410,
    fr: 'Ce lien ne correspond plus à aucun compte.',
    en: 'This link no longer matches any account.',
  },
  token_invalid_used: { status: 410, fr: 'Ce lien a déjà servi.', en: 'This link has already been used.' },
  unknown_person: {
    status: 400,
    fr: 'Cette fiche du registre n’existe pas.',
    en: 'This register record does not exist.',
  },
  user_not_found: { status: 404, fr: 'Compte introuvable.', en: 'Account not found.' },
  cannot_demote_self: {
    status: 400,
    fr: 'Vous ne pouvez pas retirer votre propre rôle d’administrateur.',
    en: 'You cannot remove your own administrator role.',
  },
  invitation_mail_failed: {
    status: 503,
    fr: 'L’e-mail d’invitation n’a pas pu être envoyé ; rien n’a été créé.',
    en: 'The invitation e-mail could not be sent; nothing was created.',
  },
  invitations_admin_only: {
    status: 403,
    fr: 'Seul un administrateur invite des comptes.',
    en: 'Only an administrator invites accounts.',
  },
});
