import PDFDocument from 'pdfkit';
import { stringify } from 'csv-stringify/sync';
import type { PollView } from '../../../../common/events.ts';

/** A poll's result, for the CSV and the PDF: the lines of the tally and, for a named poll, who voted what. */
export interface PollResultModel {
  associationName: string;
  assemblyTitle: string;
  poll: PollView;
  /** Rows of the tally: [option, votes]. */
  tally: [string, number][];
  outcome: string;
  namedVotes: { memberName: string; weight: number; choices: string[] }[] | null;
}

export function pollResultModel(base: Omit<PollResultModel, 'tally' | 'outcome'>): PollResultModel {
  const result = base.poll.result;
  if (!result) return { ...base, tally: [], outcome: 'Scrutin non clos' };
  if (result.kind === 'resolution') {
    return {
      ...base,
      tally: [
        ['Pour', result.counts.for],
        ['Contre', result.counts.against],
        ['Abstention', result.counts.abstain],
        ['Blanc', result.counts.blank],
      ],
      outcome: result.sentence.fr,
    };
  }
  return {
    ...base,
    tally: [
      ...result.candidates.map((candidate): [string, number] => [candidate.label, candidate.votes]),
      ['Blanc', result.blank],
    ],
    outcome: `${
      result.candidates
        .filter((candidate) => candidate.isElected)
        .map((candidate) => candidate.label)
        .join(', ') || 'Aucun élu'
    }${
      result.hasTie
        ? ` ; égalité entre ${result.candidates
            .filter((candidate) => candidate.isTied)
            .map((candidate) => candidate.label)
            .join(', ')}, à départager par le président`
        : ''
    }`,
  };
}

export function renderPollResultCsv(model: PollResultModel): string {
  const rows: (string | number)[][] = [
    ['Scrutin', model.poll.title],
    ['Votants', `${model.poll.votedCount} sur ${model.poll.eligibleCount}`],
    ['Résultat', model.outcome],
    [],
    ['Choix', 'Voix'],
    ...model.tally,
  ];
  if (model.namedVotes) {
    rows.push([], ['Membre', 'Voix', 'Choix']);
    for (const vote of model.namedVotes)
      rows.push([vote.memberName, vote.weight, vote.choices.join(' ; ') || 'Blanc']);
  }
  return stringify(rows);
}

export function renderPollResultPdf(model: PollResultModel): Promise<Buffer> {
  const document = new PDFDocument({
    size: 'A4',
    margin: 40,
    info: { Title: `Résultat — ${model.poll.title}` },
  });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
  });
  document.font('Helvetica-Bold').fontSize(15).text(`Résultat du scrutin — ${model.poll.title}`);
  document.font('Helvetica').fontSize(10).text(`${model.associationName} · ${model.assemblyTitle}`);
  document
    .moveDown(0.5)
    .text(
      `${model.poll.isSecret ? 'Vote secret' : 'Vote nominatif'} · ${model.poll.votedCount} votants sur ${model.poll.eligibleCount}`,
    );
  document.moveDown(0.5).font('Helvetica-Bold').text(model.outcome);
  document.moveDown(1).font('Helvetica').fontSize(10);
  document.table({
    columnStyles: ['*', 80],
    data: [
      [
        { text: 'Choix', font: { src: 'Helvetica-Bold' } },
        { text: 'Voix', font: { src: 'Helvetica-Bold' } },
      ],
      ...model.tally.map(([label, votes]) => [label, String(votes)]),
    ],
  });
  if (model.namedVotes) {
    document.moveDown(1).font('Helvetica-Bold').fontSize(11).text('Annexe : votes nominatifs', 40);
    document.moveDown(0.3).font('Helvetica').fontSize(9);
    document.table({
      columnStyles: ['*', 50, 160],
      data: [
        ['Membre', 'Voix', 'Choix'],
        ...model.namedVotes.map((vote) => [
          vote.memberName,
          String(vote.weight),
          vote.choices.join(', ') || 'Blanc',
        ]),
      ],
    });
  }
  document.end();
  return done;
}
