import { createEvent } from 'ics';
import { formatLongDate, formatTime } from '../../../../common/format.ts';
import type { Language } from '../../../../common/i18n/messages.ts';
import type { DocumentLogo } from '../../documents/pdf.ts';
import { translate } from '../../i18n/translate.ts';
import type { Mail } from '../../mail/mailer.ts';

export interface ConvocationMailModel {
  /** The association's language: the convocation is written in it. */
  language: Language;
  /** The association's time zone, in which the start time is written. */
  timeZone: string;
  /** The sender as recipients see it ("La 27e Région <convocations@example.org>"). */
  from: string;
  /** Who signs the convocation (the sender's name). */
  senderName: string;
  to: string;
  memberName: string;
  /** The member is an organisation: the convocation names it and greets whoever reads it for it. */
  isOrganisation: boolean;
  associationName: string;
  logo: DocumentLogo | null;
  title: string;
  heldOn: string;
  plannedStartAt: string;
  plannedEndAt: string | null;
  place: string;
  agenda: string[];
  /** The personal link, its token after `#` (never in a path or a query). */
  link: string;
  /** Null when the statutes allow no proxy at this meeting; else how many one member may hold. */
  maxProxies: number | null;
  /** A reminder to a member who has not answered: another subject, a sentence saying so. */
  isReminder: boolean;
}

/** The logo's content id in the mail; the HTML shows it inline (`cid:`), as mail clients expect. */
const logoCid = 'logo@quorum';

function agendaLines(agenda: readonly string[]): string {
  return agenda.map((item) => `- ${item}`).join('\n');
}

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** French puts a narrow no-break space before a colon, English none. */
function colonOf(language: Language): string {
  return language === 'fr' ? '\u202f:' : ':';
}

function textOf(language: Language) {
  return (key: string, params?: Record<string, string | number>) =>
    translate(language, `assemblies:${key}`, params);
}

/** The calendar invitation attached to a convocation (times in UTC, shown locally by calendars). */
export function convocationCalendar(model: ConvocationMailModel): string {
  const start = new Date(model.plannedStartAt);
  const end = model.plannedEndAt ? new Date(model.plannedEndAt) : new Date(start.getTime() + 3 * 3600_000);
  const text = textOf(model.language);
  const { error, value } = createEvent({
    title: `${model.associationName} — ${model.title}`,
    start: start.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: end.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    location: model.place,
    description: `${text('convocation_agenda')}\n${agendaLines(model.agenda)}\n\n${text('convocation_calendar_link', { link: model.link })}`,
    url: model.link,
    status: 'CONFIRMED',
    productId: 'quorum',
  });
  if (error || !value) throw error ?? new Error('calendar invitation could not be built');
  return value;
}

/** The sentences of a convocation, shared by the e-mail (text and HTML) and the printed letter. */
export function convocationSentences(model: ConvocationMailModel) {
  const text = textOf(model.language);
  const date = formatLongDate(model.heldOn, model.language, model.timeZone);
  const time = formatTime(model.plannedStartAt, model.language, model.timeZone);
  const names = { memberName: model.memberName, associationName: model.associationName, title: model.title };
  return {
    date,
    subject: text(model.isReminder ? 'convocation_reminder_subject' : 'convocation_subject', {
      title: model.title,
      date,
    }),
    greeting: text(
      model.isOrganisation ? 'convocation_greeting_organisation' : 'convocation_greeting_person',
      names,
    ),
    reminder: model.isReminder ? text('convocation_reminder_intro') : null,
    convened: text(
      model.isOrganisation ? 'convocation_convened_organisation' : 'convocation_convened_person',
      names,
    ),
    when: [text('convocation_date_label'), text('convocation_date_value', { date, time })] as const,
    where: [text('convocation_place_label'), model.place] as const,
    agendaHeading: text('convocation_agenda'),
    answerHeading: text('convocation_answer_heading'),
    answer: text('convocation_answer'),
    openLink: text('convocation_open_link'),
    proxy:
      model.maxProxies === null
        ? text('convocation_no_proxy')
        : text('convocation_proxy', { count: model.maxProxies }),
    onTheDay: text('convocation_on_the_day'),
    keepPrivate: text('convocation_keep_private'),
    letterScan: text('convocation_letter_scan'),
    // Signed by the sender, for the association; by the association alone when they are one.
    signature:
      model.senderName === model.associationName
        ? model.associationName
        : text('convocation_signature', {
            associationName: model.associationName,
            senderName: model.senderName,
          }),
  };
}

