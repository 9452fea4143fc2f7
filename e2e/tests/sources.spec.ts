import { createServer, type Server } from 'node:http';

import { expect, test, type Page } from '@playwright/test';

import { logIn, registerViaApi, screenshot } from './support';

// The packaged app has no internet here, so the real job sites cannot be reached: a refresh of them
// must end failed with the error shown. Lever is pointed (playwright.config.ts) at the fake board
// API below, which knows one site, "acme", so adding a board and a successful run are covered too.

const fakePort = Number(process.env.E2E_SOURCES_PORT);
const RUN_TIMEOUT = { timeout: 90_000 };

function leverPostings(site: string) {
  return ['Senior Backend Engineer', 'Frontend Engineer (React)', 'Data Engineer'].map((title, i) => ({
    id: `5a0e2f4c-0000-4000-8000-00000000000${i + 1}`,
    text: title,
    hostedUrl: `https://jobs.lever.co/${site}/5a0e2f4c-0000-4000-8000-00000000000${i + 1}`,
    applyUrl: `https://jobs.lever.co/${site}/5a0e2f4c-0000-4000-8000-00000000000${i + 1}/apply`,
    categories: { commitment: 'Full-time', location: 'Remote', team: 'Engineering' },
    workplaceType: 'remote',
    createdAt: 1767225600000,
    description: '<p>Java, Kotlin and PostgreSQL.</p>',
    descriptionPlain: 'Java, Kotlin and PostgreSQL.',
  }));
}

let fakeLever: Server;

