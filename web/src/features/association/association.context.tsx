import { createContext, use, useEffect, useState, type ReactNode } from 'react';
import { fetchAssociation, type Association } from './association.api.ts';

const AssociationContext = createContext<Association | null>(null);

/** Loads the association once for the signed-in pages; they render without it until it arrives. */
export function AssociationProvider({ children }: { children: ReactNode }) {
  const [association, setAssociation] = useState<Association | null>(null);

  useEffect(() => {
    let isCurrent = true;
    fetchAssociation().then(
      (loaded) => {
        if (isCurrent) setAssociation(loaded);
      },
      () => {
        // The header and dashboard fall back to generic wording; nothing else depends on it.
      },
    );
    return () => {
      isCurrent = false;
    };
  }, []);

  return <AssociationContext value={association}>{children}</AssociationContext>;
}

/** The association, or null while it loads or if it could not be loaded. */
export function useAssociation(): Association | null {
  return use(AssociationContext);
}
