import { NeedsStep } from '@/features/apply/components/needs-step.tsx';

export function NeedsRoute() {
  return <NeedsStep />;
}
