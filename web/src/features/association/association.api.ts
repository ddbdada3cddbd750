import { api } from '../../api/client.ts';
import type { AssociationView } from '../../../../common/association.schemas.ts';

export type Association = AssociationView;

export function fetchAssociation(): Promise<Association> {
  return api.get<Association>('/api/association');
}
