import type { Language } from '../../../../common/i18n/messages.ts';
import type { ServiceContext } from '../../context.ts';
import { getAssociation } from '../association/association.service.ts';
import { pollResultModel, renderPollResultCsv, renderPollResultPdf } from './poll-result.document.ts';
import { getPoll, listNamedVotes } from './polls.service.ts';

interface PollResultOptions {
  slug: string;
  pollId: string;
  language: Language;
}

async function resultModel(context: ServiceContext, { slug, pollId, language }: PollResultOptions) {
  const { assembly, poll } = await getPoll(context, { slug, pollId });
  return pollResultModel({
    language,
    associationName: (await getAssociation(context)).name,
    assemblyTitle: assembly.title,
    poll,
    namedVotes:
      poll.isSecret || poll.status !== 'closed'
        ? null
        : await listNamedVotes(context, { slug, pollId, language }),
  });
}

/** A poll's result as CSV (with the named votes of a closed named poll), in the language asked for. */
export async function pollResultCsv(context: ServiceContext, options: PollResultOptions): Promise<string> {
  return renderPollResultCsv(await resultModel(context, options));
}

/** A poll's result as PDF, in the language asked for. */
export async function pollResultPdf(context: ServiceContext, options: PollResultOptions): Promise<Buffer> {
  return renderPollResultPdf(await resultModel(context, options));
}
