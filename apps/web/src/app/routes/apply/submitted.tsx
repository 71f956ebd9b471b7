import { SubmittedConfirmation } from '@/features/apply/components/submitted-confirmation.tsx';

export function SubmittedRoute() {
  return <SubmittedConfirmation />;
}
