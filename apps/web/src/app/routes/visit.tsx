import { VisitPage } from '@/features/visit/components/visit-page.tsx';

export function VisitRoute() {
  return <VisitPage />;
}
