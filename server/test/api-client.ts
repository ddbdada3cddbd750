import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { App } from '../src/http/routes.ts';
import { testPassword } from './factories.ts';

/** Talks to the app in-process like a browser would: keeps the session cookie and sends the CSRF token. */
export class ApiClient {
  private cookie: string | undefined;
  csrfToken: string | undefined;

  constructor(private readonly app: App) {}

  async request(
    method: InjectOptions['method'],
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    const response = await this.app.inject({
      method,
      url,
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrfToken ? { 'x-csrf-token': this.csrfToken } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { payload: body as InjectOptions['payload'] }),
    });
    const setCookie = response.cookies.find((cookie) => cookie.name === 'quorum_session');
    if (setCookie) this.cookie = setCookie.value ? `quorum_session=${setCookie.value}` : undefined;
    return response;
  }

  get(url: string) {
    return this.request('GET', url);
  }

  post(url: string, body?: unknown) {
    return this.request('POST', url, body ?? {});
  }

  async signIn(email: string, password = testPassword): Promise<LightMyRequestResponse> {
    const response = await this.post('/api/session', { email, password });
    if (response.statusCode === 200) this.csrfToken = (response.json() as { csrfToken: string }).csrfToken;
    return response;
  }
}
