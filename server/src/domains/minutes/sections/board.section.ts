import { heading, list, type Block } from '../../../../../common/documents/blocks.ts';
import { translate } from '../../../i18n/translate.ts';
import { boardComposition } from '../../votes/board.service.ts';
import { registerSectionKind } from '../section-kinds.ts';

/** "COMPOSITION DU CONSEIL D'ADMINISTRATION" and "DÉLÉGUÉ GÉNÉRAL DE L'ASSOCIATION" on the assembly's day. */
registerSectionKind({
  kind: 'board',
  defaultPosition: 120,
  async build(context, assembly, lang) {
    const { board, executiveDirectors } = await boardComposition(context, assembly.held_on);
    const blocks: Block[] = [];
    if (board.length > 0)
      blocks.push(
        heading(2, translate(lang, 'minutes:board_heading')),
        list(board.map((mandate) => mandate.printedLine)),
      );
    if (executiveDirectors.length > 0)
      blocks.push(
        heading(
          2,
          translate(lang, 'minutes:executive_directors_heading', { count: executiveDirectors.length }),
        ),
        list(executiveDirectors.map((mandate) => mandate.printedLine)),
      );
    return blocks;
  },
});
