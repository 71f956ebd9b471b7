import { StopStep } from '@/features/apply/components/stop-step.tsx';

export function StopRoute() {
  return <StopStep />;
}
