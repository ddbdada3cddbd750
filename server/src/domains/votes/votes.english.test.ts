import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testEngines } from '../../../test/databases.ts';
import { createUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { ApiClient } from '../../../test/api-client.ts';
import { seedVotingAssembly, type SeatedPhone } from '../../../test/voting-assembly.ts';

interface ProblemBody {
  code: string;
  detail: string;
  errors?: { path: string; message: string; detail?: string }[];
}

const english = { 'accept-language': 'en-GB,en;q=0.9' };
/** Letters French uses and English does not: none may appear in an English sentence of ours. */
const frenchLetters = /[àâçéèêëîïôûùüÿœ]/i;
/** The members' names are user data, French as they may be. */
const withoutNames = (text: string) => text.replace(/Votant Numéro-\d+/g, 'NAME');

for (const engine of testEngines()) {
  describe(`the votes API in English on ${engine}`, () => {
    let test: TestApp;
    let secretary: ApiClient;
    let phones: SeatedPhone[];
    let agendaItemId: string;
    const slug = 'ag-english';

    before(async () => {
      test = await createTestApp(engine);
      ({ phones, agendaItemId } = await seedVotingAssembly(test.runtime.database.db, { voters: 3, slug }));
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
    });
    after(() => test.close());

    async function refused(
      client: ApiClient,
      method: 'GET' | 'POST',
      url: string,
      body: unknown,
      status: number,
      headers: Record<string, string> = {},
    ): Promise<ProblemBody> {
      const response = await client.request(method, url, body, { ...english, ...headers });
      assert.equal(response.statusCode, status, response.body);
      const problem = response.json() as ProblemBody;
      assert.doesNotMatch(withoutNames(problem.detail), frenchLetters, problem.detail);
      for (const error of problem.errors ?? [])
        assert.doesNotMatch(withoutNames(error.detail ?? ''), frenchLetters);
      return problem;
    }

    function phone(seated: SeatedPhone) {
      return {
        client: test.client(),
        headers: { cookie: seated.cookie, 'x-csrf-token': seated.csrfToken },
      };
    }

    it('describes the votes’ responses in the OpenAPI document', async () => {
      const document = (await secretary.get('/api/openapi.json')).json() as {
        paths: Record<string, Record<string, { responses: Record<string, { content?: unknown }> }>>;
      };
      const schemaOf = (path: string, method: string, status: string) =>
        JSON.stringify(document.paths[path]?.[method]?.responses[status]?.content ?? null);
      assert.match(schemaOf('/api/assemblies/{slug}/polls/{pollId}/close', 'post', '200'), /"votedCount"/);
      assert.match(schemaOf('/api/board', 'get', '200'), /"executiveDirectors".*"roleLabel"/);
      assert.match(schemaOf('/api/participant/poll', 'get', '200'), /"hasVoted"/);
    });

    it('words the staff’s refusals in English, each field’s too', async () => {
      const noTarget = await refused(secretary, 'POST', `/api/assemblies/${slug}/polls`, {}, 400);
      assert.equal(noTarget.detail, 'Choose a resolution or an election.');
      assert.equal(noTarget.errors?.[0]?.path, 'body.resolutionId');
      assert.equal(noTarget.errors?.[0]?.detail, 'Choose a resolution or an election.');

      const unknownItem = await refused(
        secretary,
        'POST',
        `/api/assemblies/${slug}/resolutions`,
        { agendaItemId: 'nowhere', title: 'Comptes', text: 'approuve les comptes' },
        400,
      );
      assert.equal(unknownItem.detail, 'This item is not on this assembly’s agenda.');

      const byHands = await secretary.post(`/api/assemblies/${slug}/resolutions`, {
        agendaItemId,
        title: 'Comptes',
        text: 'approuve les comptes',
      });
      assert.equal(byHands.statusCode, 201, byHands.body);
      const resolutionId = (byHands.json() as { id: string }).id;
      const pollOnHands = await refused(
        secretary,
        'POST',
        `/api/assemblies/${slug}/polls`,
        { resolutionId },
        409,
      );
      assert.equal(pollOnHands.code, 'resolution_voted_by_show_of_hands');
      assert.equal(pollOnHands.detail, 'This resolution is voted by show of hands: enter its result.');

      const tooMany = await refused(
        secretary,
        'POST',
        `/api/assemblies/${slug}/resolutions/${resolutionId}/show-of-hands`,
        { record: 'counts', for: 5, against: 0 },
        400,
      );
      assert.equal(
        tooMany.errors?.[0]?.detail,
        'The votes counted (5) exceed those of the members present and represented (3).',
      );

      const missing = await refused(
        secretary,
        'GET',
        `/api/assemblies/${slug}/polls/nowhere/votes`,
        undefined,
        404,
      );
      assert.equal(missing.detail, 'Poll not found.');
      const mandate = await refused(
        secretary,
        'POST',
        '/api/mandates/nowhere/end',
        { endsOn: '2030-01-01' },
        404,
      );
      assert.equal(mandate.detail, 'Mandate not found.');
    });

    it('words a phone’s refused casts in English, with the member they name', async () => {
      const created = await secretary.post(`/api/assemblies/${slug}/resolutions`, {
        agendaItemId,
        title: 'Budget',
        text: 'approuve le budget',
        textEn: 'approves the budget',
        method: 'named',
      });
      assert.equal(created.statusCode, 201, created.body);
      const opened = await secretary.post(`/api/assemblies/${slug}/polls`, {
        resolutionId: (created.json() as { id: string }).id,
      });
      assert.equal(opened.statusCode, 201, opened.body);
      const pollId = (opened.json() as { id: string }).id;
      const path = `/api/participant/polls/${pollId}/ballots`;
      const first = phone(phones[0]!);

      const notCarried = await refused(
        first.client,
        'POST',
        path,
        { key: 'english-0001', ballots: [{ membershipId: phones[1]!.membershipId, choices: ['for'] }] },
        403,
        first.headers,
      );
      assert.equal(notCarried.errors?.[0]?.message, 'not_represented');
      assert.equal(withoutNames(notCarried.detail), 'You do not carry the vote of NAME.');

      const heavier = await refused(
        first.client,
        'POST',
        path,
        {
          key: 'english-0002',
          ballots: [{ membershipId: phones[0]!.membershipId, choices: ['for'], weight: 5 }],
        },
        400,
        first.headers,
      );
      assert.match(heavier.detail, /^.+ carries a weight of 1, not 5\.$/);

      const cast = {
        key: 'english-0003',
        ballots: [{ membershipId: phones[0]!.membershipId, choices: ['for'] }],
      };
      const accepted = await first.client.request('POST', path, cast, { ...english, ...first.headers });
      assert.equal(accepted.statusCode, 200, accepted.body);
      const twice = await refused(
        first.client,
        'POST',
        path,
        { ...cast, key: 'english-0004' },
        409,
        first.headers,
      );
      assert.match(twice.detail, /^The vote of .+ is already recorded\.$/);

      const closed = await secretary.post(`/api/assemblies/${slug}/polls/${pollId}/close`);
      assert.equal(closed.statusCode, 200, closed.body);
      const result = (closed.json() as { result: { sentence: { en: string } } }).result;
      assert.equal(
        result.sentence.en,
        'The General Assembly approves the budget. Resolution adopted by 1 vote for and 0 against.',
      );
      const late = await refused(
        first.client,
        'POST',
        path,
        { ...cast, key: 'english-0005' },
        409,
        first.headers,
      );
      assert.equal(late.detail, 'The poll is closed: this vote was not recorded.');

      const csv = await secretary.request(
        'GET',
        `/api/assemblies/${slug}/polls/${pollId}/result.csv`,
        undefined,
        english,
      );
      assert.equal(csv.statusCode, 200);
      assert.match(csv.body, /Voters,1 of 3/);
      assert.doesNotMatch(csv.body, /Votants|Résultat|Pour/);
    });
  });
}
