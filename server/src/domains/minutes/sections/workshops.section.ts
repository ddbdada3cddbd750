import { bold, heading, list, paragraph, type Block } from '../../../../../common/documents/blocks.ts';
import { parseInline } from '../../../../../common/documents/markdown.ts';
import { presentWorkshops } from '../../assemblies/workshops.service.ts';
import { registerSectionKind } from '../section-kinds.ts';
import { ordinal } from './words.ts';

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
  label: { fr: 'Ateliers', en: 'Workshops' },
  defaultPosition: 140,
  async build(context, assembly, lang) {
    const workshops = await presentWorkshops(context.database.db, assembly.id);
    if (workshops.length === 0) return [];
    const isFr = lang === 'fr';
    const minutes = workshops[0]!.minutes;
    const blocks: Block[] = [
      heading(2, isFr ? 'Ateliers' : 'Workshops'),
      paragraph(
        isFr
          ? `Les membres de l’assemblée se sont répartis en ${workshops.length} groupes de travail${minutes ? `, qui ont échangé pendant ${minutes} min` : ''} autour des sujets suivants :`
          : `The members split into ${workshops.length} working groups${minutes ? `, which talked for ${minutes} minutes` : ''} about these topics:`,
      ),
      list(workshops.map((workshop) => workshop.topic)),
    ];
    for (const workshop of workshops) {
      blocks.push(
        heading(
          3,
          isFr
            ? `${ordinal(workshop.position, lang)} groupe : ${workshop.topic}`
            : `Group ${workshop.position}: ${workshop.topic}`,
        ),
      );
      if (workshop.problems.length > 0)
        blocks.push(
          paragraph(bold(isFr ? 'Problématique(s) :' : 'Problem(s):')),
          ...items(workshop.problems),
        );
      if (workshop.proposals.length > 0)
        blocks.push(
          paragraph(bold(isFr ? 'Propositions/idées :' : 'Proposals/ideas:')),
          ...items(workshop.proposals),
        );
    }
    return blocks;
  },
});
