import { formatDay, type Locale } from '../../../../common/format.ts';
import type { ElectionView } from '../../../../common/votes.schemas.ts';
import { translate } from '../../i18n/translate.ts';
import { countsPhrase } from './outcome-wording.ts';

/** "a, b et c" in the language's words. */
function names(items: string[], locale: Locale): string {
  if (items.length <= 1) return items.join('');
  return translate(locale, 'votes:list_last', { first: items.slice(0, -1).join(', '), last: items.at(-1)! });
}

type Candidate = ElectionView['candidates'][number];

/** "du 12 juin 2026 au 11 juin 2029", or "à compter du 12 juin 2026" for a mandate with no end. */
function period(mandate: Candidate['mandate'], locale: Locale): string {
  const from = formatDay(mandate.startsOn, locale);
  return mandate.endsOn
    ? translate(locale, 'votes:mandate_period', { from, to: formatDay(mandate.endsOn, locale) })
    : translate(locale, 'votes:mandate_period_open', { from });
}

/**
 * The elected with their roles, "Claire Martin (présidente)", and their mandate's dates: once for all
 * when they share them, else each with their own.
 */
function electedSentences(elected: Candidate[], locale: Locale): string[] {
  if (elected.length === 0) return [translate(locale, 'votes:election_nobody')];
  const periods = elected.map((candidate) => period(candidate.mandate, locale));
  const isShared = periods.every((text) => text === periods[0]);
  const named = elected.map((candidate, index) =>
    translate(locale, isShared ? 'votes:elected_as' : 'votes:elected_as_for', {
      name: candidate.label,
      role: candidate.mandate.roleLabel[locale],
      period: periods[index]!,
    }),
  );
  const sentences = [
    translate(locale, 'votes:election_elected', { count: elected.length, names: names(named, locale) }),
  ];
  if (isShared) sentences.push(translate(locale, 'votes:election_mandates', { period: periods[0]! }));
  return sentences;
}

/**
 * What the minutes say of an election once its result is known: how it was held and when, how many
 * could vote then, the list's or each candidate's show of hands, who is elected with their roles and
 * dates, and the outgoing members (and who does not stand again). Nothing before a result.
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
  let elected: Candidate[];
  if (election.method === 'poll') {
    const result = election.poll?.status === 'closed' ? election.poll.result : null;
    if (result?.kind !== 'election') return [];
    sentences.push(say('election_poll'));
    const optionCodes = new Map(election.poll!.options.map((option) => [option.id, option.code]));
    elected = result.candidates
      .filter((candidate) => candidate.isElected)
      .map((ranked) => election.candidates.find((entry) => entry.id === optionCodes.get(ranked.optionId)))
      .filter((candidate) => candidate !== undefined);
  } else {
    if (election.listRecordedAs === null) return [];
    const at = election.votedAt ? time(election.votedAt) : '';
    sentences.push(say(`election_${election.method}`, { time: at }));
    if (election.eligibleCount !== null)
      sentences.push(say('voters_at_vote', { count: election.eligibleCount }));
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
    elected = election.candidates.filter((candidate) => candidate.isElected);
  }
  sentences.push(...electedSentences(elected, locale));
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
