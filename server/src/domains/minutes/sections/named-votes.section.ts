import { heading, paragraph, type Block } from '../../../../../common/documents/blocks.ts';
import { listNamedVotes } from '../../votes/polls.service.ts';
import { listClosedNamedResolutionPolls } from '../minutes.repository.ts';
import { registerSectionKind } from '../section-kinds.ts';

/** The annex of named electronic votes: who voted what, poll by poll. Nothing when every vote was by hand or secret. */
registerSectionKind({
  kind: 'named_votes',
  label: { fr: 'Annexe : votes nominatifs', en: 'Annex: named votes' },
  defaultPosition: 180,
  async build(context, assembly, lang) {
    const polls = await listClosedNamedResolutionPolls(context.database.db, assembly.id);
    if (polls.length === 0) return [];
    const isFr = lang === 'fr';
    const blocks: Block[] = [
      { type: 'page_break' },
      heading(2, isFr ? 'Annexe : votes nominatifs' : 'Annex: named votes'),
    ];
    for (const poll of polls) {
      const votes = await listNamedVotes(context, { slug: assembly.slug, pollId: poll.id });
      blocks.push(heading(3, poll.title));
      if (votes.length === 0) {
        blocks.push(paragraph(isFr ? 'Aucun vote exprimé.' : 'No vote cast.'));
        continue;
      }
      blocks.push({
        type: 'table',
        header: [isFr ? ['Membre', 'Voix', 'Vote'] : ['Member', 'Votes', 'Choice']],
        rows: votes.map((vote) => [vote.memberName, String(vote.weight), vote.choices.join(', ')]),
        align: ['left', 'right', 'left'],
      });
    }
    return blocks;
  },
});
