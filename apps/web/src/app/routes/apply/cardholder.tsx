import { CardholderStep } from '@/features/apply/components/cardholder-step.tsx';

export function CardholderRoute() {
  return <CardholderStep />;
}
