import { api } from '../../api/client.ts';
import type { ProgrammeYearView, ProjectInput } from '../../../../common/programmes.schemas.ts';

export function fetchProgrammeYears(): Promise<{ years: number[] }> {
  return api.get('/api/programmes');
}

export function fetchProgrammeYear(year: number): Promise<ProgrammeYearView> {
  return api.get(`/api/programmes/${year}`);
}

export function addProject(input: ProjectInput): Promise<ProgrammeYearView> {
  return api.post('/api/projects', input);
}
