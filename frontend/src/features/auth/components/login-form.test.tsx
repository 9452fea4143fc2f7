import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { authToken } from '@/lib/auth-token';
import { json, mockFetch, problem } from '@/testing/fetch-mock';
import { renderAt } from '@/testing/render';

import { LoginForm } from './login-form';

function renderForm() {
  const onSuccess = vi.fn();
  return { onSuccess, ...renderAt(<LoginForm onSuccess={onSuccess} />, '/login') };
}

describe('LoginForm', () => {
  it('validates the email format as soon as the field is left, and again while typing', async () => {
    const { user } = renderForm();
    const email = screen.getByLabelText('Email');

    await user.type(email, 'not-an-email');
    await user.tab();
    expect(await screen.findByText('Enter a valid email address')).toBeInTheDocument();
    expect(email).toHaveAttribute('aria-invalid', 'true');

    await user.clear(email);
    await user.type(email, 'ada@example.com');
    await waitFor(() => expect(screen.queryByText('Enter a valid email address')).not.toBeInTheDocument());
  });

  it('enforces 8 to 128 characters for the password', async () => {
    const { user } = renderForm();
    const password = screen.getByLabelText('Password');

    await user.type(password, 'short');
    await user.tab();
    expect(await screen.findByText('Password must be at least 8 characters')).toBeInTheDocument();

    await user.clear(password);
    await user.click(password);
    await user.paste('x'.repeat(129));
    expect(await screen.findByText('Password must be at most 128 characters')).toBeInTheDocument();
  });

  it('does not call the server while the form is invalid', async () => {
    const fetch = mockFetch({});
    const { user } = renderForm();

    await user.click(screen.getByRole('button', { name: 'Log in' }));

    expect(await screen.findByText('Enter your email address')).toBeInTheDocument();
    expect(screen.getByText('Password must be at least 8 characters')).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();
  });

  it("shows the server's problem detail when the credentials are wrong", async () => {
    mockFetch({ 'POST /auth/login': () => problem(401, { title: 'Unauthorized', detail: 'Invalid email or password' }) });
    const { user, onSuccess } = renderForm();

    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'wrong-password');
    await user.click(screen.getByRole('button', { name: 'Log in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Invalid email or password');
    expect(onSuccess).not.toHaveBeenCalled();
    expect(authToken.get()).toBeNull();
  });

  it('falls back to the problem title when there is no detail', async () => {
    mockFetch({ 'POST /auth/login': () => problem(429, { title: 'Too Many Requests' }, { 'Retry-After': '42' }) });
    const { user } = renderForm();

    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'whatever-it-is');
    await user.click(screen.getByRole('button', { name: 'Log in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Too Many Requests Try again in 42 seconds.');
  });

  it('stores the token and reports success', async () => {
    const fetch = mockFetch({ 'POST /auth/login': () => json({ accessToken: 'jwt-1', tokenType: 'Bearer', expiresIn: 3600 }) });
    const { user, onSuccess } = renderForm();

    await user.type(screen.getByLabelText('Email'), '  ada@example.com ');
    await user.type(screen.getByLabelText('Password'), 'correct-horse');
    await user.click(screen.getByRole('button', { name: 'Log in' }));

    await waitFor(() => expect(onSuccess).toHaveBeenCalledOnce());
    expect(authToken.get()).toBe('jwt-1');
    expect(JSON.parse(fetch.mock.calls[0]![1]!.body as string)).toEqual({ email: 'ada@example.com', password: 'correct-horse' });
  });
});
