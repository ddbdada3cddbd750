import { formatLongDate, formatTime } from '../../../../../common/format.ts';
import { heading, paragraph } from '../../../../../common/documents/blocks.ts';
import { registerSectionKind } from '../section-kinds.ts';
import { assemblyWords, withoutWeekday } from './words.ts';

/** "Procès-verbal de l'assemblée générale annuelle de La 27e Région - 21 juin 2017", then when and where. */
registerSectionKind({
  kind: 'title',
  label: { fr: 'Titre, date, lieu et horaires', en: 'Title, date, place and times' },
  defaultPosition: 10,
  async build(context, assembly, lang) {
    const { name, timeZone } = context.association;
    const words = assemblyWords(assembly.kind, lang);
    const day = formatLongDate(assembly.held_on, lang, timeZone);
    const start = assembly.actual_start_at ?? assembly.planned_start_at;
    const end = assembly.actual_end_at ?? assembly.planned_end_at;
    const from = formatTime(start, lang, timeZone);
    const to = end ? formatTime(end, lang, timeZone) : null;
    if (lang === 'en') {
      return [
        heading(1, `Minutes of the ${words.noun} of ${name} - ${withoutWeekday(day, lang)}`),
        paragraph(
          `The ${words.noun} was held on ${day} at ${assembly.place}, ${to ? `from ${from} to ${to}` : `from ${from}`}.`,
        ),
      ];
    }
    return [
      heading(1, `Procès-verbal de ${words.article}${words.noun} de ${name} - ${withoutWeekday(day, lang)}`),
      paragraph(
        `${capitalize(words.article)}${words.noun} s’est tenue ${day} à ${assembly.place}, ${to ? `entre ${from} et ${to}` : `à partir de ${from}`}.`,
      ),
    ];
  },
});

function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}
