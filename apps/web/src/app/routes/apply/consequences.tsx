import { ConsequencesStep } from '@/features/apply/components/consequences-step.tsx';

export function ConsequencesRoute() {
  return <ConsequencesStep />;
}
