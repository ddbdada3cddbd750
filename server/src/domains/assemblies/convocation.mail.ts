import { createEvent } from 'ics';
import { formatLongDate } from '../../../../common/format.ts';
import type { Mail } from '../../mail/mailer.ts';

export interface ConvocationMailModel {
  to: string;
  memberName: string;
  associationName: string;
  title: string;
  heldOn: string;
  plannedStart: string;
  plannedStartAt: string;
  plannedEndAt: string | null;
  place: string;
  agenda: string[];
  link: string;
}

/** The calendar invitation attached to a convocation (times in UTC, shown locally by calendars). */
export function convocationCalendar(model: ConvocationMailModel): string {
  const start = new Date(model.plannedStartAt);
  const end = model.plannedEndAt ? new Date(model.plannedEndAt) : new Date(start.getTime() + 3 * 3600_000);
  const { error, value } = createEvent({
    title: `${model.associationName} — ${model.title}`,
    start: start.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: end.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    location: model.place,
    description: `Ordre du jour :\n${model.agenda.map((item) => `- ${item}`).join('\n')}\n\nVotre lien personnel : ${model.link}`,
    url: model.link,
    status: 'CONFIRMED',
    productId: 'quorum',
  });
  if (error || !value) throw error ?? new Error('calendar invitation could not be built');
  return value;
}

export function convocationMail(model: ConvocationMailModel): Mail {
  const agenda = model.agenda.map((item) => `- ${item}`).join('\n');
  return {
    to: model.to,
    subject: `Convocation : ${model.title} — ${formatLongDate(model.heldOn)}`,
    text: [
      `Bonjour,`,
      '',
      `${model.memberName} est convoqué·e à l’${model.title.charAt(0).toLowerCase()}${model.title.slice(1)} de ${model.associationName},`,
      `le ${formatLongDate(model.heldOn)} à ${model.plannedStart.replace(':', 'h')}, à ${model.place}.`,
      '',
      'Ordre du jour :',
      agenda,
      '',
      'Par ce lien personnel, dites si vous serez présent·e, excusé·e, ou donnez pouvoir à un autre membre ;',
      'le jour même, il vous connecte à la séance sur votre téléphone pour suivre l’ordre du jour et voter :',
      model.link,
      '',
      'Ce lien vous est propre : ne le transmettez pas.',
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
