import { heading, list, type Block } from '../../../../../common/documents/blocks.ts';
import { boardComposition } from '../../votes/board.service.ts';
import { registerSectionKind } from '../section-kinds.ts';

/** "COMPOSITION DU CONSEIL D'ADMINISTRATION" and "DÉLÉGUÉ GÉNÉRAL DE L'ASSOCIATION" on the assembly's day. */
registerSectionKind({
  kind: 'board',
  label: { fr: 'Conseil d’administration', en: 'Board' },
  defaultPosition: 120,
  async build(context, assembly, lang) {
    const { board, executiveDirectors } = await boardComposition(context, assembly.held_on);
    const isFr = lang === 'fr';
    const blocks: Block[] = [];
    if (board.length > 0)
      blocks.push(
        heading(2, isFr ? 'Composition du conseil d’administration' : 'Board of directors'),
        list(board.map((mandate) => mandate.printedLine)),
      );
    if (executiveDirectors.length > 0)
      blocks.push(
        heading(
          2,
          isFr
            ? `Délégué${executiveDirectors.length > 1 ? 's' : ''} général${executiveDirectors.length > 1 ? 'aux' : ''} de l’association`
            : `Executive director${executiveDirectors.length > 1 ? 's' : ''}`,
        ),
        list(executiveDirectors.map((mandate) => mandate.printedLine)),
      );
    return blocks;
  },
});
