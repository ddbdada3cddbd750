import { pdfBytes } from '../../documents/pdf-bytes.ts';
import { stringify } from 'csv-stringify/sync';
import { safeCsvOptions } from '../../documents/csv.ts';
import type { Language } from '../../../../common/i18n/messages.ts';
import type { NamedVote, PollView } from '../../../../common/votes.schemas.ts';
import { translate } from '../../i18n/translate.ts';

/** A poll's result, for the CSV and the PDF: the lines of the tally and, for a named poll, who voted what. */
export interface PollResultModel {
  language: Language;
  associationName: string;
  assemblyTitle: string;
  poll: PollView;
  /** Rows of the tally: [option, votes]. */
  tally: [string, number][];
  outcome: string;
  namedVotes: NamedVote[] | null;
}

export function pollResultModel(base: Omit<PollResultModel, 'tally' | 'outcome'>): PollResultModel {
  const result = base.poll.result;
  const text = (key: string, params?: Record<string, string | number>) =>
    translate(base.language, `votes:${key}`, params);
  if (!result) return { ...base, tally: [], outcome: text('result_not_closed') };
  if (result.kind === 'resolution') {
    return {
      ...base,
      tally: [
        [text('choice_for'), result.counts.for],
        [text('choice_against'), result.counts.against],
        [text('choice_abstain'), result.counts.abstain],
        [text('choice_blank'), result.counts.blank],
      ],
      outcome: result.sentence[base.language],
    };
  }
  const labels = (candidates: typeof result.candidates) =>
    candidates.map((candidate) => candidate.label).join(', ');
  const elected =
    labels(result.candidates.filter((candidate) => candidate.isElected)) || text('result_nobody_elected');
  return {
    ...base,
    tally: [
      ...result.candidates.map((candidate): [string, number] => [candidate.label, candidate.votes]),
      [text('choice_blank'), result.blank],
    ],
    outcome: result.hasTie
      ? text('result_tie', {
          elected,
          tied: labels(result.candidates.filter((candidate) => candidate.isTied)),
        })
      : elected,
  };
}

export function renderPollResultCsv(model: PollResultModel): string {
  const text = (key: string, params?: Record<string, string | number>) =>
    translate(model.language, `votes:${key}`, params);
  const rows: (string | number)[][] = [
    [text('result_poll'), model.poll.title],
    [
      text('result_voters'),
      text('result_voters_of', { voted: model.poll.votedCount, eligible: model.poll.eligibleCount }),
    ],
    [text('result_outcome'), model.outcome],
    [],
    [text('result_choice'), text('result_votes')],
    ...model.tally,
  ];
  if (model.namedVotes) {
    rows.push([], [text('result_member'), text('result_votes'), text('result_choice')]);
    for (const vote of model.namedVotes)
      rows.push([vote.memberName, vote.weight, vote.choices.join(' ; ') || text('choice_blank')]);
  }
  return stringify(rows, safeCsvOptions());
}

export function renderPollResultPdf(model: PollResultModel): Promise<Buffer> {
  const text = (key: string, params?: Record<string, string | number>) =>
    translate(model.language, `votes:${key}`, params);
  return pdfBytes(
    {
      size: 'A4',
      margin: 40,
      info: { Title: text('result_document_title', { poll: model.poll.title }) },
    },
    (document) => {
      document
        .font('Helvetica-Bold')
        .fontSize(15)
        .text(text('result_heading', { poll: model.poll.title }));
      document.font('Helvetica').fontSize(10).text(`${model.associationName} · ${model.assemblyTitle}`);
      document.moveDown(0.5).text(
        `${text(model.poll.isSecret ? 'result_secret' : 'result_named')} · ${text('result_turnout', {
          voted: model.poll.votedCount,
          eligible: model.poll.eligibleCount,
        })}`,
      );
      document.moveDown(0.5).font('Helvetica-Bold').text(model.outcome);
      document.moveDown(1).font('Helvetica').fontSize(10);
      document.table({
        columnStyles: ['*', 80],
        data: [
          [
            { text: text('result_choice'), font: { src: 'Helvetica-Bold' } },
            { text: text('result_votes'), font: { src: 'Helvetica-Bold' } },
          ],
          ...model.tally.map(([label, votes]) => [label, String(votes)]),
        ],
      });
      if (model.namedVotes) {
        document.moveDown(1).font('Helvetica-Bold').fontSize(11).text(text('result_annex'), 40);
        document.moveDown(0.3).font('Helvetica').fontSize(9);
        document.table({
          columnStyles: ['*', 50, 160],
          data: [
            [text('result_member'), text('result_votes'), text('result_choice')],
            ...model.namedVotes.map((vote) => [
              vote.memberName,
              String(vote.weight),
              vote.choices.join(', ') || text('choice_blank'),
            ]),
          ],
        });
      }
    },
  );
}
