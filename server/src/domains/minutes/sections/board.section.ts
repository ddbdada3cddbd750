import { bold, heading, list, paragraph, type Block } from '../../../../../common/documents/blocks.ts';
import { translate } from '../../../i18n/translate.ts';
import { formatTime } from '../../../../../common/format.ts';
import { electionSentences } from '../../votes/election-wording.ts';
import { boardComposition, listElections } from '../../votes/board.service.ts';
import { listPublishedRecords } from '../../votes/encrypted-polls.service.ts';
import { registerSectionKind } from '../section-kinds.ts';

/**
 * "COMPOSITION DU CONSEIL D'ADMINISTRATION" and "DÉLÉGUÉ GÉNÉRAL DE L'ASSOCIATION" on the assembly's
 * day, then the officers with their roles (président, trésorier…), as `quorum votes results` prints them.
 */
registerSectionKind({
  kind: 'board',
  defaultPosition: 120,
  async build(context, assembly, lang) {
    const { board, executiveDirectors } = await boardComposition(context, assembly.held_on);
    const blocks: Block[] = [];
    // The elections of the assembly: how each was held, its result, the elected and the outgoing board.
    const records = new Map(
      (await listPublishedRecords(context, assembly.id)).map((record) => [record.electionId, record]),
    );
    for (const election of await listElections(context, assembly.slug)) {
      const sentences = electionSentences(election, lang, (instant) =>
        formatTime(instant, lang, context.association.timeZone),
      );
      const record = records.get(election.id);
      if (record && sentences.length > 0)
        sentences.push(
          translate(lang, 'votes:encrypted_poll_record', { fingerprint: record.recordFingerprint }),
        );
      if (sentences.length > 0) blocks.push(paragraph(bold(election.title)), paragraph(sentences.join(' ')));
    }
    if (board.length > 0) {
      blocks.push(
        heading(2, translate(lang, 'minutes:board_heading')),
        list(board.map((mandate) => mandate.printedLine)),
      );
      const officers = board.filter((mandate) => mandate.role !== 'board_member');
      if (officers.length > 0)
        blocks.push(
          paragraph(bold(translate(lang, 'minutes:board_officers'))),
          list(
            officers.map((mandate) =>
              translate(lang, 'minutes:labelled', {
                label: mandate.roleLabel[lang],
                value: mandate.printedLine,
              }),
            ),
          ),
        );
    }
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
