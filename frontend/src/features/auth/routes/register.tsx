import { Link, useNavigate, useSearchParams } from 'react-router';

import { paths, safeRedirect } from '@/config/paths';

import { AuthLayout } from '../components/auth-layout';
import { RegisterForm } from '../components/register-form';

export function RegisterRoute() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const redirectTo = searchParams.get('redirectTo');
  const loginHref = redirectTo ? `${paths.login}?redirectTo=${encodeURIComponent(redirectTo)}` : paths.login;

  return (
    <AuthLayout
      title="Create your account"
      footer={
        <>
          Already have an account?{' '}
          <Link to={loginHref} className="font-semibold text-indigo-600 hover:text-indigo-500">
            Log in
          </Link>
        </>
      }
    >
      <RegisterForm onSuccess={() => void navigate(safeRedirect(redirectTo), { replace: true })} />
    </AuthLayout>
  );
}
