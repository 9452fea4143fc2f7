import { randomUUID } from 'node:crypto';
import { join } from 'node:path';

import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

export type TestUser = { fullName: string; email: string; password: string };

export function newUser(): TestUser {
  const id = randomUUID().slice(0, 8);
  return { fullName: `Grace Hopper ${id}`, email: `grace.${id}@example.com`, password: `cobol-${id}-compiler` };
}

/** Creates an account directly through the API, for tests that are not about registering. */
export async function registerViaApi(request: APIRequestContext, user = newUser()): Promise<TestUser> {
  const response = await request.post('/auth/register', { data: user });
  expect(response.status(), await response.text()).toBe(201);
  return user;
}

export async function logIn(page: Page, user: Pick<TestUser, 'email' | 'password'>) {
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

/** Saves a named screenshot under test-results/screenshots/ (kept as a build artifact). */
export async function screenshot(page: Page, name: string, fullPage = true) {
  const path = join(test.info().project.outputDir, 'screenshots', `${name}.png`);
  await page.screenshot({ path, fullPage });
}
