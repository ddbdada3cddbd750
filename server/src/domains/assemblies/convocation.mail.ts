import { createEvent } from 'ics';
import { formatLongDate, formatTime } from '../../../../common/format.ts';
import type { Language } from '../../../../common/i18n/messages.ts';
import { translate } from '../../i18n/translate.ts';
import type { Mail } from '../../mail/mailer.ts';

export interface ConvocationMailModel {
  /** The association's language: the convocation is written in it. */
  language: Language;
  /** The association's time zone, in which the start time is written. */
  timeZone: string;
  to: string;
  memberName: string;
  associationName: string;
  title: string;
  heldOn: string;
  plannedStartAt: string;
  plannedEndAt: string | null;
  place: string;
  agenda: string[];
  link: string;
}

function agendaLines(agenda: readonly string[]): string {
  return agenda.map((item) => `- ${item}`).join('\n');
}

/** The calendar invitation attached to a convocation (times in UTC, shown locally by calendars). */
export function convocationCalendar(model: ConvocationMailModel): string {
  const start = new Date(model.plannedStartAt);
  const end = model.plannedEndAt ? new Date(model.plannedEndAt) : new Date(start.getTime() + 3 * 3600_000);
  const text = (key: string, params?: Record<string, string>) =>
    translate(model.language, `assemblies:${key}`, params);
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

/** The convocation e-mail, in the association's language, with its calendar invitation. */
export function convocationMail(model: ConvocationMailModel): Mail {
  const { language } = model;
  const text = (key: string, params?: Record<string, string>) =>
    translate(language, `assemblies:${key}`, params);
  const date = formatLongDate(model.heldOn, language, model.timeZone);
  // "convoqué·e à l’assemblée générale …", "convened to the annual general meeting …": the title joins the sentence.
  const title = `${model.title.charAt(0).toLowerCase()}${model.title.slice(1)}`;
  return {
    to: model.to,
    subject: text('convocation_subject', { title: model.title, date }),
    text: [
      text('convocation_greeting'),
      '',
      text('convocation_convened', {
        memberName: model.memberName,
        title,
        associationName: model.associationName,
      }),
      text('convocation_when', {
        date,
        time: formatTime(model.plannedStartAt, language, model.timeZone),
        place: model.place,
      }),
      '',
      text('convocation_agenda'),
      agendaLines(model.agenda),
      '',
      text('convocation_answer'),
      text('convocation_on_the_day'),
      model.link,
      '',
      text('convocation_keep_private'),
    ].join('\n'),
    attachments: [
      {
        filename: 'convocation.ics',
        content: convocationCalendar(model),
        contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
      },
    ],
  };
}
