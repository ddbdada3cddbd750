import { hashToken, isoAfter, newId, newSecretToken, nowIso } from '../src/ids.ts';
import type { DbOrTransaction } from '../src/db/database.ts';

/** A convocation straight in the database, with the link token a member would have received. */
export async function createConvocationLink(
  db: DbOrTransaction,
  {
    assemblyId,
    membershipId,
    personId,
  }: { assemblyId: string; membershipId: string; personId: string | null },
): Promise<string> {
  const token = newSecretToken();
  await db
    .insertInto('convocations')
    .values({
      id: newId(),
      assembly_id: assemblyId,
      membership_id: membershipId,
      person_id: personId,
      email: null,
      token_hash: hashToken(token),
      status: 'sent',
      error: null,
      sent_at: nowIso(),
      answer: null,
      answered_at: null,
      expires_at: isoAfter(7 * 86_400_000),
      created_at: nowIso(),
    })
    .execute();
  return token;
}

/** A phone signed in through the real convocation route: keeps the participant cookie and CSRF token. */
export class PhoneClient {
  cookie = '';
  csrfToken = '';

  constructor(readonly baseUrl: string) {}

  async signIn(linkToken: string): Promise<void> {
    const response = await fetch(`${this.baseUrl}/api/convocations/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: linkToken }),
    });
    if (!response.ok)
      throw new Error(`participant sign-in failed: ${response.status} ${await response.text()}`);
    this.cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const view = await fetch(`${this.baseUrl}/api/participant`, { headers: { cookie: this.cookie } });
    this.csrfToken = ((await view.json()) as { csrfToken: string }).csrfToken;
  }

  get headers(): Record<string, string> {
    return { cookie: this.cookie, 'x-csrf-token': this.csrfToken };
  }

  async send<T = Record<string, unknown>>(method: string, path: string, body?: unknown) {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { ...this.headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, json: () => JSON.parse(text) as T };
  }
}
