import type { Language } from '../../../../common/i18n/messages.ts';
import { translate } from '../../i18n/translate.ts';
import type { Mail } from '../../mail/mailer.ts';

interface LinkMail {
  to: string;
  name: string;
  link: string;
  associationName: string;
  locale: Language;
}

function linkMail(
  kind: 'invitation' | 'password_reset',
  { to, name, link, associationName, locale }: LinkMail,
): Mail {
  const params = { name, link, association: associationName };
  return {
    to,
    subject: translate(locale, `accounts:${kind}_subject`, params),
    text: translate(locale, `accounts:${kind}_text`, params),
  };
}

export function invitationMail(mail: LinkMail): Mail {
  return linkMail('invitation', mail);
}

export function passwordResetMail(mail: LinkMail): Mail {
  return linkMail('password_reset', mail);
}
