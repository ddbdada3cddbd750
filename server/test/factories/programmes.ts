import type { ServiceContext } from '../../src/context.ts';
import { newId } from '../../src/ids.ts';
import { insertRows } from '../inspect.ts';

let sequence = 0;

/**
 * A programme of the association's activity. No service creates one (the demo seeds them), so the
 * row is written the way the seed writes it.
 */
export async function createProgramme(
  context: ServiceContext,
  options: { code?: string; name?: string; description?: string | null } = {},
) {
  sequence += 1;
  const programme = {
    id: newId(),
    code: options.code ?? `programme-${sequence}`,
    name: options.name ?? `Programme ${sequence}`,
    description: options.description ?? null,
    link: null,
    position: sequence,
  };
  await insertRows(context.database, 'programmes', [programme]);
  return programme;
}

/** A funding agreement of a programme over several years, written as the seed writes it. */
export async function createAgreement(
  context: ServiceContext,
  options: {
    programmeId: string;
    funderOrganisationId?: string | null;
    title?: string;
    amountCents?: number;
    startYear: number;
    endYear: number;
    beneficiaryCount?: number | null;
  },
) {
  const agreement = {
    id: newId(),
    programme_id: options.programmeId,
    funder_organisation_id: options.funderOrganisationId ?? null,
    title: options.title ?? 'Convention pluriannuelle',
    amount_cents: options.amountCents ?? 10_000_000,
    start_year: options.startYear,
    end_year: options.endYear,
    beneficiary_count: options.beneficiaryCount ?? null,
    covers: null,
  };
  await insertRows(context.database, 'agreements', [agreement]);
  return agreement;
}
