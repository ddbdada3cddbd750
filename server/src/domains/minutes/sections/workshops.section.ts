import { bold, heading, list, paragraph, type Block } from '../../../../../common/documents/blocks.ts';
import { parseInline } from '../../../../../common/documents/markdown.ts';
import { translate } from '../../../i18n/translate.ts';
import { presentWorkshops } from '../../assemblies/workshops.service.ts';
import { registerSectionKind } from '../section-kinds.ts';

/**
 * One item as a paragraph, several as a list: as the reference prints a group's problem and ideas.
 * Items may carry Markdown emphasis (a quotation in italics), printed as such rather than as stars.
 */
function items(values: string[]): Block[] {
  if (values.length === 1) return [{ type: 'paragraph', content: parseInline(values[0]!) }];
  return values.length > 1 ? [list(values.map(parseInline))] : [];
}

registerSectionKind({
  kind: 'workshops',
  defaultPosition: 140,
  meetingKinds: ['ordinary'],
  async build(context, assembly, lang) {
    const workshops = await presentWorkshops(context.database.db, assembly.id);
    if (workshops.length === 0) return [];
    const minutes = workshops[0]!.minutes;
    const blocks: Block[] = [
      heading(2, translate(lang, 'minutes:workshops_heading')),
      paragraph(
        minutes
          ? translate(lang, 'minutes:workshops_intro_timed', { count: workshops.length, minutes })
          : translate(lang, 'minutes:workshops_intro', { count: workshops.length }),
      ),
      list(workshops.map((workshop) => workshop.topic)),
    ];
    for (const workshop of workshops) {
      blocks.push(
        heading(
          3,
          translate(lang, 'minutes:workshop_group', { count: workshop.position, topic: workshop.topic }),
        ),
      );
      if (workshop.problems.length > 0)
        blocks.push(
          paragraph(bold(translate(lang, 'minutes:workshop_problems'))),
          ...items(workshop.problems),
        );
      if (workshop.proposals.length > 0)
        blocks.push(
          paragraph(bold(translate(lang, 'minutes:workshop_proposals'))),
          ...items(workshop.proposals),
        );
    }
    return blocks;
  },
});
