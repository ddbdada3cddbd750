import { formatTime } from '../../../../../common/format.ts';
import { paragraph } from '../../../../../common/documents/blocks.ts';
import { translate } from '../../../i18n/translate.ts';
import { officersOf } from '../minutes-data.ts';
import { registerSectionKind } from '../section-kinds.ts';

/** "Christian Paul, Président de la 27e Région, ouvre la séance à 14h00." */
registerSectionKind({
  kind: 'opening',
  defaultPosition: 50,
  async build(context, assembly, lang) {
    if (!assembly.actual_start_at) return [];
    const time = formatTime(assembly.actual_start_at, lang, context.association.timeZone);
    const { chair } = await officersOf(context, assembly);
    if (!chair) return [paragraph(translate(lang, 'minutes:opening', { time }))];
    const who = `${chair.name}${chair.label ? `, ${chair.label},` : ''}`;
    return [paragraph(translate(lang, 'minutes:opening_by', { who, time }))];
  },
});
