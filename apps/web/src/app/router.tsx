import { lazy, Suspense } from 'react';
import type { ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { RootLayout } from './layout.tsx';
import { LandingRoute } from './routes/landing.tsx';
import { useT } from '../lib/i18n/i18n-provider.tsx';

// Only the landing page is in the entry chunk; every other route is a lazy chunk so the
// citizen's first load stays within budget (≤ 100 KiB JS gzip) on a slow phone network.
// Declarative routes (not the data router) because the data router alone adds ~16 KiB gzip.
const ApplyLayoutRoute = lazy(() =>
  import('./routes/apply/apply-layout.tsx').then((m) => ({ default: m.ApplyLayoutRoute })),
);
const WhoRoute = lazy(() =>
  import('./routes/apply/who.tsx').then((m) => ({ default: m.WhoRoute })),
);
const AgentRoute = lazy(() =>
  import('./routes/apply/agent.tsx').then((m) => ({ default: m.AgentRoute })),
);
const NeedsRoute = lazy(() =>
  import('./routes/apply/needs.tsx').then((m) => ({ default: m.NeedsRoute })),
);
const ConsequencesRoute = lazy(() =>
  import('./routes/apply/consequences.tsx').then((m) => ({ default: m.ConsequencesRoute })),
);
const StopRoute = lazy(() =>
  import('./routes/apply/stop.tsx').then((m) => ({ default: m.StopRoute })),
);
const ReasonRoute = lazy(() =>
  import('./routes/apply/reason.tsx').then((m) => ({ default: m.ReasonRoute })),
);
const CardholderRoute = lazy(() =>
  import('./routes/apply/cardholder.tsx').then((m) => ({ default: m.CardholderRoute })),
);
const DocumentsRoute = lazy(() =>
  import('./routes/apply/documents.tsx').then((m) => ({ default: m.DocumentsRoute })),
);
const DeclarationsRoute = lazy(() =>
  import('./routes/apply/declarations.tsx').then((m) => ({ default: m.DeclarationsRoute })),
);
const CentreRoute = lazy(() =>
  import('./routes/apply/centre.tsx').then((m) => ({ default: m.CentreRoute })),
);
const CheckRoute = lazy(() =>
  import('./routes/apply/check.tsx').then((m) => ({ default: m.CheckRoute })),
);
const SubmittedRoute = lazy(() =>
  import('./routes/apply/submitted.tsx').then((m) => ({ default: m.SubmittedRoute })),
);
const WithdrawRoute = lazy(() =>
  import('./routes/apply/withdraw.tsx').then((m) => ({ default: m.WithdrawRoute })),
);
const TrackRoute = lazy(() =>
  import('./routes/track.tsx').then((m) => ({ default: m.TrackRoute })),
);
// The slot picker is its own chunk: only an approved applicant opens it.
const VisitRoute = lazy(() =>
  import('./routes/visit.tsx').then((m) => ({ default: m.VisitRoute })),
);
const VerifyRoute = lazy(() =>
  import('./routes/verify.tsx').then((m) => ({ default: m.VerifyRoute })),
);
const NotFoundRoute = lazy(() =>
  import('./routes/not-found.tsx').then((m) => ({ default: m.NotFoundRoute })),
);
// Staff screens never ship in the citizen entry bundle: separate lazy chunks only.
const StaffSignInRoute = lazy(() =>
  import('./routes/staff/sign-in.tsx').then((m) => ({ default: m.StaffSignInRoute })),
);
const StaffLayoutRoute = lazy(() =>
  import('./routes/staff/staff-layout.tsx').then((m) => ({ default: m.StaffLayoutRoute })),
);
const StaffQueueRoute = lazy(() =>
  import('./routes/staff/queue.tsx').then((m) => ({ default: m.StaffQueueRoute })),
);
const StaffApplicationRoute = lazy(() =>
  import('./routes/staff/application.tsx').then((m) => ({ default: m.StaffApplicationRoute })),
);
const StaffAuditRoute = lazy(() =>
  import('./routes/staff/audit.tsx').then((m) => ({ default: m.StaffAuditRoute })),
);
const StaffDashboardRoute = lazy(() =>
  import('./routes/staff/dashboard.tsx').then((m) => ({ default: m.StaffDashboardRoute })),
);
const StaffUsersRoute = lazy(() =>
  import('./routes/staff/users.tsx').then((m) => ({ default: m.StaffUsersRoute })),
);
const StaffVisitsRoute = lazy(() =>
  import('./routes/staff/visits.tsx').then((m) => ({ default: m.StaffVisitsRoute })),
);
const StaffScheduleRoute = lazy(() =>
  import('./routes/staff/schedule.tsx').then((m) => ({ default: m.StaffScheduleRoute })),
);
const StaffPasswordRoute = lazy(() =>
  import('./routes/staff/password.tsx').then((m) => ({ default: m.StaffPasswordRoute })),
);

function Loading() {
  const t = useT();
  return (
    <p className="loading" role="status">
      {t('ui.loading')}
    </p>
  );
}

function Chunk({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

export function AppRouter() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<RootLayout />}>
          <Route index element={<LandingRoute />} />
          <Route
            path="apply"
            element={
              <Chunk>
                <ApplyLayoutRoute />
              </Chunk>
            }
          >
            {/* "Who is filing?" comes first. */}
            <Route index element={<Navigate to="who" replace />} />
            <Route
              path="who"
              element={
                <Chunk>
                  <WhoRoute />
                </Chunk>
              }
            />
            <Route
              path="agent"
              element={
                <Chunk>
                  <AgentRoute />
                </Chunk>
              }
            />
            <Route
              path="needs"
              element={
                <Chunk>
                  <NeedsRoute />
                </Chunk>
              }
            />
            <Route
              path="consequences"
              element={
                <Chunk>
                  <ConsequencesRoute />
                </Chunk>
              }
            />
            <Route
              path="stop"
              element={
                <Chunk>
                  <StopRoute />
                </Chunk>
              }
            />
            <Route
              path="reason"
              element={
                <Chunk>
                  <ReasonRoute />
                </Chunk>
              }
            />
            <Route
              path="cardholder"
              element={
                <Chunk>
                  <CardholderRoute />
                </Chunk>
              }
            />
            <Route
              path="documents"
              element={
                <Chunk>
                  <DocumentsRoute />
                </Chunk>
              }
            />
            <Route
              path="declarations"
              element={
                <Chunk>
                  <DeclarationsRoute />
                </Chunk>
              }
            />
            <Route
              path="centre"
              element={
                <Chunk>
                  <CentreRoute />
                </Chunk>
              }
            />
            <Route
              path="check"
              element={
                <Chunk>
                  <CheckRoute />
                </Chunk>
              }
            />
            <Route
              path="submitted"
              element={
                <Chunk>
                  <SubmittedRoute />
                </Chunk>
              }
            />
            <Route
              path="withdraw"
              element={
                <Chunk>
                  <WithdrawRoute />
                </Chunk>
              }
            />
          </Route>
          <Route
            path="track"
            element={
              <Chunk>
                <TrackRoute />
              </Chunk>
            }
          />
          <Route
            path="visit"
            element={
              <Chunk>
                <VisitRoute />
              </Chunk>
            }
          />
          <Route
            path="verify/:serial"
            element={
              <Chunk>
                <VerifyRoute />
              </Chunk>
            }
          />
          <Route
            path="staff/sign-in"
            element={
              <Chunk>
                <StaffSignInRoute />
              </Chunk>
            }
          />
          <Route
            path="staff"
            element={
              <Chunk>
                <StaffLayoutRoute />
              </Chunk>
            }
          >
            <Route
              index
              element={
                <Chunk>
                  <StaffQueueRoute />
                </Chunk>
              }
            />
            <Route
              path="applications/:id"
              element={
                <Chunk>
                  <StaffApplicationRoute />
                </Chunk>
              }
            />
            <Route
              path="audit"
              element={
                <Chunk>
                  <StaffAuditRoute />
                </Chunk>
              }
            />
            <Route
              path="dashboard"
              element={
                <Chunk>
                  <StaffDashboardRoute />
                </Chunk>
              }
            />
            <Route
              path="users"
              element={
                <Chunk>
                  <StaffUsersRoute />
                </Chunk>
              }
            />
            <Route
              path="visits"
              element={
                <Chunk>
                  <StaffVisitsRoute />
                </Chunk>
              }
            />
            <Route
              path="schedule"
              element={
                <Chunk>
                  <StaffScheduleRoute />
                </Chunk>
              }
            />
            <Route
              path="password"
              element={
                <Chunk>
                  <StaffPasswordRoute />
                </Chunk>
              }
            />
          </Route>
          <Route
            path="*"
            element={
              <Chunk>
                <NotFoundRoute />
              </Chunk>
            }
          />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
