import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { lazyPage } from '../../components/lazy-page.tsx';
import { AssociationProvider } from '../association/association.context.tsx';
import { RequireStaff } from './shared/require-staff.tsx';

// Assemblies are visited a few days a year: their pages load when first opened, not with sign-in.
const AssemblyLayout = lazyPage(
  () => import('./assembly-layout.tsx'),
  (module) => module.AssemblyLayout,
);
const AssembliesPage = lazyPage(
  () => import('./list/assemblies.page.tsx'),
  (module) => module.AssembliesPage,
);
const AssemblyPage = lazyPage(
  () => import('./overview/assembly.page.tsx'),
  (module) => module.AssemblyPage,
);
const AttendancePage = lazyPage(
  () => import('./attendance/attendance.page.tsx'),
  (module) => module.AttendancePage,
);
const CheckInPage = lazyPage(
  () => import('./check-in/check-in.page.tsx'),
  (module) => module.CheckInPage,
);
const ConvocationsPage = lazyPage(
  () => import('./convocations/convocations.page.tsx'),
  (module) => module.ConvocationsPage,
);
const ControlPage = lazyPage(
  () => import('./session/control.page.tsx'),
  (module) => module.ControlPage,
);
const ProjectorPage = lazyPage(
  () => import('./session/projector.page.tsx'),
  (module) => module.ProjectorPage,
  { texts: 'first' },
);
const KioskPage = lazyPage(
  () => import('./check-in/kiosk.page.tsx'),
  (module) => module.KioskPage,
);
const WorkshopsPage = lazyPage(
  () => import('./workshops/workshops.page.tsx'),
  (module) => module.WorkshopsPage,
);
const QuestionsPage = lazyPage(
  () => import('./workshops/questions.page.tsx'),
  (module) => module.QuestionsPage,
);

const MinutesPage = lazyPage(
  () => import('../minutes/minutes.page.tsx'),
  (module) => module.MinutesPage,
);

const LiveMinutesPage = lazyPage(
  () => import('../minutes/live-minutes.page.tsx'),
  (module) => module.LiveMinutesPage,
);

const staff = (node: ReactNode) => <RequireStaff>{node}</RequireStaff>;

/** The "Assemblées" area, placed by app.tsx inside the signed-in shell. */
export const assembliesRoutes = (
  <Route path="/assemblies">
    <Route index element={<AssembliesPage />} />
    <Route path=":slug" element={<AssemblyLayout />}>
      <Route index element={<AssemblyPage />} />
      <Route path="attendance" element={staff(<AttendancePage />)} />
      <Route path="check-in" element={staff(<CheckInPage />)} />
      <Route path="convocations" element={staff(<ConvocationsPage />)} />
      <Route path="control" element={staff(<ControlPage />)} />
      <Route path="workshops" element={<WorkshopsPage />} />
      <Route path="questions" element={<QuestionsPage />} />
      <Route path="minutes" element={staff(<MinutesPage />)} />
      <Route path="minutes/live" element={staff(<LiveMinutesPage />)} />
    </Route>
  </Route>
);

/** The projector: signed-in only, but full screen, without the shell's header and navigation. */
export const projectorRoute = (
  <Route
    path="/assemblies/:slug/projector"
    element={
      <AssociationProvider>
        <ProjectorPage />
      </AssociationProvider>
    }
  />
);

/** The door's kiosk: the check-in full screen, without the shell (staff only, as the check-in). */
export const kioskRoute = (
  <Route
    path="/assemblies/:slug/kiosk"
    element={
      <AssociationProvider>
        <KioskPage />
      </AssociationProvider>
    }
  />
);
