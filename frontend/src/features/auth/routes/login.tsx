import { Link, useNavigate, useSearchParams } from 'react-router';

import { paths, safeRedirect } from '@/config/paths';

import { AuthLayout } from '../components/auth-layout';
import { LoginForm } from '../components/login-form';

export function LoginRoute() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const redirectTo = searchParams.get('redirectTo');
  const registerHref = redirectTo ? `${paths.register}?redirectTo=${encodeURIComponent(redirectTo)}` : paths.register;

  return (
    <AuthLayout
      title="Log in to your account"
      footer={
        <>
          New here?{' '}
          <Link to={registerHref} className="font-semibold text-indigo-600 hover:text-indigo-500">
            Create an account
          </Link>
        </>
      }
    >
      <LoginForm onSuccess={() => void navigate(safeRedirect(redirectTo), { replace: true })} />
    </AuthLayout>
  );
}
