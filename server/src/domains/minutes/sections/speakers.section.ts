import { heading, paragraph, type Block } from '../../../../../common/documents/blocks.ts';
import { translate } from '../../../i18n/translate.ts';
import { listKeptSpeakers } from '../../assemblies/speakers.service.ts';
import { registerSectionKind } from '../section-kinds.ts';

/**
 * The speaker lists the chair kept: under each agenda item, "Interventions : …" naming who took the
 * floor, in the order they spoke. Lists not kept, and items where nobody spoke, print nothing.
 */
registerSectionKind({
  kind: 'speakers',
  defaultPosition: 112,
  async build(context, assembly, lang) {
    const items = await listKeptSpeakers(context, assembly.id);
    if (items.length === 0) return [];
    const names = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
    const blocks: Block[] = [heading(2, translate(lang, 'minutes:speakers_heading'))];
    for (const item of items) {
      blocks.push(
        heading(
          3,
          translate(lang, 'minutes:resolutions_item', { position: item.position, title: item.title }),
        ),
        paragraph(translate(lang, 'minutes:speakers_line', { names: names.format(item.names) })),
      );
    }
    return blocks;
  },
});
