import { lazy, Suspense } from 'react';
import type { ComponentType, LazyExoticComponent, ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { RootLayout } from './layout.tsx';
import { LandingRoute } from './routes/landing.tsx';
import { useT } from '@/lib/i18n/i18n-provider.tsx';

// Only the landing page is in the entry chunk; every other route is a lazy chunk so the
// citizen's first load stays within budget (≤ 100 KiB JS gzip) on a slow phone network.
// Declarative routes (not the data router) because the data router alone adds ~16 KiB gzip.
// Each page names its own title (`Page`'s titleKey, which is also its heading).

type Lazy = LazyExoticComponent<ComponentType>;

/** A page as its own chunk: the module, loaded when first shown, and the page it exports. */
function page<K extends string, M extends Record<K, ComponentType>>(
  load: () => Promise<M>,
  name: K,
): Lazy {
  return lazy(async () => ({ default: (await load())[name] }));
}

interface RouteEntry {
  /** none for the index route of its parent */
  path?: string;
  /** a lazy page, or an element already in the entry chunk (the landing page, a redirect) */
  page?: Lazy;
  element?: ReactNode;
  children?: RouteEntry[];
}

/** Every route of the app: its path, and the page shown there. */
const ROUTES: RouteEntry[] = [
  { element: <LandingRoute /> },
  {
    path: 'apply',
    page: page(() => import('./routes/apply/apply-layout.tsx'), 'ApplyLayoutRoute'),
    children: [
      // "Who is filing?" comes first.
      { element: <Navigate to="who" replace /> },
      { path: 'who', page: page(() => import('./routes/apply/who.tsx'), 'WhoRoute') },
      { path: 'agent', page: page(() => import('./routes/apply/agent.tsx'), 'AgentRoute') },
      { path: 'needs', page: page(() => import('./routes/apply/needs.tsx'), 'NeedsRoute') },
      {
        path: 'consequences',
        page: page(() => import('./routes/apply/consequences.tsx'), 'ConsequencesRoute'),
      },
      { path: 'stop', page: page(() => import('./routes/apply/stop.tsx'), 'StopRoute') },
      { path: 'reason', page: page(() => import('./routes/apply/reason.tsx'), 'ReasonRoute') },
      {
        path: 'cardholder',
        page: page(() => import('./routes/apply/cardholder.tsx'), 'CardholderRoute'),
      },
      {
        path: 'documents',
        page: page(() => import('./routes/apply/documents.tsx'), 'DocumentsRoute'),
      },
      {
        path: 'declarations',
        page: page(() => import('./routes/apply/declarations.tsx'), 'DeclarationsRoute'),
      },
      { path: 'centre', page: page(() => import('./routes/apply/centre.tsx'), 'CentreRoute') },
      { path: 'check', page: page(() => import('./routes/apply/check.tsx'), 'CheckRoute') },
      {
        path: 'submitted',
        page: page(() => import('./routes/apply/submitted.tsx'), 'SubmittedRoute'),
      },
      {
        path: 'withdraw',
        page: page(() => import('./routes/apply/withdraw.tsx'), 'WithdrawRoute'),
      },
    ],
  },
  { path: 'track', page: page(() => import('./routes/track.tsx'), 'TrackRoute') },
  // The slot picker is its own chunk: only an approved applicant opens it.
  { path: 'visit', page: page(() => import('./routes/visit.tsx'), 'VisitRoute') },
  { path: 'verify/:serial', page: page(() => import('./routes/verify.tsx'), 'VerifyRoute') },
  // Staff screens never ship in the citizen entry bundle: separate lazy chunks only.
  {
    path: 'staff/sign-in',
    page: page(() => import('./routes/staff/sign-in.tsx'), 'StaffSignInRoute'),
  },
  {
    path: 'staff',
    page: page(() => import('./routes/staff/staff-layout.tsx'), 'StaffLayoutRoute'),
    children: [
      { page: page(() => import('./routes/staff/queue.tsx'), 'StaffQueueRoute') },
      {
        path: 'applications/:id',
        page: page(() => import('./routes/staff/application.tsx'), 'StaffApplicationRoute'),
      },
      { path: 'audit', page: page(() => import('./routes/staff/audit.tsx'), 'StaffAuditRoute') },
      {
        path: 'dashboard',
        page: page(() => import('./routes/staff/dashboard.tsx'), 'StaffDashboardRoute'),
      },
      { path: 'users', page: page(() => import('./routes/staff/users.tsx'), 'StaffUsersRoute') },
      { path: 'visits', page: page(() => import('./routes/staff/visits.tsx'), 'StaffVisitsRoute') },
      {
        path: 'schedule',
        page: page(() => import('./routes/staff/schedule.tsx'), 'StaffScheduleRoute'),
      },
      {
        path: 'password',
        page: page(() => import('./routes/staff/password.tsx'), 'StaffPasswordRoute'),
      },
    ],
  },
  { path: '*', page: page(() => import('./routes/not-found.tsx'), 'NotFoundRoute') },
];

function Loading() {
  const t = useT();
  return (
    <p className="loading" role="status">
      {t('ui.loading')}
    </p>
  );
}

function elementOf(entry: RouteEntry): ReactNode {
  if (!entry.page) return entry.element;
  const Page = entry.page;
  return (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
}

function routesOf(entries: RouteEntry[]): ReactNode[] {
  return entries.map((entry) =>
    entry.path === undefined ? (
      <Route key="(index)" index element={elementOf(entry)} />
    ) : (
      <Route key={entry.path} path={entry.path} element={elementOf(entry)}>
        {entry.children ? routesOf(entry.children) : null}
      </Route>
    ),
  );
}

export function AppRouter() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<RootLayout />}>{routesOf(ROUTES)}</Route>
      </Routes>
    </BrowserRouter>
  );
}