test.beforeAll(async () => {
  expect(fakePort, 'E2E_SOURCES_PORT is set by playwright.config.ts').toBeGreaterThan(0);
  fakeLever = createServer((request, response) => {
    const site = /^\/lever\/([^/?]+)/.exec(request.url ?? '')?.[1];
    const found = site === 'acme';
    response.writeHead(found ? 200 : 404, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(found ? leverPostings(site) : { ok: false, error: 'Document not found' }));
  });
  await new Promise<void>((resolve) => fakeLever.listen(fakePort, '127.0.0.1', resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => fakeLever.close(resolve));
});

async function openSources(page: Page, request: Parameters<typeof registerViaApi>[0]) {
  const user = await registerViaApi(request);
  await page.goto('/sources');
  await logIn(page, user);
  await expect(page.getByRole('heading', { name: 'Sources', level: 1 })).toBeVisible();
}

async function refreshOnly(page: Page, displayName: string) {
  await page.getByRole('button', { name: 'Choose sources' }).click();
  const chooser = page.getByRole('form', { name: 'Choose sources to refresh' });
  await expect(chooser.getByRole('checkbox', { name: displayName })).toBeVisible();
  for (const box of await chooser.getByRole('checkbox').all()) {
    if (await box.isEnabled()) await box.setChecked(false);
  }
  await chooser.getByRole('checkbox', { name: displayName }).check();
  await chooser.getByRole('button', { name: 'Refresh 1 source' }).click();
}

test.describe('sources page', () => {
  test('reached from the header; a refresh of Remote OK that cannot reach its feed ends failed, with the error shown', async ({ page, request }) => {
    const user = await registerViaApi(request);
    await page.goto('/login');
    await logIn(page, user);
    await page.getByRole('banner').getByRole('link', { name: 'Sources' }).click();
    await expect(page).toHaveURL(/\/sources$/);

    await test.step('each source credits its site and links to its terms; WWR is off and says why', async () => {
      const remoteOk = page.getByRole('article', { name: 'Remote OK' });
      await expect(remoteOk).toContainText('Jobs by Remote OK');
      const credit = remoteOk.getByRole('link', { name: 'Remote OK (opens in a new tab)' });
      await expect(credit).toHaveAttribute('href', 'https://remoteok.com');
      expect(await credit.getAttribute('rel')).not.toContain('nofollow');
      await expect(remoteOk.getByRole('link', { name: /Remote OK terms/ })).toHaveAttribute('href', /remoteok\.com/);
      await expect(page.getByRole('article', { name: 'Remotive' })).toContainText('at most 4 fetches a day');
      const wwr = page.getByRole('article', { name: 'We Work Remotely' });
      await expect(wwr).toContainText('Off');
      await expect(wwr).toContainText('terms forbid');
      await screenshot(page, 'sources-desktop');
    });

    await test.step('refresh Remote OK only and follow its progress', async () => {
      await refreshOnly(page, 'Remote OK');
      const progress = page.getByRole('region', { name: 'Refresh progress' });
      await expect(progress).toBeVisible();
      await expect(progress.getByRole('status').filter({ hasText: /^Refresh/ })).toHaveText('Refresh failed', RUN_TIMEOUT);
      await expect(progress.getByRole('listitem').filter({ hasText: 'Remote OK' })).toContainText(/Failed.*Error: could not reach [\w.-]+/);
      await expect(page.getByRole('button', { name: 'Refresh jobs' })).toBeEnabled();
      await screenshot(page, 'sources-refresh-failed');
    });

    await test.step('the run is in the history and on the card', async () => {
      const table = page.getByRole('table', { name: /Recent refresh runs/ });
      await expect(table.getByRole('row').filter({ hasText: /^Remote OK/ }).first()).toContainText(/Failed.*could not reach [\w.-]+/);
      const card = page.getByRole('article', { name: 'Remote OK' });
      await expect(card).toContainText('Failed');
      await expect(card).toContainText(/could not reach [\w.-]+/);
    });
  });

  test('the watchlist shows why a board cannot be added, adds a known one, runs it and removes it', async ({ page, request }) => {
    test.setTimeout(180_000);
    await openSources(page, request);
    const form = page.getByRole('form', { name: 'Add a company board' });

    await test.step('a board the provider cannot be asked about: 502', async () => {
      await page.getByLabel('Provider').selectOption('greenhouse');
      await page.getByLabel('Board name').fill('gitlab');
      const answer = page.waitForResponse((response) => response.url().endsWith('/api/sources/boards') && response.request().method() === 'POST', RUN_TIMEOUT);
      await form.getByRole('button', { name: 'Add board' }).click();
      expect((await answer).status()).toBe(502);
      await expect(form.getByRole('alert')).toContainText("Could not check greenhouse board 'gitlab'");
      await screenshot(page, 'sources-board-502');
    });

    await test.step('a board the provider does not know: 422', async () => {
      await page.getByLabel('Provider').selectOption('lever');
      await page.getByLabel('Board name').fill('no-such-company');
      const answer = page.waitForResponse((response) => response.url().endsWith('/api/sources/boards') && response.request().method() === 'POST');
      await form.getByRole('button', { name: 'Add board' }).click();
      expect((await answer).status()).toBe(422);
      await expect(form.getByRole('alert')).toContainText("Unknown lever board 'no-such-company'");
      await screenshot(page, 'sources-board-422');
    });

    await test.step('bad input is caught before sending', async () => {
      await page.getByLabel('Board name').fill('acme corp!');
      await form.getByRole('button', { name: 'Add board' }).click();
      await expect(form.getByText(/Use letters, digits/)).toBeVisible();
      await expect(page.getByLabel('Board name')).toHaveAttribute('aria-invalid', 'true');
    });

    await test.step('a pasted board address is added', async () => {
      await page.getByLabel('Board name').fill('https://jobs.lever.co/acme');
      await form.getByRole('button', { name: 'Add board' }).click();
      await expect(form.getByRole('status')).toContainText('acme is on the Lever watchlist');
      const lever = page.getByRole('region', { name: 'Lever boards' });
      await expect(lever.getByRole('link', { name: /^acme/ })).toHaveAttribute('href', 'https://jobs.lever.co/acme');
      await expect(page.getByRole('article', { name: 'Lever job sites' })).toContainText('Watchlist: 1 board');
    });

    await test.step('a refresh of Lever stores its jobs', async () => {
      await refreshOnly(page, 'Lever job sites');
      const progress = page.getByRole('region', { name: 'Refresh progress' });
      await expect(progress.getByRole('status').filter({ hasText: /^Refresh/ })).toHaveText('Refresh complete', RUN_TIMEOUT);
      const lever = progress.getByRole('listitem').filter({ hasText: 'Lever' });
      await expect(lever).toContainText('Completed');
      await expect(lever).toContainText(/Found\s*3/);
      await expect(page.getByRole('article', { name: 'Lever job sites' })).toContainText('Completed');
      await screenshot(page, 'sources-refresh-lever');
    });

    await test.step('the board is removed', async () => {
      const lever = page.getByRole('region', { name: 'Lever boards' });
      await lever.getByRole('button', { name: 'Remove acme from Lever' }).click();
      await expect(lever).toContainText('No Lever boards yet.');
    });
  });
});

test.describe('sources page on a 375 px wide phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

  test('is reached from the menu, shows runs as cards and nothing overflows sideways', async ({ page, request }) => {
    await openSources(page, request);
    await page.goto('/jobs');
    const banner = page.getByRole('banner');
    await banner.getByRole('button', { name: 'Open menu' }).click();
    await banner.getByRole('link', { name: 'Sources' }).click();
    await expect(page.getByRole('heading', { name: 'Sources', level: 1 })).toBeVisible();

    await refreshOnly(page, 'Remote OK');
    const progress = page.getByRole('region', { name: 'Refresh progress' });
    await expect(progress.getByRole('status').filter({ hasText: /^Refresh/ })).toHaveText('Refresh failed', RUN_TIMEOUT);
    await screenshot(page, 'mobile-sources-refresh', false);

    await expect(page.getByRole('table', { name: /Recent refresh runs/ })).toBeHidden();
    const latest = page.getByRole('region', { name: 'Recent runs' }).getByRole('article').first();
    await expect(latest).toContainText(/could not reach [\w.-]+/);
    await screenshot(page, 'mobile-sources');

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
