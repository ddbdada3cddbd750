import { bold, heading, paragraph, type Block } from '../../../../../common/documents/blocks.ts';
import { listResolutionsForMinutes } from '../../votes/resolutions.service.ts';
import { registerSectionKind } from '../section-kinds.ts';

/**
 * Each resolution under its agenda item, with its title, the outcome sentence as the reference
 * words it ("L'Assemblée Générale approuve … à l'unanimité.") and its note.
 */
registerSectionKind({
  kind: 'resolutions',
  label: { fr: 'Résolutions', en: 'Resolutions' },
  defaultPosition: 110,
  async build(context, assembly, lang) {
    const resolutions = await listResolutionsForMinutes(context, assembly.id);
    if (resolutions.length === 0) return [];
    const isFr = lang === 'fr';
    const areAllAdopted = resolutions.every((resolution) => resolution.outcome === 'adopted');
    const blocks: Block[] = [
      heading(2, isFr ? 'Résolutions' : 'Resolutions'),
      paragraph(
        isFr
          ? `Les résolutions suivantes ont été soumises au vote${areAllAdopted ? ' et adoptées' : ''} :`
          : `The following resolutions were put to the vote${areAllAdopted ? ' and adopted' : ''}:`,
      ),
    ];
    let agendaItemId: string | null = null;
    for (const resolution of resolutions) {
      if (resolution.agendaItemId !== agendaItemId) {
        agendaItemId = resolution.agendaItemId;
        blocks.push(
          heading(
            3,
            `${isFr ? 'Point' : 'Item'} ${resolution.agendaItemPosition} : ${resolution.agendaItemTitle ?? ''}`.trim(),
          ),
        );
      }
      blocks.push(paragraph(bold(resolution.title)));
      const outcome = resolution.sentence
        ? resolution.sentence[lang]
        : isFr
          ? 'Cette résolution n’a pas encore été votée.'
          : 'This resolution has not been voted on yet.';
      // The note follows the outcome in the same paragraph, as the reference prints it.
      blocks.push(paragraph(resolution.note ? `${outcome} ${resolution.note}` : outcome));
    }
    return blocks;
  },
});
