import { Outlet } from 'react-router-dom';
import { RequireStaff } from '@/features/staff/components/staff-session.tsx';
import { StaffBar } from '@/features/staff/components/staff-bar.tsx';

export function StaffLayoutRoute() {
  return (
    <RequireStaff>
      <StaffBar />
      <Outlet />
    </RequireStaff>
  );
}
