import { formatLongDate, formatTime } from '../../../../../common/format.ts';
import { heading, paragraph } from '../../../../../common/documents/blocks.ts';
import { normalizeName } from '../../../../../common/names.ts';
import { translate } from '../../../i18n/translate.ts';
import { sheetOf } from '../minutes-data.ts';
import { registerSectionKind } from '../section-kinds.ts';
import { assemblyWords, capitalize, withoutWeekday } from './words.ts';

/** A place that is no room but the video call itself: "visioconférence", "en ligne", "Zoom", a link. */
const videoPlace =
  /^(en |par )?(visio(conference)?|video ?conference|videoconference|en ligne|online|zoom|teams|jitsi)\b/;

/**
 * Where the meeting was held: at its place, at its place and by video for a hybrid meeting (someone
 * attended remotely), by video alone when nobody was in the room or the place is the call itself.
 */
function whereKey(place: string, rows: { status: string }[]): 'place' | 'hybrid' | 'video' {
  const isRemote = rows.some((row) => row.status === 'remote');
  const isInRoom = rows.some((row) => row.status === 'present');
  if (
    /^https?:\/\//i.test(place.trim()) ||
    videoPlace.test(normalizeName(place)) ||
    place.trim() === '' ||
    (isRemote && !isInRoom)
  )
    return 'video';
  return isRemote ? 'hybrid' : 'place';
}

/** "Procès-verbal de l'assemblée générale annuelle de La 27e Région - 21 juin 2017", then when and where. */
registerSectionKind({
  kind: 'title',
  defaultPosition: 10,
  async build(context, assembly, lang) {
    const { name, timeZone } = context.association;
    const words = assemblyWords(assembly, lang);
    const day = formatLongDate(assembly.held_on, lang, timeZone);
    const start = assembly.actual_start_at ?? assembly.planned_start_at;
    const end = assembly.actual_end_at ?? assembly.planned_end_at;
    const from = formatTime(start, lang, timeZone);
    const sheet = await sheetOf(context, assembly);
    const where = translate(
      lang,
      `minutes:title_where_${whereKey(assembly.place, [...sheet.attendees, ...sheet.guests, ...sheet.staff])}`,
      { place: assembly.place },
    );
    const held = { assembly: capitalize(words), day, where, from };
    return [
      heading(
        1,
        translate(lang, 'minutes:title_heading', {
          assembly: words,
          association: name,
          day: withoutWeekday(day),
        }),
      ),
      paragraph(
        end
          ? translate(lang, 'minutes:title_held', { ...held, to: formatTime(end, lang, timeZone) })
          : translate(lang, 'minutes:title_held_from', held),
      ),
    ];
  },
});
