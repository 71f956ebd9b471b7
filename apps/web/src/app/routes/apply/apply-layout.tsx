import { Outlet } from 'react-router-dom';
import { DraftProvider } from '@/features/apply/components/draft-provider.tsx';

export function ApplyLayoutRoute() {
  return (
    <DraftProvider>
      <Outlet />
    </DraftProvider>
  );
}
