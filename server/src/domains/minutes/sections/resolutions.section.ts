import { bold, heading, paragraph, type Block } from '../../../../../common/documents/blocks.ts';
import { translate } from '../../../i18n/translate.ts';
import { listResolutionsForMinutes } from '../../votes/resolutions.service.ts';
import { registerSectionKind } from '../section-kinds.ts';

/**
 * Each resolution under its agenda item, with its title, the outcome sentence as the reference
 * words it ("L'Assemblée Générale approuve … à l'unanimité.") and its note.
 */
registerSectionKind({
  kind: 'resolutions',
  defaultPosition: 110,
  async build(context, assembly, lang) {
    const resolutions = await listResolutionsForMinutes(context, assembly.id);
    if (resolutions.length === 0) return [];
    const areAllAdopted = resolutions.every((resolution) => resolution.outcome === 'adopted');
    const blocks: Block[] = [
      heading(2, translate(lang, 'minutes:resolutions_heading')),
      paragraph(
        translate(lang, areAllAdopted ? 'minutes:resolutions_intro_adopted' : 'minutes:resolutions_intro'),
      ),
    ];
    let agendaItemId: string | null = null;
    for (const resolution of resolutions) {
      if (resolution.agendaItemId !== agendaItemId) {
        agendaItemId = resolution.agendaItemId;
        blocks.push(
          heading(
            3,
            translate(lang, 'minutes:resolutions_item', {
              position: resolution.agendaItemPosition,
              title: resolution.agendaItemTitle ?? '',
            }).trim(),
          ),
        );
      }
      blocks.push(paragraph(bold(resolution.title)));
      const outcome = resolution.sentence
        ? resolution.sentence[lang]
        : translate(lang, 'minutes:resolution_not_voted');
      // The note follows the outcome in the same paragraph, as the reference prints it.
      blocks.push(paragraph(resolution.note ? `${outcome} ${resolution.note}` : outcome));
    }
    return blocks;
  },
});
