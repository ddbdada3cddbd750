import { formatTime } from '../../../../../common/format.ts';
import { paragraph } from '../../../../../common/documents/blocks.ts';
import { officersOf } from '../minutes-data.ts';
import { registerSectionKind } from '../section-kinds.ts';

/** "Christian Paul, Président de la 27e Région, ouvre la séance à 14h00." */
registerSectionKind({
  kind: 'opening',
  label: { fr: 'Ouverture de la séance', en: 'Opening of the session' },
  defaultPosition: 50,
  async build(context, assembly, lang) {
    if (!assembly.actual_start_at) return [];
    const time = formatTime(assembly.actual_start_at, lang, context.association.timeZone);
    const { chair } = await officersOf(context, assembly);
    const who = chair ? `${chair.name}${chair.label ? `, ${chair.label},` : ''}` : null;
    if (lang === 'en')
      return [paragraph(who ? `${who} opens the session at ${time}.` : `The session opens at ${time}.`)];
    return [paragraph(who ? `${who} ouvre la séance à ${time}.` : `La séance est ouverte à ${time}.`)];
  },
});
