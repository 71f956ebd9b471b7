import { WithdrawApplication } from '@/features/apply/components/withdraw-application.tsx';

export function WithdrawRoute() {
  return <WithdrawApplication />;
}
