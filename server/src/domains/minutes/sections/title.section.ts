import { formatLongDate, formatTime } from '../../../../../common/format.ts';
import { heading, paragraph } from '../../../../../common/documents/blocks.ts';
import { translate } from '../../../i18n/translate.ts';
import { registerSectionKind } from '../section-kinds.ts';
import { assemblyWords, capitalize, withoutWeekday } from './words.ts';

/** "Procès-verbal de l'assemblée générale annuelle de La 27e Région - 21 juin 2017", then when and where. */
registerSectionKind({
  kind: 'title',
  defaultPosition: 10,
  async build(context, assembly, lang) {
    const { name, timeZone } = context.association;
    const words = assemblyWords(assembly.kind, lang);
    const day = formatLongDate(assembly.held_on, lang, timeZone);
    const start = assembly.actual_start_at ?? assembly.planned_start_at;
    const end = assembly.actual_end_at ?? assembly.planned_end_at;
    const from = formatTime(start, lang, timeZone);
    const held = { assembly: capitalize(words), day, place: assembly.place, from };
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
