import { lazy, Suspense, type ReactNode } from 'react';
import { Route } from 'react-router';
import { LoadingState } from '../../components/loading-state.tsx';
import { AssociationProvider } from '../association/association.context.tsx';
import { AssemblyLayout } from './assembly-layout.tsx';
import { RequireStaff } from './shared/require-staff.tsx';

// Assemblies are visited a few days a year: their pages load when first opened, not with sign-in.
const AssembliesPage = lazy(async () => ({
  default: (await import('./list/assemblies.page.tsx')).AssembliesPage,
}));
const AssemblyPage = lazy(async () => ({
  default: (await import('./overview/assembly.page.tsx')).AssemblyPage,
}));
const AttendancePage = lazy(async () => ({
  default: (await import('./attendance/attendance.page.tsx')).AttendancePage,
}));
const CheckInPage = lazy(async () => ({
  default: (await import('./check-in/check-in.page.tsx')).CheckInPage,
}));
const ConvocationsPage = lazy(async () => ({
  default: (await import('./convocations/convocations.page.tsx')).ConvocationsPage,
}));
const ControlPage = lazy(async () => ({ default: (await import('./session/control.page.tsx')).ControlPage }));
const ProjectorPage = lazy(async () => ({
  default: (await import('./session/projector.page.tsx')).ProjectorPage,
}));
const WorkshopsPage = lazy(async () => ({
  default: (await import('./workshops/workshops.page.tsx')).WorkshopsPage,
}));
const QuestionsPage = lazy(async () => ({
  default: (await import('./workshops/questions.page.tsx')).QuestionsPage,
}));

const MinutesPage = lazy(async () => ({
  default: (await import('../minutes/minutes.page.tsx')).MinutesPage,
}));

const page = (node: ReactNode) => <Suspense fallback={<LoadingState />}>{node}</Suspense>;
const staff = (node: ReactNode) => <RequireStaff>{node}</RequireStaff>;

/** The "Assemblées" area, placed by app.tsx inside the signed-in shell. */
export const assembliesRoutes = (
  <Route path="/assemblies">
    <Route index element={page(<AssembliesPage />)} />
    <Route path=":slug" element={<AssemblyLayout />}>
      <Route index element={<AssemblyPage />} />
      <Route path="attendance" element={staff(<AttendancePage />)} />
      <Route path="check-in" element={staff(<CheckInPage />)} />
      <Route path="convocations" element={staff(<ConvocationsPage />)} />
      <Route path="control" element={staff(<ControlPage />)} />
      <Route path="workshops" element={<WorkshopsPage />} />
      <Route path="questions" element={<QuestionsPage />} />
      <Route path="minutes" element={staff(page(<MinutesPage />))} />
    </Route>
  </Route>
);

/** The projector: signed-in only, but full screen, without the shell's header and navigation. */
export const projectorRoute = (
  <Route
    path="/assemblies/:slug/projector"
    element={<AssociationProvider>{page(<ProjectorPage />)}</AssociationProvider>}
  />
);
