import { CentreStep } from '@/features/apply/components/centre-step.tsx';

export function CentreRoute() {
  return <CentreStep />;
}
