import { CheckAnswersStep } from '@/features/apply/components/check-answers-step.tsx';

export function CheckRoute() {
  return <CheckAnswersStep />;
}
