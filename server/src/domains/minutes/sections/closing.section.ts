import { formatTime } from '../../../../../common/format.ts';
import { paragraph } from '../../../../../common/documents/blocks.ts';
import { officersOf } from '../minutes-data.ts';
import { registerSectionKind } from '../section-kinds.ts';

/** "Christian Paul remercie les présents et clôt la séance à 17h00.", or "La séance est levée à 17h00." */
registerSectionKind({
  kind: 'closing',
  label: { fr: 'Clôture de la séance', en: 'Closing of the session' },
  defaultPosition: 150,
  async build(context, assembly, lang) {
    if (!assembly.actual_end_at) return [];
    const time = formatTime(assembly.actual_end_at, lang, context.association.timeZone);
    const { chair } = await officersOf(context, assembly);
    if (lang === 'en')
      return [
        paragraph(
          chair
            ? `${chair.name} thanks those present and closes the session at ${time}.`
            : `The session is closed at ${time}.`,
        ),
      ];
    return [
      paragraph(
        chair
          ? `${chair.name} remercie les présents et clôt la séance à ${time}.`
          : `La séance est levée à ${time}.`,
      ),
    ];
  },
});
