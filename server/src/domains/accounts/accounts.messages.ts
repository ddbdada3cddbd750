import { defineMessages } from '../../../../common/i18n/messages.ts';

/**
 * The accounts domain's server-side texts (the invitation and password-reset e-mails), French and
 * English side by side; read with `translate(language, 'accounts:key', params)` (server/src/i18n/translate.ts).
 */
export const accountsMessages = defineMessages({
  invitation_subject: {
    fr: 'Votre invitation à Quorum — {{association}}',
    en: 'Your invitation to Quorum — {{association}}',
  },
  invitation_text: {
    fr: 'Bonjour {{name}},\n\nVous êtes invité·e à utiliser Quorum pour {{association}}.\nChoisissez votre mot de passe ici (lien valable 7 jours) :\n\n{{link}}\n',
    en: 'Hello {{name}},\n\nYou are invited to use Quorum for {{association}}.\nChoose your password here (the link is valid for 7 days):\n\n{{link}}\n',
  },
  password_reset_subject: {
    fr: 'Réinitialisation de votre mot de passe Quorum — {{association}}',
    en: 'Reset your Quorum password — {{association}}',
  },
  password_reset_text: {
    fr: 'Bonjour {{name}},\n\nPour choisir un nouveau mot de passe, suivez ce lien (valable une heure, une seule fois) :\n\n{{link}}\n\nSi vous n’avez rien demandé, ignorez ce message.\n',
    en: 'Hello {{name}},\n\nTo choose a new password, follow this link (valid for one hour, once):\n\n{{link}}\n\nIf you did not ask for it, ignore this message.\n',
  },
});
