// npm run bench:web — what each main page costs a browser on its first visit: the web app built for
// production, served by the real server (a child process, on the demo association), each page loaded
// in headless Chromium with an empty cache. Prints one line per page:
//   bench:web page=participant js_gzip_kb=N css_gzip_kb=N requests=N load_ms=N
// js/css: the scripts and style sheets transferred, gzipped (the server sends them uncompressed: a
// proxy in front compresses them, so each body is gzipped here as it would); requests: every request
// the page made; load_ms: from navigation to the last response before the page went quiet (its
// heading shown, nothing in flight for 300 ms; Server-Sent Event streams do not count).
// BENCH_WEB_FILES=1 also lists, on stderr, each page's requests and their gzipped sizes.
import { spawnSync } from 'node:child_process';
import zlib from 'node:zlib';
import pino from 'pino';
import type { APIResponse, Browser, BrowserContext, Request } from 'playwright-core';
import { dayIn } from '../common/time-zones.ts';
import { launchBrowser } from '../e2e/browser.ts';
import { loadConfig } from '../server/src/config.ts';
import { openDatabase } from '../server/src/db/database.ts';
import { openRuntime } from '../server/src/runtime.ts';
import { createTestDatabase } from '../server/test/databases.ts';
import { createUser, testPassword } from '../server/test/factories.ts';
import { createConvocationLink } from '../server/test/participants.ts';
import { startServerProcess } from '../server/test/server-process.ts';

const slug = 'ag-mesure';
const quietMs = 300;

const built = spawnSync(process.execPath, ['scripts/build-web.mjs', '--force'], { stdio: 'inherit' });
if (built.status !== 0) throw new Error('the web app did not build');

const database = await createTestDatabase('sqlite', 'demo');
const runtime = await openRuntime({
  config: { ...loadConfig({}), databaseUrl: database.url, logLevel: 'silent' },
  logger: pino({ level: 'silent' }),
  databaseOptions: database.options,
});
const secretary = await createUser(runtime, { role: 'secretary' });
await runtime.close();

const { child, address } = await startServerProcess({ url: database.url, serveWeb: true });
let browser: Browser | undefined;
try {
  browser = await launchBrowser();
  const { staffCookies, member } = await prepareAssembly(browser, address);
  const phoneCookies = await signInPhone(browser, address, member);
  const pages = [
    { name: 'participant', path: '/participant', cookies: phoneCookies, phone: true },
    { name: 'projector', path: `/assemblies/${slug}/projector`, cookies: staffCookies, phone: false },
    { name: 'check-in', path: `/assemblies/${slug}/check-in`, cookies: staffCookies, phone: false },
    { name: 'control', path: `/assemblies/${slug}/control`, cookies: staffCookies, phone: false },
    { name: 'dashboard', path: '/', cookies: staffCookies, phone: false },
    { name: 'register', path: '/members', cookies: staffCookies, phone: false },
  ];
  for (const entry of pages) {
    const figures = await measure(browser, address, entry);
    console.log(
      `bench:web page=${entry.name} js_gzip_kb=${figures.jsKb} css_gzip_kb=${figures.cssKb} requests=${figures.requests} load_ms=${figures.loadMs}`,
    );
  }
} finally {
  await browser?.close();
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  await database.drop();
}

type Cookies = Awaited<ReturnType<BrowserContext['cookies']>>;

/**
 * An open assembly of the demo with two members present and an open poll; returns the staff's
 * cookies and a member present, for the phone.
 */
