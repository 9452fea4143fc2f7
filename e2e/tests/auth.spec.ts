import { expect, test } from '@playwright/test';

import { logIn, newUser, registerViaApi, screenshot } from './support';

test.describe('authentication', () => {
  test('register, stay signed in across a reload, log out and log in again', async ({ page }) => {
    const user = newUser();
    const userName = page.getByRole('banner').getByTestId('user-name');

    await test.step('register', async () => {
      await page.goto('/register');
      await page.getByLabel('Full name').fill(user.fullName);
      await page.getByLabel('Email').fill(user.email);
      await page.getByLabel('Password').fill(user.password);
      await screenshot(page, 'register');
      await page.getByRole('button', { name: 'Create account' }).click();
    });

    await test.step('lands on the home page, signed in', async () => {
      await expect(page).toHaveURL(/\/jobs$/);
      await expect(page.getByRole('heading', { name: 'Jobs', level: 1 })).toBeVisible();
      await expect(userName).toHaveText(user.fullName);
      await screenshot(page, 'home-signed-in');
    });

    await test.step('a reload keeps the session', async () => {
      await page.reload();
      await expect(userName).toHaveText(user.fullName);
    });

    await test.step('log out', async () => {
      await page.getByRole('banner').getByRole('button', { name: 'Log out' }).click();
      await expect(page).toHaveURL(/\/login$/);
      await expect(page.getByRole('heading', { name: 'Log in to your account' })).toBeVisible();
      await page.reload();
      await expect(page.getByRole('heading', { name: 'Log in to your account' })).toBeVisible();
    });

    await test.step('log in again', async () => {
      await logIn(page, user);
      await expect(page).toHaveURL(/\/jobs$/);
      await expect(userName).toHaveText(user.fullName);
    });
  });

  test("a wrong password shows the server's error", async ({ page, request }) => {
    const user = await registerViaApi(request);
    await page.goto('/login');

    const answer = page.waitForResponse((response) => response.url().endsWith('/auth/login'));
    await logIn(page, { email: user.email, password: 'not-the-right-password' });
    const response = await answer;

    expect(response.status()).toBe(401);
    expect(response.headers()['content-type']).toContain('application/problem+json');
    const problem = (await response.json()) as { detail?: string; title?: string };
    const message = problem.detail || problem.title;
    expect(message, 'the problem carries a human-readable message').toBeTruthy();
    await expect(page.getByRole('alert')).toHaveText(message!);
    await expect(page).toHaveURL(/\/login$/);
    await screenshot(page, 'login-wrong-password');
  });

  test("registering an email twice shows the server's error", async ({ page, request }) => {
    const user = await registerViaApi(request);
    await page.goto('/register');
    await page.getByLabel('Full name').fill(user.fullName);
    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Password').fill(user.password);

    const answer = page.waitForResponse((response) => response.url().endsWith('/auth/register'));
    await page.getByRole('button', { name: 'Create account' }).click();
    const response = await answer;

    expect(response.status()).toBe(409);
    const problem = (await response.json()) as { detail?: string; title?: string };
    await expect(page.getByRole('alert')).toHaveText((problem.detail || problem.title)!);
    await screenshot(page, 'register-duplicate-email');
  });

  test('an invalid email is flagged before anything is sent', async ({ page }) => {
    const authCalls: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/auth/')) authCalls.push(request.url());
    });
    await page.goto('/login');

    await page.getByLabel('Email').fill('not-an-email');
    await page.getByLabel('Password').focus();
    await expect(page.getByText('Enter a valid email address')).toBeVisible();
    await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');

    await page.getByLabel('Password').fill('long-enough-password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByText('Enter a valid email address')).toBeVisible();
    await screenshot(page, 'login-invalid-email');
    expect(authCalls).toEqual([]);
  });

  test('a protected page sends a signed-out visitor to log in, then back to that page', async ({ page, request }) => {
    const user = await registerViaApi(request);

    await page.goto('/insights');
    await expect(page).toHaveURL(/\/login\?redirectTo=%2Finsights$/);
    await expect(page.getByRole('heading', { name: 'Log in to your account' })).toBeVisible();

    await logIn(page, user);
    await expect(page).toHaveURL(/\/insights$/);
    await expect(page.getByRole('heading', { name: 'Insights', level: 1 })).toBeVisible();
    await expect(page.getByText('No insights yet')).toBeVisible();
  });

  test('a token the server rejects ends the session and leads to the login page', async ({ page }) => {
    await page.goto('/login');
    await page.evaluate(() =>
      window.localStorage.setItem('career-agent.auth', JSON.stringify({ accessToken: 'forged.token.value', expiresAt: Date.now() + 3_600_000 })),
    );

    await page.goto('/profile');

    await expect(page).toHaveURL(/\/login\?redirectTo=%2Fprofile$/);
    expect(await page.evaluate(() => window.localStorage.getItem('career-agent.auth'))).toBeNull();
  });
});
