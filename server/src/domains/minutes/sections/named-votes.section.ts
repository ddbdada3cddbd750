import { heading, paragraph, type Block } from '../../../../../common/documents/blocks.ts';
import { translate } from '../../../i18n/translate.ts';
import { listNamedVotes } from '../../votes/polls.service.ts';
import { listClosedNamedResolutionPolls } from '../minutes.repository.ts';
import { registerSectionKind } from '../section-kinds.ts';

/** The annex of named electronic votes: who voted what, poll by poll. Nothing when every vote was by hand or secret. */
registerSectionKind({
  kind: 'named_votes',
  defaultPosition: 180,
  async build(context, assembly, lang) {
    const polls = await listClosedNamedResolutionPolls(context.database.db, assembly.id);
    if (polls.length === 0) return [];
    const say = (key: string) => translate(lang, `minutes:${key}`);
    const blocks: Block[] = [{ type: 'page_break' }, heading(2, say('named_votes_heading'))];
    for (const poll of polls) {
      const votes = await listNamedVotes(context, { slug: assembly.slug, pollId: poll.id });
      blocks.push(heading(3, poll.title));
      if (votes.length === 0) {
        blocks.push(paragraph(say('named_votes_none')));
        continue;
      }
      blocks.push({
        type: 'table',
        header: [['named_votes_member', 'named_votes_weight', 'named_votes_choice'].map(say)],
        rows: votes.map((vote) => [vote.memberName, String(vote.weight), vote.choices.join(', ')]),
        align: ['left', 'right', 'left'],
      });
    }
    return blocks;
  },
});
