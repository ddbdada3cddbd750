import type { Locale } from '../../../../common/format.ts';
import type { ElectionView } from '../../../../common/votes.schemas.ts';
import { translate } from '../../i18n/translate.ts';
import { countsPhrase } from './outcome-wording.ts';

/** "a, b et c" in the language's words. */
function names(items: string[], locale: Locale): string {
  if (items.length <= 1) return items.join('');
  return translate(locale, 'votes:list_last', { first: items.slice(0, -1).join(', '), last: items.at(-1)! });
}

/**
 * What the minutes say of an election once its result is known: how it was held and when, the
 * list's or each candidate's show of hands, who is elected, and the outgoing members (and who does not
 * stand again). Nothing before a result.
 */
export function electionSentences(
  election: ElectionView,
  locale: Locale,
  time: (instant: string) => string,
): string[] {
  const say = (key: string, params: Record<string, string | number> = {}) =>
    translate(locale, `votes:${key}`, params);
  const sentences: string[] = [];
  const candidates = names(
    election.candidates.map((candidate) => candidate.label),
    locale,
  );
  let elected: string[];
  if (election.method === 'poll') {
    const result = election.poll?.status === 'closed' ? election.poll.result : null;
    if (result?.kind !== 'election') return [];
    sentences.push(say('election_poll'));
    elected = result.candidates
      .filter((candidate) => candidate.isElected)
      .map((candidate) => candidate.label);
  } else {
    if (election.listRecordedAs === null) return [];
    const at = election.votedAt ? time(election.votedAt) : '';
    sentences.push(say(`election_${election.method}`, { time: at }));
    if (election.method === 'show_of_hands_list') {
      sentences.push(
        election.listCounts
          ? say('election_list_counts', { candidates, counts: countsPhrase(election.listCounts, locale) })
          : say(`election_list_${election.listRecordedAs}`, { candidates }),
      );
    } else {
      for (const candidate of election.candidates)
        if (candidate.counts)
          sentences.push(
            say('election_candidate_counts', {
              candidate: candidate.label,
              counts: countsPhrase(candidate.counts, locale),
            }),
          );
    }
    elected = election.candidates
      .filter((candidate) => candidate.isElected)
      .map((candidate) => candidate.label);
  }
  sentences.push(
    elected.length > 0
      ? say('election_elected', { count: elected.length, names: names(elected, locale) })
      : say('election_nobody'),
  );
  if (election.outgoing.length > 0)
    sentences.push(
      say('election_outgoing', {
        names: names(
          election.outgoing.map((entry) =>
            say(entry.isStandingAgain ? 'election_outgoing_member' : 'election_outgoing_leaving', {
              name: entry.personName,
              role: entry.roleLabel[locale],
            }),
          ),
          locale,
        ),
      }),
    );
  return sentences;
}
