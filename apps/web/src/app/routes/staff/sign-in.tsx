import { Page } from '@/components/ui/page.tsx';
import { SignInForm } from '@/features/staff/components/sign-in-form.tsx';

export function StaffSignInRoute() {
  return (
    <Page titleKey="staff.signIn.title">
      <SignInForm />
    </Page>
  );
}
