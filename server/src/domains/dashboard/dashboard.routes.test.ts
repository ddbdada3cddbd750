import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { DashboardView } from '../../../../common/dashboard.schemas.ts';
import { dayIn } from '../../../../common/time-zones.ts';
import { testEngines } from '../../../test/databases.ts';
import {
  createAssembly,
  createCategories,
  createIndividualMember,
  createPerson,
  createStatutes,
  createUser,
} from '../../../test/factories.ts';
import { linkIn } from '../../../test/smtp-server.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { ApiClient } from '../../../test/api-client.ts';

const today = dayIn('Europe/Paris');
const year = Number(today.slice(0, 4));

function dayPlus(days: number): string {
  return new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function stepsOf(view: DashboardView) {
  return Object.fromEntries(view.assembly!.timeline!.steps.map((step) => [step.key, step]));
}

for (const engine of testEngines()) {
  describe(`the dashboard on ${engine}`, () => {
    let test: TestApp;
    let secretary: ApiClient;
    let memberships: Record<string, string>;

    async function signedIn(role: 'administrator' | 'secretary' | 'treasurer' | 'member' | 'guest') {
      const client = test.client();
      await client.signIn((await createUser(test.runtime, { role })).email);
      return client;
    }

    async function dashboard(client: ApiClient): Promise<DashboardView> {
      const answer = await client.get('/api/dashboard');
      assert.equal(answer.statusCode, 200, answer.body);
      return answer.json();
    }

    beforeEach(async () => {
      test = await createTestApp(engine);
      await createCategories(test.runtime);
      // Half the members must be present or represented; fifteen days' notice.
      await createStatutes(test.runtime, {
        noticeDays: 15,
        ordinaryQuorum: { numerator: 1, denominator: 2 },
      });
      memberships = {};
      for (const firstName of ['Alice', 'Bruno', 'Chloé', 'David']) {
        const { membership } = await createIndividualMember(test.runtime, {
          year,
          firstName,
          lastName: 'Adhérent',
          email: `${firstName.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()}@example.org`,
        });
        memberships[firstName] = membership.id;
      }
      // Waiting for validation: counted as a task, not a voter.
      await createIndividualMember(test.runtime, { year, firstName: 'Émile', status: 'validation_pending' });
      secretary = await signedIn('secretary');
    });
    afterEach(() => test.close());

    it('follows the next assembly from the notice to the projected quorum, as replies come', async () => {
      const heldOn = dayPlus(30);
      await createAssembly(test.runtime, { slug: 'ag-prochaine', heldOn, membershipYear: year });
      await createAssembly(test.runtime, { slug: 'ag-plus-tard', heldOn: dayPlus(60), membershipYear: year });

      const before = await dashboard(secretary);
      assert.equal(before.today, today);
      assert.equal(before.membershipYear, year);
      assert.equal(before.assembly?.slug, 'ag-prochaine', 'the nearest assembly to come');
      const timeline = before.assembly!.timeline!;
      assert.equal(timeline.noticeDays, 15);
      assert.equal(timeline.convocationsDueBy, dayPlus(15), 'the assembly’s day less the notice');
      assert.equal(timeline.daysLeft, 30);
      assert.equal(timeline.votingMembers, 4);
      assert.equal(timeline.convocations.notConvened, 4);
      assert.deepEqual(timeline.projectedQuorum, {
        basis: 'attendance_and_proxies',
        isRequired: true,
        projected: 0,
        required: 2,
        isReached: false,
      });
      const steps = stepsOf(before);
      assert.equal(steps.convocations?.state, 'now');
      assert.equal(steps.convocations?.dueOn, dayPlus(15));
      assert.equal(steps.replies?.state, 'later');
      assert.equal(steps.check_in?.state, 'later');
      assert.equal(steps.minutes_sign?.state, 'later');

      const sent = await secretary.post('/api/assemblies/ag-prochaine/convocations', {});
      assert.equal(sent.statusCode, 202, sent.body);
      for (let attempt = 0; attempt < 100; attempt += 1) {
        if ((await dashboard(secretary)).assembly!.timeline!.convocations.pending === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const tokenOf = async (name: string) => {
        const mail = await test.smtp.waitForMessage((message) =>
          JSON.stringify(message.to).includes(`${name}@example.org`),
        );
        return linkIn(mail, `${test.config.publicUrl}/p#`).split('#').pop()!;
      };
      const answer = async (name: string, body: Record<string, unknown>) => {
        const answered = await test
          .client()
          .post('/api/convocations/answer', { token: await tokenOf(name), ...body });
        assert.equal(answered.statusCode, 200, answered.body);
      };
      await answer('alice', { answer: 'attending' });
      await answer('bruno', { answer: 'proxy', holderMembershipId: memberships.Alice });
      await answer('chloe', { answer: 'excused' });

      const after = (await dashboard(secretary)).assembly!.timeline!;
      assert.deepEqual(after.convocations, { sent: 4, pending: 0, failed: 0, letters: 0, notConvened: 0 });
      assert.deepEqual(after.replies, { attending: 1, excused: 1, proxy: 1, none: 1 });
      assert.equal(after.proxiesRecorded, 1);
      assert.deepEqual(after.projectedQuorum, {
        basis: 'replies',
        isRequired: true,
        projected: 2,
        required: 2,
        isReached: true,
      });
      const stepsAfter = stepsOf(await dashboard(secretary));
      assert.equal(stepsAfter.convocations?.state, 'done');
      assert.equal(stepsAfter.replies?.state, 'now', 'David has not answered');
      assert.equal(stepsAfter.quorum?.state, 'done');
    });

    it('says the convocations are late once the notice’s last day has passed', async () => {
      await createAssembly(test.runtime, { slug: 'ag-bientot', heldOn: dayPlus(5), membershipYear: year });
      const view = await dashboard(secretary);
      const steps = stepsOf(view);
      assert.equal(steps.convocations?.state, 'late');
      assert.equal(steps.convocations?.dueOn, dayPlus(-10));
    });

    it('counts nobody on a membership year without members, and never calls that quorum reached', async () => {
      await createAssembly(test.runtime, { slug: 'ag-vide', heldOn: dayPlus(30), membershipYear: year + 3 });
      const timeline = (await dashboard(secretary)).assembly!.timeline!;
      assert.equal(timeline.votingMembers, 0);
      assert.equal(timeline.projectedQuorum.isReached, false);
      const quorum = (await secretary.get('/api/assemblies/ag-vide/quorum')).json();
      assert.equal(quorum.quorum.isReached, false, 'no green "0 sur 0"');
      assert.equal(quorum.quorum.votingMembers, 0);
      assert.match(quorum.quorum.statement.fr, /aucun membre ne peut voter/);
    });

    it('follows the minutes of the last assembly held until they are signed', async () => {
      await createAssembly(test.runtime, { slug: 'ag-passee', heldOn: dayPlus(-20), membershipYear: year });
      await secretary.post('/api/assemblies/ag-passee/open', { time: '14:00' });
      await secretary.post('/api/assemblies/ag-passee/close', { time: '16:00' });
      const steps = stepsOf(await dashboard(secretary));
      assert.equal(steps.check_in?.state, 'done');
      assert.equal(steps.convocations?.state, 'passed', 'never sent, and too late to');
      assert.equal(steps.minutes_approve?.state, 'now');
      assert.equal(steps.minutes_sign?.state, 'later');
    });

    it('counts the work waiting, each task for the roles that may do it', async () => {
      await createAssembly(test.runtime, { slug: 'ag-prochaine', heldOn: dayPlus(30), membershipYear: year });
      // A fee called and not paid; a person entered twice.
      const called = await secretary.post(`/api/memberships/${memberships.Alice}/fee-calls`, {
        amountCents: 4000,
        calledOn: today,
      });
      assert.equal(called.statusCode, 201, called.body);
      await createPerson(test.runtime, { firstName: 'Alice', lastName: 'Adhérent' });

      const tasks = (view: DashboardView) =>
        Object.fromEntries(view.tasks.map((task) => [task.key, task.count]));
      assert.deepEqual(tasks(await dashboard(secretary)), {
        unpaid_fees: 1,
        memberships_to_validate: 1,
        duplicates: 1,
        imports_waiting: 0,
      });
      const administrator = await dashboard(await signedIn('administrator'));
      assert.ok(administrator.assembly?.timeline, 'administrators run assemblies');

      const treasurer = await dashboard(await signedIn('treasurer'));
      assert.deepEqual(tasks(treasurer), { unpaid_fees: 1 });
      assert.equal(treasurer.assembly?.slug, 'ag-prochaine');
      assert.equal(treasurer.assembly?.timeline, null, 'the timeline is for those who run assemblies');

      for (const role of ['member', 'guest'] as const) {
        const view = await dashboard(await signedIn(role));
        assert.deepEqual(view.tasks, [], `${role}: no task`);
        assert.equal(view.assembly?.heldOn, dayPlus(30), `${role}: the date of the next assembly`);
        assert.equal(view.assembly?.timeline, null);
      }
      assert.equal((await test.client().get('/api/dashboard')).statusCode, 401);
    });

    it('counts the memberships of the nearest year that has some, when this one has none', async () => {
      const other = await createTestApp(engine);
      try {
        await createCategories(other.runtime);
        await createIndividualMember(other.runtime, { year: 2017, status: 'validation_pending' });
        const client = other.client();
        await client.signIn((await createUser(other.runtime, { role: 'secretary' })).email);
        const view = (await client.get('/api/dashboard')).json() as DashboardView;
        assert.equal(view.membershipYear, 2017);
        assert.equal(view.assembly, null);
        assert.equal(view.tasks.find((task) => task.key === 'memberships_to_validate')?.count, 1);
      } finally {
        await other.close();
      }
    });

    it('tells the sign-in page whether any account exists', async () => {
      assert.deepEqual((await test.client().get('/api/first-run')).json(), { hasAccounts: true });
      const empty = await createTestApp(engine);
      try {
        assert.deepEqual((await empty.client().get('/api/first-run')).json(), { hasAccounts: false });
      } finally {
        await empty.close();
      }
    });
  });
}
