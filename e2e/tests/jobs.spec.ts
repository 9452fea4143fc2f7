import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { expect, test, type APIRequestContext } from '@playwright/test';

import { logIn, registerViaApi, screenshot, type TestUser } from './support';

// The packaged app starts empty and offline: a tiny local server plays RemoteOK (the config points
// CAREER_AGENT_SOURCES_REMOTEOK_URL at E2E_PORT + 1) and a refresh through the API ingests its postings.

const here = dirname(fileURLToPath(import.meta.url));
const feedPort = Number(process.env.E2E_PORT ?? 18765) + 1;

function feed(): string {
  const rows = JSON.parse(readFileSync(join(here, '../fixtures/remoteok-jobs.json'), 'utf8')) as Record<string, unknown>[];
  const now = Date.now();
  // Dates relative to today, so "posted within" filters mean the same on any day.
  return JSON.stringify(
    rows.map(({ days_ago, ...row }) => {
      if (typeof days_ago !== 'number') return row;
      const time = now - days_ago * 86_400_000;
      return { ...row, epoch: Math.floor(time / 1000), date: new Date(time).toISOString() };
    }),
  );
}

let server: Server;

async function seedJobs(request: APIRequestContext, user: TestUser) {
  const login = await request.post('/auth/login', { data: { email: user.email, password: user.password } });
  expect(login.status(), await login.text()).toBe(200);
  const { accessToken } = (await login.json()) as { accessToken: string };
  const headers = { Authorization: `Bearer ${accessToken}` };
  const started = await request.post('/api/jobs/refresh', { headers, data: { sources: ['remoteok'] } });
  expect(started.status(), await started.text()).toBe(202);
  const { runId } = (await started.json()) as { runId: string };
  await expect
    .poll(async () => ((await (await request.get(`/api/jobs/refresh/${runId}`, { headers })).json()) as { status: string }).status, { timeout: 30_000 })
    .not.toBe('running');
  const run = (await (await request.get(`/api/jobs/refresh/${runId}`, { headers })).json()) as { status: string; sources: { created: number }[] };
  expect(run.status, JSON.stringify(run)).toBe('completed');
}

test.describe('jobs', () => {
  let user: TestUser;

  test.beforeAll(async ({ request }) => {
    server = createServer((req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(feed());
    });
    await new Promise<void>((resolve) => server.listen(feedPort, '127.0.0.1', resolve));
    user = await registerViaApi(request);
    await seedJobs(request, user);
  });

  test.afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  test('search, filter, open a job and go back with the search kept', async ({ page }) => {
    await page.goto('/jobs');
    await logIn(page, user);
    await expect(page.getByRole('heading', { name: 'Jobs', level: 1 })).toBeVisible();
    await expect(page.getByTestId('job-total')).toHaveText(/14 jobs/);

    // A posting with markup in its title shows it as text and runs nothing.
    await expect(page.getByRole('link', { name: '<script>alert(1)</script> Product Designer' })).toBeVisible();
    await screenshot(page, 'jobs-list');

    // Instant search as you type, with the matches highlighted.
    await page.getByLabel('Search jobs').fill('react');
    await expect(page).toHaveURL(/q=react/);
    await expect(page.getByTestId('job-total')).toHaveText(/^(About )?[23] jobs?/);
    await expect(page.locator('mark').first()).toHaveText(/react/i);

    // Filters: remote only and a minimum salary.
    await page.getByLabel('Minimum salary (per year)').fill('110000');
    await page.getByLabel('Minimum salary (per year)').press('Enter');
    await expect(page).toHaveURL(/salaryMin=110000/);
    await expect(page.getByRole('link', { name: /Senior React Developer/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /Full Stack Engineer/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Results' })).toHaveAttribute('aria-busy', 'false');
    await screenshot(page, 'jobs-search-filtered');

    const url = page.url();
    await page.getByRole('link', { name: /Senior React Developer/ }).click();
    await expect(page.getByRole('heading', { name: 'Senior React Developer', level: 1 })).toBeVisible();
    await expect(page.getByText('$120,000 – $150,000 a year')).toBeVisible();
    const apply = page.getByRole('link', { name: /Apply/ });
    await expect(apply).toHaveAttribute('target', '_blank');
    await expect(apply).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(page.getByRole('link', { name: 'View on Remote OK' })).toHaveAttribute('href', /remoteok\.com\/remote-jobs\//);
    await expect(page.getByRole('link', { name: 'TypeScript' })).toHaveAttribute('href', '/jobs?skills=TypeScript');
    await screenshot(page, 'job-detail');

    await page.goBack();
    await expect(page).toHaveURL(url);
    await expect(page.getByLabel('Search jobs')).toHaveValue('react');
    await expect(page.getByLabel('Minimum salary (per year)')).toHaveValue('110000');
    await expect(page.getByRole('link', { name: /Senior React Developer/ })).toBeVisible();

    // No matches: the empty state says what to do.
    await page.getByLabel('Search jobs').fill('cobol mainframe');
    await expect(page.getByText('No jobs match')).toBeVisible();
  });

  test('the script title stays text on the job page', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto('/jobs?q=designer');
    await logIn(page, user);
    await page.getByRole('link', { name: /Product Designer/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('<script>alert(1)</script> Product Designer');
    await expect(page.getByText('Use Figma daily.')).toBeVisible();
    expect(dialogs).toEqual([]);
  });

  test.describe('on a 375 px phone', () => {
    test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

    test('filters fold away and nothing overflows', async ({ page }) => {
      await page.goto('/jobs');
      await logIn(page, user);
      await expect(page.getByTestId('job-total')).toHaveText(/14 jobs/);
      await expect(page.getByLabel('Minimum salary (per year)')).toBeHidden();
      await screenshot(page, 'mobile-jobs-list', false);

      await page.getByRole('button', { name: 'Filters' }).click();
      await page.getByRole('checkbox', { name: /Senior/ }).click();
      await expect(page).toHaveURL(/seniority=senior/);
      await expect(page.getByRole('checkbox', { name: /Senior/ })).toBeChecked();
      await expect(page.getByTestId('job-total')).toHaveText(/^(About )?[1-9]\d* jobs?/);
      await expect(page.getByRole('region', { name: 'Results' })).toHaveAttribute('aria-busy', 'false');
      await screenshot(page, 'mobile-jobs-filters');

      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);

      await page.getByRole('link', { name: /Senior Go Engineer/ }).click();
      await expect(page.getByRole('heading', { name: 'Senior Go Engineer', level: 1 })).toBeVisible();
      await screenshot(page, 'mobile-job-detail');
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    });
  });
});
