import { bold, list, paragraph } from '../../../../../common/documents/blocks.ts';
import { listAgendaItems } from '../../assemblies/assemblies.repository.ts';
import { registerSectionKind } from '../section-kinds.ts';

registerSectionKind({
  kind: 'agenda',
  label: { fr: 'Ordre du jour', en: 'Agenda' },
  defaultPosition: 40,
  async build(context, assembly, lang) {
    const items = await listAgendaItems(context.database.db, assembly.id);
    if (items.length === 0) return [];
    return [
      paragraph(bold(lang === 'fr' ? 'Rappel de l’ordre du jour :' : 'Agenda:')),
      list(items.map((item) => item.title)),
    ];
  },
});
