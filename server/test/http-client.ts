/** A signed-in client of a real, listening server: keeps the session cookie and the CSRF token. */
export class HttpClient {
  cookie = '';
  csrfToken = '';

  constructor(readonly baseUrl: string) {}

  async signIn(email: string, password: string): Promise<void> {
    const response = await fetch(`${this.baseUrl}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
    this.cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    this.csrfToken = ((await response.json()) as { csrfToken: string }).csrfToken;
  }

  get headers(): Record<string, string> {
    return { cookie: this.cookie, 'x-csrf-token': this.csrfToken };
  }

  async send(method: string, path: string, body?: unknown): Promise<{ status: number; json: () => unknown }> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { ...this.headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, json: () => JSON.parse(text) };
  }
}
