import { DeclarationsStep } from '@/features/apply/components/declarations-step.tsx';

export function DeclarationsRoute() {
  return <DeclarationsStep />;
}
