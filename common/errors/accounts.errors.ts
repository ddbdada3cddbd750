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
  two_factor_challenge_expired: {
    status: 410,
    fr: 'Le délai pour saisir le code est dépassé ; saisissez à nouveau votre mot de passe.',
    en: 'The time to enter the code has run out; enter your password again.',
  },
  invalid_two_factor_code: {
    status: 401,
    fr: 'Ce code n’est pas valable (ou a déjà servi).',
    en: 'This code is not valid (or has already been used).',
  },
  two_factor_code_format: {
    status: 400,
    fr: 'Saisissez les 6 chiffres de l’application ou un code de secours.',
    en: 'Enter the 6 digits from the app or a recovery code.',
  },
  two_factor_code_or_password: {
    status: 400,
    fr: 'Saisissez un code de l’application ou votre mot de passe.',
    en: 'Enter a code from the app or your password.',
  },
  two_factor_required: {
    status: 403,
    fr: 'L’association exige la double authentification pour votre rôle : activez-la dans « Mon compte ».',
    en: 'The association requires two-factor sign-in for your role: turn it on in “My account”.',
  },
  two_factor_already_enabled: {
    status: 409,
    fr: 'La double authentification est déjà activée pour ce compte.',
    en: 'Two-factor sign-in is already on for this account.',
  },
  two_factor_not_started: {
    status: 409,
    fr: 'Commencez par générer le code QR, puis saisissez le premier code.',
    en: 'First generate the QR code, then enter the first code.',
  },
  two_factor_not_enabled: {
    status: 409,
    fr: 'La double authentification n’est pas activée pour ce compte.',
    en: 'Two-factor sign-in is not on for this account.',
  },
  two_factor_enrol_first: {
    status: 400,
    fr: 'Activez d’abord la double authentification sur votre propre compte, pour ne pas vous en exclure.',
    en: 'First turn on two-factor sign-in for your own account, so as not to lock yourself out.',
  },
});