async function prepareAssembly(browser: Browser, baseURL: string) {
  const staff = await browser.newContext({ baseURL });
  try {
    const signIn = await staff.request.post('/api/session', {
      data: { email: secretary.email, password: testPassword },
    });
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    const headers = { 'x-csrf-token': csrfToken };
    const expectOk = async (response: APIResponse) => {
      if (!response.ok()) throw new Error(`setup failed: ${response.status()} ${await response.text()}`);
      return response;
    };
    const created = await expectOk(
      await staff.request.post('/api/assemblies', {
        headers,
        data: {
          slug,
          kind: 'ordinary',
          title: 'Assemblée de mesure',
          heldOn: dayIn('Europe/Paris'),
          place: 'Superpublic',
          plannedStart: '14:00',
          membershipYear: 2017,
          agenda: [{ kind: 'deliberative', title: 'Approbation des comptes' }],
        },
      }),
    );
    const assembly = (await created.json()) as { id: string; agenda: { id: string }[] };
    const sheet = (await (await staff.request.get(`/api/assemblies/${slug}/attendance`)).json()) as {
      votingMembers: { membershipId: string; personId: string | null }[];
    };
    const members = sheet.votingMembers.filter((member) => member.personId).slice(0, 2);
    for (const member of members) {
      await expectOk(
        await staff.request.post(`/api/assemblies/${slug}/attendance`, {
          headers,
          data: { ...member, role: 'voting_member', status: 'present' },
        }),
      );
    }
    await expectOk(await staff.request.post(`/api/assemblies/${slug}/open`, { headers }));
    const resolution = await expectOk(
      await staff.request.post(`/api/assemblies/${slug}/resolutions`, {
        headers,
        data: {
          agendaItemId: assembly.agenda[0]!.id,
          title: 'Comptes 2029',
          text: 'approuve les comptes 2029',
          method: 'secret',
        },
      }),
    );
    const { id: resolutionId } = (await resolution.json()) as { id: string };
    await expectOk(
      await staff.request.post(`/api/assemblies/${slug}/polls`, { headers, data: { resolutionId } }),
    );
    return { staffCookies: await staff.cookies(), member: { assemblyId: assembly.id, ...members[0]! } };
  } finally {
    await staff.close();
  }
}

/** A participant session on the phone, opened by the convocation link's real route. */
async function signInPhone(
  browser: Browser,
  baseURL: string,
  member: { assemblyId: string; membershipId: string; personId: string | null },
): Promise<Cookies> {
  const handle = openDatabase(database.url, database.options);
  let token: string;
  try {
    token = await createConvocationLink(handle.db, member);
  } finally {
    await handle.close();
  }
  const phone = await browser.newContext({ baseURL });
  try {
    const response = await phone.request.post('/api/convocations/sign-in', { data: { token } });
    if (!response.ok()) throw new Error(`phone sign-in failed: ${response.status()}`);
    return await phone.cookies();
  } finally {
    await phone.close();
  }
}

/** Loads one page in a fresh context (empty cache) and sums what it transferred. */
async function measure(
  browser: Browser,
  baseURL: string,
  entry: { path: string; cookies: Cookies; phone: boolean },
) {
  const context = await browser.newContext({
    baseURL,
    locale: 'fr-FR',
    ...(entry.phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : {}),
  });
  await context.addCookies(entry.cookies);
  const page = await context.newPage();
  const inFlight = new Set<Request>();
  const bodies: Promise<{ kind: 'js' | 'css' | 'other'; url: string; gzipBytes: number }>[] = [];
  let requests = 0;
  let lastActivity = 0;
  const isStream = (request: Request) => new URL(request.url()).pathname.endsWith('/events');
  page.on('request', (request) => {
    requests += 1;
    if (!isStream(request)) inFlight.add(request);
    lastActivity = performance.now();
  });
  const settle = (request: Request) => {
    inFlight.delete(request);
    lastActivity = performance.now();
  };
  page.on('requestfailed', settle);
  page.on('requestfinished', (request) => {
    settle(request);
    bodies.push(
      (async () => {
        const response = await request.response();
        const type = request.resourceType();
        const kind = type === 'script' ? 'js' : type === 'stylesheet' ? 'css' : 'other';
        const url = request.url();
        if (!response || kind === 'other') return { kind, url, gzipBytes: 0 };
        const encoding = (await response.allHeaders())['content-encoding'];
        if (encoding === 'gzip' || encoding === 'br') {
          return { kind, url, gzipBytes: (await request.sizes()).responseBodySize };
        }
        return { kind, url, gzipBytes: zlib.gzipSync(await response.body()).length };
      })(),
    );
  });
  const started = performance.now();
  await page.goto(entry.path, { waitUntil: 'load' });
  await page.locator('h1').first().waitFor({ timeout: 15_000 });
  while (inFlight.size > 0 || performance.now() - lastActivity < quietMs) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const loadMs = Math.round(lastActivity - started);
  const sizes = await Promise.all(bodies);
  if (process.env.BENCH_WEB_FILES) {
    for (const size of sizes) console.error(`  ${entry.path} ${size.url} ${size.gzipBytes}`);
  }
  const kb = (kind: 'js' | 'css') =>
    Math.round(
      sizes.filter((size) => size.kind === kind).reduce((sum, size) => sum + size.gzipBytes, 0) / 1024,
    );
  await context.close();
  return { jsKb: kb('js'), cssKb: kb('css'), requests, loadMs };
}
