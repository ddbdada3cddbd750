import { formatTime } from '../../../../../common/format.ts';
import { paragraph } from '../../../../../common/documents/blocks.ts';
import { translate } from '../../../i18n/translate.ts';
import { officersOf } from '../minutes-data.ts';
import { registerSectionKind } from '../section-kinds.ts';

/** "Christian Paul remercie les présents et clôt la séance à 17h00.", or "La séance est levée à 17h00." */
registerSectionKind({
  kind: 'closing',
  defaultPosition: 150,
  async build(context, assembly, lang) {
    if (!assembly.actual_end_at) return [];
    const time = formatTime(assembly.actual_end_at, lang, context.association.timeZone);
    const { chair } = await officersOf(context, assembly);
    return [
      paragraph(
        chair
          ? translate(lang, 'minutes:closing_by', { name: chair.name, time })
          : translate(lang, 'minutes:closing', { time }),
      ),
    ];
  },
});
