import type { Problem } from '../../../../common/errors.ts';
import type { SessionView } from '../../../../common/auth.schemas.ts';
import { api, ApiError, requestLanguage } from '../../api/client.ts';
import type {
  ImportField,
  ImportReportResponse,
  ImportResultResponse,
  ImportViewResponse,
  PasteReportResponse,
  UploadResponse,
} from '../../../../common/register-import.schemas.ts';

export type {
  ImportField,
  ImportReportResponse,
  ImportResultResponse,
  ImportViewResponse,
  PasteReportResponse,
  UploadResponse,
};
export type ImportMapping = Partial<Record<ImportField, string>>;

/** The register fields a column can feed, in the order the mapping step lists them. */
const fieldOrder: Record<ImportField, number> = {
  lastName: 0,
  firstName: 1,
  fullName: 2,
  email: 3,
  phone: 4,
  addressLine: 5,
  postalCode: 6,
  city: 7,
  country: 8,
  organisation: 9,
  title: 10,
  membershipYear: 11,
  category: 12,
  rate: 13,
  status: 14,
  effectiveOn: 15,
  notes: 16,
};
export const importFields = (Object.keys(fieldOrder) as ImportField[]).sort(
  (a, b) => fieldOrder[a] - fieldOrder[b],
);

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'code' in value && 'status' in value;
}

/**
 * The file goes as the request's body, streamed by the browser, not as JSON: the shared client
 * only sends JSON, so this call is made here, with the session's anti-CSRF token.
 */
export async function uploadImportFile(file: File): Promise<UploadResponse> {
  const { csrfToken } = await api.get<SessionView>('/api/session');
  let response: Response;
  try {
    response = await fetch(`/api/register/imports?fileName=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        'accept-language': requestLanguage(),
        'content-type': file.type || 'application/octet-stream',
        ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}),
      },
      body: file,
    });
  } catch {
    throw new ApiError({
      type: 'about:blank',
      title: 'Network error',
      status: 503,
      detail: '',
      code: 'unavailable',
    });
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(
      isProblem(body)
        ? body
        : {
            type: 'about:blank',
            title: response.statusText,
            status: response.status,
            detail: '',
            code: 'internal',
          },
    );
  }
  return body as UploadResponse;
}

export function fetchImport(importId: string): Promise<ImportViewResponse> {
  return api.get<ImportViewResponse>(`/api/register/imports/${importId}`);
}

export function checkImport(importId: string, mapping: ImportMapping): Promise<ImportReportResponse> {
  return api.post<ImportReportResponse>(`/api/register/imports/${importId}/dry-run`, { mapping });
}

export function commitImport(importId: string, mapping: ImportMapping): Promise<ImportResultResponse> {
  return api.post<ImportResultResponse>(`/api/register/imports/${importId}/commit`, { mapping });
}

export function pasteLines(text: string, dryRun: boolean): Promise<PasteReportResponse> {
  return api.post<PasteReportResponse>('/api/register/paste', { text, dryRun });
}

export function exportUrl(format: 'csv' | 'xlsx', year: number | null): string {
  return `/api/register/export.${format}${year ? `?year=${year}` : ''}`;
}
