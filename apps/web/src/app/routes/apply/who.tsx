import { WhoStep } from '@/features/apply/components/who-step.tsx';

export function WhoRoute() {
  return <WhoStep />;
}
