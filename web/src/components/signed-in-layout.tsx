import { AssociationProvider } from '../features/association/association.context.tsx';
import { AppLayout } from './app-layout.tsx';

/** The signed-in shell with the association it shows; app.tsx loads it on the first signed-in page. */
export function SignedInLayout() {
  return (
    <AssociationProvider>
      <AppLayout />
    </AssociationProvider>
  );
}
