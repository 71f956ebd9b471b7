import { ReasonStep } from '@/features/apply/components/reason-step.tsx';

export function ReasonRoute() {
  return <ReasonStep />;
}
