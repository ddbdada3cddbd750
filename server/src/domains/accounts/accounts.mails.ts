import type { Mail } from '../../mail/mailer.ts';

interface LinkMail {
  to: string;
  name: string;
  link: string;
  associationName: string;
  locale: 'fr' | 'en';
}

export function invitationMail({ to, name, link, associationName, locale }: LinkMail): Mail {
  if (locale === 'en') {
    return {
      to,
      subject: `Your invitation to Quorum — ${associationName}`,
      text: `Hello ${name},\n\nYou are invited to use Quorum for ${associationName}.\nChoose your password here (the link is valid for 7 days):\n\n${link}\n`,
    };
  }
  return {
    to,
    subject: `Votre invitation à Quorum — ${associationName}`,
    text: `Bonjour ${name},\n\nVous êtes invité·e à utiliser Quorum pour ${associationName}.\nChoisissez votre mot de passe ici (lien valable 7 jours) :\n\n${link}\n`,
  };
}

export function passwordResetMail({ to, name, link, associationName, locale }: LinkMail): Mail {
  if (locale === 'en') {
    return {
      to,
      subject: `Reset your Quorum password — ${associationName}`,
      text: `Hello ${name},\n\nTo choose a new password, follow this link (valid for one hour, once):\n\n${link}\n\nIf you did not ask for it, ignore this message.\n`,
    };
  }
  return {
    to,
    subject: `Réinitialisation de votre mot de passe Quorum — ${associationName}`,
    text: `Bonjour ${name},\n\nPour choisir un nouveau mot de passe, suivez ce lien (valable une heure, une seule fois) :\n\n${link}\n\nSi vous n’avez rien demandé, ignorez ce message.\n`,
  };
}