function convocationText(model: ConvocationMailModel): string {
  const sentences = convocationSentences(model);
  return [
    sentences.greeting,
    '',
    ...(sentences.reminder ? [sentences.reminder, ''] : []),
    sentences.convened,
    '',
    ...[sentences.when, sentences.where].map(
      ([label, value]) => `${label}${colonOf(model.language)} ${value}`,
    ),
    '',
    sentences.agendaHeading,
    agendaLines(model.agenda),
    '',
    sentences.answer,
    model.link,
    '',
    sentences.proxy,
    sentences.onTheDay,
    sentences.keepPrivate,
    '',
    sentences.signature,
  ].join('\n');
}

/**
 * The HTML alternative: one column, inline styles (mail clients drop style sheets), every value
 * escaped. `logoSource` is how the logo is referenced: the attached image in a mail, a data: URL
 * in the preview page.
 */
function convocationHtml(model: ConvocationMailModel, logoSource: string | null): string {
  const sentences = convocationSentences(model);
  const colon = colonOf(model.language);
  const paragraph = (value: string) =>
    `<p style="margin:0 0 12px">${escapeHtml(value).replace(/\n/g, '<br>')}</p>`;
  const logo = logoSource
    ? `<img src="${escapeHtml(logoSource)}" alt="${escapeHtml(model.associationName)}" height="48" style="height:48px;width:auto;max-width:200px;display:block;margin:0 0 8px">`
    : '';
  return [
    `<!doctype html><html lang="${model.language}"><head><meta charset="utf-8"><title>${escapeHtml(sentences.subject)}</title></head>`,
    '<body style="margin:0;padding:0;background:#f4f4f5">',
    '<div style="max-width:600px;margin:0 auto;padding:24px;background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:16px;line-height:1.5;color:#1f2933">',
    `<header style="border-bottom:2px solid #1c4e80;padding-bottom:12px;margin-bottom:20px">${logo}<p style="margin:0;font-size:18px;font-weight:bold">${escapeHtml(model.associationName)}</p></header>`,
    paragraph(sentences.greeting),
    sentences.reminder ? paragraph(sentences.reminder) : '',
    paragraph(sentences.convened),
    `<h1 style="font-size:22px;margin:16px 0 8px">${escapeHtml(model.title)}</h1>`,
    '<table role="presentation" style="border-collapse:collapse;margin:0 0 16px">',
    ...[sentences.when, sentences.where].map(
      ([label, value]) =>
        `<tr><th scope="row" style="text-align:left;padding:2px 12px 2px 0;vertical-align:top">${escapeHtml(label)}${colon}</th><td style="padding:2px 0">${escapeHtml(value)}</td></tr>`,
    ),
    '</table>',
    `<h2 style="font-size:18px;margin:16px 0 8px">${escapeHtml(sentences.agendaHeading.replace(/\s*:$/, ''))}</h2>`,
    `<ol style="margin:0 0 16px;padding-left:24px">${model.agenda.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ol>`,
    `<h2 style="font-size:18px;margin:16px 0 8px">${escapeHtml(sentences.answerHeading)}</h2>`,
    paragraph(sentences.answer),
    `<p style="margin:0 0 16px"><a href="${escapeHtml(model.link)}" style="display:inline-block;background:#1c4e80;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold">${escapeHtml(sentences.openLink)}</a></p>`,
    `<p style="margin:0 0 12px;font-size:14px;word-break:break-all">${escapeHtml(model.link)}</p>`,
    paragraph(sentences.proxy),
    paragraph(sentences.onTheDay),
    paragraph(sentences.keepPrivate),
    paragraph(sentences.signature),
    '</div></body></html>',
  ].join('\n');
}

/**
 * The convocation e-mail in the association's language: a text part, an HTML alternative with the
 * association's logo, and a calendar invitation.
 */
export function convocationMail(model: ConvocationMailModel): Mail {
  const sentences = convocationSentences(model);
  return {
    from: model.from,
    to: model.to,
    subject: sentences.subject,
    text: convocationText(model),
    html: convocationHtml(model, model.logo ? `cid:${logoCid}` : null),
    attachments: [
      {
        filename: 'convocation.ics',
        content: convocationCalendar(model),
        contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
      },
      ...(model.logo
        ? [
            {
              filename: model.logo.mediaType === 'image/png' ? 'logo.png' : 'logo.jpg',
              content: model.logo.bytes,
              contentType: model.logo.mediaType,
              cid: logoCid,
            },
          ]
        : []),
    ],
  };
}

/** The same e-mail as the preview page shows it: the logo inline as a data: URL, nothing attached. */
export function convocationPreview(model: ConvocationMailModel): {
  subject: string;
  text: string;
  html: string;
} {
  const logo = model.logo
    ? `data:${model.logo.mediaType};base64,${model.logo.bytes.toString('base64')}`
    : null;
  return {
    subject: convocationSentences(model).subject,
    text: convocationText(model),
    html: convocationHtml(model, logo),
  };
}
