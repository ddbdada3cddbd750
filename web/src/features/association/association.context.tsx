import { createContext, use, type ReactNode } from 'react';
import type { Association } from './association.api.ts';
import { useAssociationQuery } from './association.queries.ts';

const AssociationContext = createContext<Association | null>(null);

/** Loads the association once for the signed-in pages; they render without it until it arrives. */
export function AssociationProvider({ children }: { children: ReactNode }) {
  // On failure the header and dashboard fall back to generic wording; nothing else depends on it.
  const { data } = useAssociationQuery();
  return <AssociationContext value={data ?? null}>{children}</AssociationContext>;
}

/** The association, or null while it loads or if it could not be loaded. */
export function useAssociation(): Association | null {
  return use(AssociationContext);
}
