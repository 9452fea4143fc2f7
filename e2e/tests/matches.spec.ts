import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';

import { startRemoteOkFeed, type FeedServer } from '../fixtures/job-feed';

import { logIn, newUser, registerViaApi, screenshot, type TestUser } from './support';

// Jobs come from a local stand-in for Remote OK (fixtures/matches-remoteok.json); the user's profile
// from a CV uploaded through the API. Matching then runs in the background, as it does for real.

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = resolve(here, '../fixtures');
const realPdfCv = resolve(here, '../../../shared/fixtures/cvs/resume-matcher-john_doe.pdf');

let feed: FeedServer;

test.beforeAll(async () => {
  feed = await startRemoteOkFeed('matches-remoteok.json');
});

test.afterAll(async () => {
  await feed?.close();
});

async function tokenFor(request: APIRequestContext, user: TestUser): Promise<string> {
  const response = await request.post('/auth/login', { data: { email: user.email, password: user.password } });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

async function uploadCv(request: APIRequestContext, token: string, path: string, mimeType: string) {
  const response = await request.post('/api/profile/cv', {
    headers: { Authorization: `Bearer ${token}` },
    multipart: { file: { name: path.split('/').pop()!, mimeType, buffer: readFileSync(path) } },
  });
  expect(response.status(), await response.text()).toBe(201);
}

async function collectJobs(request: APIRequestContext, token: string) {
  const headers = { Authorization: `Bearer ${token}` };
  const started = await request.post('/api/jobs/refresh', { headers, data: { sources: ['remoteok'] } });
  expect(started.status(), await started.text()).toBe(202);
  const { runId } = (await started.json()) as { runId: string };
  await expect
    .poll(
      async () => {
        const run = (await (await request.get(`/api/jobs/refresh/${runId}`, { headers })).json()) as { finishedAt?: string; status?: string };
        return run.finishedAt ? 'finished' : run.status;
      },
      { timeout: 60_000, intervals: [500, 1000] },
    )
    .toBe('finished');
}

/** A signed-up user with the Java / Angular CV, jobs collected, and matches computed. */
async function userWithMatches(request: APIRequestContext): Promise<{ user: TestUser; token: string }> {
  const user = await registerViaApi(request, newUser());
  const token = await tokenFor(request, user);
  await uploadCv(request, token, join(fixtures, 'matches-cv.txt'), 'text/plain');
  await collectJobs(request, token);
  await expect
    .poll(async () => {
      const page = (await (await request.get('/api/matches?minScore=0', { headers: { Authorization: `Bearer ${token}` } })).json()) as { total?: number };
      return page.total ?? 0;
    }, { timeout: 45_000, intervals: [500, 1000, 2000] })
    .toBeGreaterThan(0);
  return { user, token };
}

/** A real pointer drag: press on the card's top edge (not on its controls), move in steps, release. */
async function dragCard(page: Page, card: Locator, target: Locator) {
  const from = (await card.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + 12, from.y + 10);
  await page.mouse.down();
  await page.mouse.move(from.x + 30, from.y + 30, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + 60, { steps: 10 });
  await page.mouse.up();
}

async function openMatches(page: Page, user: TestUser) {
  await page.goto('/login?redirectTo=%2Fmatches');
  await logIn(page, user);
  await expect(page.getByRole('heading', { name: 'Matches', level: 1 })).toBeVisible();
}

test('a user without a CV is pointed to the Profile page', async ({ page, request }) => {
  const user = await registerViaApi(request);
  await openMatches(page, user);
  await expect(page.getByRole('heading', { name: 'No matches yet' })).toBeVisible();
  await page.getByRole('link', { name: 'Upload your CV on the Profile page' }).click();
  await expect(page).toHaveURL(/\/profile$/);
});

test('ranked matches with evidence, a status change, the board and a CSV export', async ({ page, request }) => {
  test.setTimeout(180_000);
  const { user, token } = await userWithMatches(request);
  await page.setViewportSize({ width: 1280, height: 900 });
  await openMatches(page, user);

  const list = page.getByRole('list', { name: 'Ranked matches' });
  await expect(list.getByRole('article').first()).toBeVisible({ timeout: 30_000 });
  const cards = list.getByRole('article');
  const first = cards.first();
  const firstTitle = (await first.getByRole('heading', { level: 2 }).innerText()).trim();
  // The Java / Angular CV puts a Java or Angular job on top, not the designer or the support role.
  expect(firstTitle).toMatch(/Java|Angular|Full[- ]Stack/i);
  await expect(first.getByRole('img', { name: /Match score \d+ out of 100/ })).toBeVisible();
  await screenshot(page, 'matches-list-desktop');

  // Open the breakdown and the evidence of the first factor.
  await first.getByRole('button', { name: 'Why this score?' }).click();
  const breakdown = first.getByRole('region', { name: `Score breakdown for ${firstTitle}` });
  const factor = breakdown.getByRole('list', { name: 'Score factors' }).getByRole('button').first();
  await factor.click();
  await expect(factor).toHaveAttribute('aria-expanded', 'true');
  await expect(breakdown.getByRole('list', { name: /evidence$/ }).first().getByRole('listitem').first()).toBeVisible();
  await breakdown.getByRole('button', { name: 'Explain in plain words' }).click();
  await expect(breakdown.getByText(/Summary \(offline\)|Written by Claude/)).toBeVisible({ timeout: 20_000 });
  await screenshot(page, 'matches-evidence-desktop');

  // Skill gaps link into the jobs search.
  const gap = first.getByRole('list', { name: `Skill gaps for ${firstTitle}` }).getByRole('link').first();
  if (await gap.count()) await expect(gap).toHaveAttribute('href', /^\/jobs\?skills=/);

  // A same-family job on a half-known stack says why it ranks lower: the CV has Java but not React.
  const otherStackTitle = 'Full Stack Engineer (Java, React)';
  const otherStack = cards.filter({ has: page.getByRole('heading', { level: 2, name: otherStackTitle }) });
  await otherStack.getByRole('button', { name: 'Why this score?' }).click();
  const otherBreakdown = otherStack.getByRole('region', { name: `Score breakdown for ${otherStackTitle}` });
  await otherBreakdown.getByRole('list', { name: 'Score factors' }).getByRole('button', { name: /^Skills/ }).click();
  await expect(otherBreakdown.getByText(/The job's main stack is (Java and React|React and Java): you have Java but not React/)).toBeVisible();
  await otherStack.scrollIntoViewIfNeeded();
  await screenshot(page, 'matches-other-stack-evidence', false);

  // Save it from the list.
  await first.getByLabel(`Status of ${firstTitle}`).selectOption('saved');
  await expect(first.getByLabel(`Status of ${firstTitle}`)).toHaveValue('saved');
  await expect
    .poll(async () => {
      const all = (await (await request.get('/api/matches?minScore=0&status=saved', { headers: { Authorization: `Bearer ${token}` } })).json()) as { total?: number };
      return all.total;
    })
    .toBe(1);

  // On the board, drag it from Saved to Applied.
  await page.getByRole('banner').getByRole('link', { name: 'Tracker' }).click();
  await expect(page.getByRole('heading', { name: 'Tracker', level: 1 })).toBeVisible();
  const saved = page.getByRole('region', { name: 'Saved' });
  const applied = page.getByRole('region', { name: 'Applied' });
  const card = saved.getByRole('article', { name: firstTitle });
  await expect(card).toBeVisible();
  await screenshot(page, 'tracker-desktop-before-drag');
  await dragCard(page, card, applied);
  await expect(applied.getByRole('article', { name: firstTitle })).toBeVisible();
  await expect(saved.getByRole('article', { name: firstTitle })).toHaveCount(0);

  // Dragging back is refused (the pipeline only moves forward) and the card stays put.
  await dragCard(page, applied.getByRole('article', { name: firstTitle }), page.getByRole('region', { name: 'New' }));
  await expect(page.getByRole('alert')).toContainText('cannot go back');
  await screenshot(page, 'tracker-desktop-refused-move', false);
  await expect(applied.getByRole('article', { name: firstTitle })).toBeVisible();

  // Notes and a next-action date.
  const onBoard = applied.getByRole('article', { name: firstTitle });
  await onBoard.getByRole('button', { name: `Notes and next action for ${firstTitle}` }).click();
  await onBoard.getByLabel('Notes').fill('Recruiter call booked; prepare the system design story.');
  await onBoard.getByLabel('Next action date').fill('2030-01-15');
  await onBoard.getByRole('button', { name: 'Save' }).click();
  await expect(onBoard.getByText('Recruiter call booked')).toBeVisible();
  await expect(onBoard.getByText(/Next action: Jan 15, 2030/)).toBeVisible();
  await screenshot(page, 'tracker-desktop');

  // CSV export, downloaded with the bearer token.
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^matches-.*\.csv$/);
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv).toContain(firstTitle.split(' (')[0]!);
  expect(csv).toContain('applied');
});

test.describe('on a 375 px wide phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

  test('matches and board fit the screen; cards move with the status menu', async ({ page, request }) => {
    test.setTimeout(180_000);
    const { user } = await userWithMatches(request);
    await openMatches(page, user);
    const first = page.getByRole('list', { name: 'Ranked matches' }).getByRole('article').first();
    await expect(first).toBeVisible({ timeout: 30_000 });
    await screenshot(page, 'matches-mobile-top', false);
    await first.getByRole('button', { name: 'Why this score?' }).click();
    await first.getByRole('list', { name: 'Score factors' }).getByRole('button').first().click();
    await screenshot(page, 'matches-mobile');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

    const title = (await first.getByRole('heading', { level: 2 }).innerText()).trim();
    await page.goto('/tracker');
    const card = page.getByRole('region', { name: 'New' }).getByRole('article', { name: title });
    await card.getByLabel(`Move ${title}`).selectOption('interviewing');
    await expect(page.getByRole('region', { name: 'Interviewing' }).getByRole('article', { name: title })).toBeAttached();
    await screenshot(page, 'tracker-mobile', false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
});

test('the real PDF CV gets ranked matches too', async ({ page, request }) => {
  test.skip(!existsSync(realPdfCv), `${realPdfCv} is not on this machine`);
  test.setTimeout(120_000);
  const user = await registerViaApi(request, newUser());
  const token = await tokenFor(request, user);
  await uploadCv(request, token, realPdfCv, 'application/pdf');
  await collectJobs(request, token);
  await openMatches(page, user);
  await page.getByLabel('Minimum score').selectOption('0');
  await expect(page.getByRole('list', { name: 'Ranked matches' }).getByRole('article').first()).toBeVisible({ timeout: 45_000 });
  await screenshot(page, 'matches-real-pdf-cv');
});
