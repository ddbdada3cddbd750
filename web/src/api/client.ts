import i18next from 'i18next';
import type { ErrorCode, Problem } from '../../../common/errors.ts';

/** A failed call to the Quorum API, carrying the RFC 9457 problem the server answered. */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get code(): ErrorCode {
    return this.problem.code;
  }

  get status(): number {
    return this.problem.status;
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const unsafeMethods: readonly Method[] = ['POST', 'PUT', 'PATCH', 'DELETE'];

let csrfToken: string | null = null;
let onNotAuthenticated: (() => void) | null = null;

/** The session hands its CSRF token here so every state-changing request carries it. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when the server says the session is gone, so the app can send the user to sign in. */
export function setNotAuthenticatedHandler(handler: (() => void) | null): void {
  onNotAuthenticated = handler;
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'code' in value && 'status' in value;
}

function problemFromStatus(status: number, title: string): Problem {
  const code: ErrorCode = status === 503 || status === 502 || status === 504 ? 'unavailable' : 'internal';
  return { type: 'about:blank', title, status, detail: title, code };
}

async function readProblem(response: Response): Promise<Problem> {
  try {
    const body: unknown = await response.json();
    if (isProblem(body)) return body;
  } catch {
    // Not JSON: a proxy or the network answered, not Quorum.
  }
  return problemFromStatus(response.status, response.statusText);
}

/** The page's language, sent as `Accept-Language` so the server words its refusals in it. */
export function requestLanguage(): string {
  return i18next.resolvedLanguage ?? i18next.language ?? 'fr';
}

/** A write on a versioned record names the version it was made on; a stale one is refused (409). */
interface WriteOptions {
  version?: number;
  /** A credential that is not the session's: a trustee's token (`X-Trustee-Token`). */
  headers?: Record<string, string>;
}

interface RequestOptions extends WriteOptions {
  /** The answer is a file (a PDF), read as a Blob. */
  isFile?: boolean;
}

async function request<T>(
  method: Method,
  path: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = {
    ...options.headers,
    accept: 'application/json',
    'accept-language': requestLanguage(),
  };
  if (options.version !== undefined) headers['if-match'] = `"${options.version}"`;
  // A file (a logo) goes as the raw body with its own type; anything else as JSON.
  const isFile = body instanceof Blob;
  if (body !== undefined)
    headers['content-type'] = isFile ? body.type || 'application/octet-stream' : 'application/json';
  if (csrfToken && unsafeMethods.includes(method)) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : isFile ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(problemFromStatus(503, 'Network error'));
  }

  if (!response.ok) {
    const problem = await readProblem(response);
    if (problem.code === 'not_authenticated') onNotAuthenticated?.();
    throw new ApiError(problem);
  }
  if (options.isFile) return (await response.blob()) as T;
  if (response.status === 204 || response.status === 202) {
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string, options?: WriteOptions) => request<T>('GET', path, undefined, options),
  post: <T>(path: string, body?: unknown, options?: WriteOptions) =>
    request<T>('POST', path, body ?? {}, options),
  /** A POST whose answer is a file made for this request (letters with new links), as a Blob. */
  postForFile: (path: string, body?: unknown) => request<Blob>('POST', path, body ?? {}, { isFile: true }),
  put: <T>(path: string, body?: unknown, options?: WriteOptions) =>
    request<T>('PUT', path, body ?? {}, options),
  patch: <T>(path: string, body?: unknown, options?: WriteOptions) =>
    request<T>('PATCH', path, body ?? {}, options),
  delete: <T>(path: string) => request<T>('DELETE', path),
};
