/**
 * Every error Quorum reports has one of these codes. The server maps each to an HTTP status;
 * the web app maps each to a French or English message.
 */
export const errorStatus = {
  validation_failed: 400,
  invalid_json: 400,
  not_authenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  email_taken: 409,
  token_invalid: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

/** RFC 9457 problem details, as every failing /api route answers. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  errors?: { path: string; message: string }[];
}
