import { bold, list, paragraph } from '../../../../../common/documents/blocks.ts';
import { translate } from '../../../i18n/translate.ts';
import { agendaItemsOf } from '../../assemblies/assemblies.service.ts';
import { registerSectionKind } from '../section-kinds.ts';

registerSectionKind({
  kind: 'agenda',
  defaultPosition: 40,
  async build(context, assembly, lang) {
    const items = await agendaItemsOf(context.database.db, assembly.id);
    if (items.length === 0) return [];
    return [
      paragraph(bold(translate(lang, 'minutes:agenda_heading'))),
      list(items.map((item) => item.title)),
    ];
  },
});
