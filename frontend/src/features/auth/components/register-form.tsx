import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';

import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';

import { useLogin } from '../api/login';
import { registerInputSchema, useRegister, type RegisterInput } from '../api/register';

import { applyServerErrors } from './server-errors';

/** Creates the account, then signs in with the same credentials. */
export function RegisterForm({ onSuccess }: { onSuccess: () => void }) {
  const registration = useRegister();
  const login = useLogin();
  const [serverError, setServerError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RegisterInput>({
    resolver: zodResolver(registerInputSchema),
    mode: 'onTouched',
    defaultValues: { fullName: '', email: '', password: '' },
  });

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    try {
      await registration.mutateAsync(values);
      await login.mutateAsync({ email: values.email, password: values.password });
      onSuccess();
    } catch (error) {
      setServerError(applyServerErrors(error, ['fullName', 'email', 'password'], setError));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label="Create account">
      {serverError && <ErrorAlert>{serverError}</ErrorAlert>}
      <TextField label="Full name" autoComplete="name" error={errors.fullName?.message} {...register('fullName')} />
      <TextField label="Email" type="email" autoComplete="email" error={errors.email?.message} {...register('email')} />
      <TextField
        label="Password"
        type="password"
        autoComplete="new-password"
        error={errors.password?.message}
        {...register('password')}
      />
      <p className="-mt-3 text-xs text-slate-500">8 to 128 characters.</p>
      <Button type="submit" className="w-full" isLoading={isSubmitting}>
        Create account
      </Button>
    </form>
  );
}
