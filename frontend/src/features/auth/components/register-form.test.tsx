import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { authToken } from '@/lib/auth-token';
import { json, mockFetch, problem } from '@/testing/fetch-mock';
import { renderAt } from '@/testing/render';

import { RegisterForm } from './register-form';

function renderForm() {
  const onSuccess = vi.fn();
  return { onSuccess, ...renderAt(<RegisterForm onSuccess={onSuccess} />, '/register') };
}

async function fillIn(user: ReturnType<typeof renderForm>['user'], values: { fullName: string; email: string; password: string }) {
  await user.type(screen.getByLabelText('Full name'), values.fullName);
  await user.type(screen.getByLabelText('Email'), values.email);
  await user.type(screen.getByLabelText('Password'), values.password);
}

describe('RegisterForm', () => {
  it('requires a full name, a valid email and a long enough password', async () => {
    const fetch = mockFetch({});
    const { user } = renderForm();

    await user.type(screen.getByLabelText('Full name'), '   ');
    await user.tab();
    expect(await screen.findByText('Enter your full name')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Email'), 'ada@');
    await user.tab();
    expect(await screen.findByText('Enter a valid email address')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Password'), '1234567');
    await user.tab();
    expect(await screen.findByText('Password must be at least 8 characters')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(fetch).not.toHaveBeenCalled();
  });

  it('registers, then logs in with the same credentials', async () => {
    const fetch = mockFetch({
      'POST /auth/register': () => json({ id: '7', email: 'ada@example.com', fullName: 'Ada Lovelace' }, 201),
      'POST /auth/login': () => json({ accessToken: 'jwt-7', tokenType: 'Bearer', expiresIn: 900 }),
    });
    const { user, onSuccess } = renderForm();

    await fillIn(user, { fullName: 'Ada Lovelace', email: 'ada@example.com', password: 'analytical-engine' });
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    await waitFor(() => expect(onSuccess).toHaveBeenCalledOnce());
    expect(authToken.get()).toBe('jwt-7');
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(['/auth/register', '/auth/login']);
    expect(JSON.parse(fetch.mock.calls[0]![1]!.body as string)).toEqual({
      fullName: 'Ada Lovelace',
      email: 'ada@example.com',
      password: 'analytical-engine',
    });
  });

  it("shows the server's detail when the email is taken", async () => {
    mockFetch({ 'POST /auth/register': () => problem(409, { title: 'Conflict', detail: 'An account with this email already exists' }) });
    const { user, onSuccess } = renderForm();

    await fillIn(user, { fullName: 'Ada Lovelace', email: 'ada@example.com', password: 'analytical-engine' });
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('An account with this email already exists');
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it("puts the server's field errors next to their fields", async () => {
    mockFetch({
      'POST /auth/register': () =>
        problem(400, { title: 'Bad Request', detail: 'The request is invalid', errors: [{ field: 'fullName', message: 'size must be between 1 and 100' }] }),
    });
    const { user } = renderForm();

    await fillIn(user, { fullName: 'A'.repeat(150), email: 'ada@example.com', password: 'analytical-engine' });
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The request is invalid');
    expect(screen.getByText('size must be between 1 and 100')).toBeInTheDocument();
    expect(screen.getByLabelText('Full name')).toHaveAttribute('aria-invalid', 'true');
  });
});
