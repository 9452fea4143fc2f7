import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { expect, test, type Page } from '@playwright/test';

import { logIn, registerViaApi, screenshot, type TestUser } from './support';

const here = dirname(fileURLToPath(import.meta.url));
// Real CVs are read in place from the shared fixtures next to the repository, never copied in.
const realCvs = resolve(here, '../..', '../shared/fixtures/cvs');
const johnDoe = join(realCvs, 'resume-matcher-john_doe.pdf');
const txtCv = resolve(here, '../fixtures/profile-cv.txt');

async function openProfile(page: Page, user: TestUser) {
  await page.goto('/login');
  await logIn(page, user);
  await expect(page).toHaveURL(/\/jobs$/);
  await page.getByRole('banner').getByRole('link', { name: 'Profile' }).click();
  await expect(page.getByRole('heading', { name: 'Profile', level: 1 })).toBeVisible();
}

/** The profile as the API has it, read with the page's own session. */
async function apiProfile(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(async () => {
    const { accessToken } = JSON.parse(window.localStorage.getItem('career-agent.auth') ?? '{}') as { accessToken?: string };
    const response = await fetch('/api/profile', { headers: { Authorization: `Bearer ${accessToken}` } });
    return (await response.json()) as Record<string, unknown>;
  });
}

async function elementShot(page: Page, locator: ReturnType<Page['locator']>, name: string) {
  await locator.scrollIntoViewIfNeeded();
  await locator.screenshot({ path: join(test.info().project.outputDir, 'screenshots', `${name}.png`) });
}

test.describe('profile', () => {
  test('upload a real CV, review it, correct a field, save, and work with the skills', async ({ page, request }) => {
    test.skip(!existsSync(johnDoe), `The real CVs are not there (${realCvs}); this test reads resume-matcher-john_doe.pdf from it.`);
    const user = await registerViaApi(request);
    await openProfile(page, user);
    const panel = page.getByRole('region', { name: 'Your CV as we read it' });

    await test.step('before any upload: the drop zone and empty sections, nothing made up', async () => {
      await expect(page.getByRole('heading', { name: 'Start with your CV' })).toBeVisible();
      await expect(page.getByLabel('Full name')).toHaveValue('');
      await expect(page.getByText(/No skills yet/)).toBeVisible();
      await expect(panel).toHaveCount(0);
      await screenshot(page, 'profile-empty');
    });

    await test.step('upload with a progress bar (the upload is slowed down to see it)', async () => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 20 * 1024 });
      await page.getByLabel('Choose a CV file').setInputFiles(johnDoe);
      const bar = page.getByRole('progressbar', { name: 'Uploading resume-matcher-john_doe.pdf' });
      await expect(bar).toBeVisible();
      await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow')), { timeout: 5_000 }).toBeGreaterThan(0);
      await screenshot(page, 'profile-upload-progress', false);
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
      await expect(page.getByText('resume-matcher-john_doe.pdf was read by the offline parser.')).toBeVisible({ timeout: 30_000 });
    });

    await test.step('review: the CV text beside the fields filled from it', async () => {
      await expect(panel.getByText('Read by the offline parser')).toBeVisible();
      await expect(panel.getByLabel('CV text')).toContainText('PROFESSIONAL SUMMARY');
      await expect(page.getByLabel('Full name')).toHaveValue('John Doe');
      await expect(page.getByLabel('Email')).toHaveValue('john.doe@email.com');
      await expect(page.getByLabel('Job title').first()).toHaveValue('Full Stack Java Developer');
      await expect(page.getByLabel('Employer').first()).toHaveValue('ABC Company, Inc.');
      await expect(page.getByLabel('Degree')).toHaveValue('Bachelor of Science in Computer Science');

      await page.getByLabel('Employer').first().focus();
      await expect(panel.locator('mark')).toHaveText('ABC Company, Inc.');
      await screenshot(page, 'profile-review', false);
    });

    await test.step('correct the name and save it', async () => {
      await page.getByLabel('Full name').fill('John A. Doe');
      await expect(page.getByText('You have unsaved changes.')).toBeVisible();
      const saved = page.waitForResponse((r) => r.url().endsWith('/api/profile') && r.request().method() === 'PUT');
      await page.getByRole('button', { name: 'Save profile' }).click();
      expect((await saved).status()).toBe(200);

      const contact = page.getByRole('region', { name: 'Contact and summary' });
      await expect(page.getByText('All changes saved.').first()).toBeVisible();
      await expect(contact.getByText('Edited by you')).toBeVisible();
      await expect(contact.getByText('Your CV says:')).toContainText('John Doe');
      await elementShot(page, contact, 'profile-field-corrected');

      const profile = await apiProfile(page);
      expect(profile.fullName).toBe('John A. Doe');
      expect(profile.editedFields).toContain('fullName');
      expect(profile.email).toBe('john.doe@email.com');
      expect(profile.experience).toHaveLength(2);

      await page.reload();
      await expect(page.getByLabel('Full name')).toHaveValue('John A. Doe');
    });

    const skills = page.getByRole('list', { name: 'Your skills' });
    await test.step('skills found in the CV, each with the line that shows it', async () => {
      // Each skill has its own level picker, named after it.
      await expect(skills.getByLabel('Level of Java', { exact: true })).toBeVisible();
      await expect(skills.getByLabel('Level of Spring Boot', { exact: true })).toBeVisible();
      await expect(skills.getByRole('button', { name: /Java and J2EE/ }).first()).toBeVisible();
      await screenshot(page, 'profile-review-full');
      await skills.getByRole('button', { name: /Java and J2EE/ }).first().click();
      await expect(panel.locator('mark')).toHaveText('Java and J2EE');
    });

    await test.step('set a level, add a skill through autocomplete, remove one', async () => {
      const levelSaved = page.waitForResponse((r) => r.url().endsWith('/api/profile/skills') && r.request().method() === 'POST');
      await page.getByLabel('Level of Java', { exact: true }).selectOption('expert');
      expect((await levelSaved).status()).toBe(201);
      await expect(page.getByLabel('Level of Java', { exact: true })).toHaveValue('expert');

      const combobox = page.getByRole('combobox', { name: 'Skill' });
      await combobox.fill('Kubern');
      await page.getByRole('listbox', { name: 'Skill suggestions' }).getByRole('option', { name: /^Kubernetes/ }).click();
      await expect(combobox).toHaveValue('Kubernetes');
      await page.getByLabel('Level', { exact: true }).selectOption('intermediate');
      await page.getByRole('button', { name: 'Add skill' }).click();
      await expect(page.getByText('Added Kubernetes.')).toBeVisible();
      await expect(page.getByLabel('Level of Kubernetes')).toHaveValue('intermediate');

      await combobox.fill('Quilting for robots');
      await expect(page.getByText('Not in our list: it will be added as your own custom skill.')).toBeVisible();
      await page.getByRole('button', { name: 'Add skill' }).click();
      await expect(page.getByText('Added Quilting for robots as your own skill.')).toBeVisible();

      await page.getByRole('button', { name: 'Remove Debugging' }).click();
      await expect(skills.getByLabel('Level of Debugging', { exact: true })).toHaveCount(0);
      await elementShot(page, page.getByRole('region', { name: 'Skills' }), 'profile-skills');
    });

    await test.step('preferences are validated and saved with the rest of the profile', async () => {
      const preferences = page.getByRole('region', { name: 'What you are looking for' });
      await preferences.getByLabel('Target job titles').fill('Senior Java Developer');
      await preferences.getByLabel('Target job titles').press('Enter');
      await preferences.getByLabel('Preferred locations').fill('Remote (US)');
      await preferences.getByLabel('Preferred locations').press('Enter');
      await preferences.getByLabel('Work arrangement').selectOption('remote');
      await preferences.getByLabel('Yearly salary expectation').fill('120000');
      await preferences.getByRole('button', { name: 'Save preferences' }).click();
      await expect(preferences.getByText('Choose the currency of your salary expectation')).toBeVisible();

      await preferences.getByLabel('Currency').fill('usd');
      await preferences.getByRole('button', { name: 'Save preferences' }).click();
      await expect(preferences.getByText('All changes saved.')).toBeVisible();
      await elementShot(page, preferences, 'profile-preferences');

      const profile = await apiProfile(page);
      expect(profile).toMatchObject({ targetTitles: ['Senior Java Developer'], preferredLocations: ['Remote (US)'], remotePreference: 'remote', salaryExpectation: 120000, salaryCurrency: 'USD', fullName: 'John A. Doe' });
    });

    await test.step('download my data', async () => {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download my data' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^career-agent-profile-\d{4}-\d{2}-\d{2}\.json$/);
      const data = JSON.parse(readFileSync((await file.path())!, 'utf8')) as { profile: { fullName: string }; customSkills: string[]; cvDocuments: unknown[] };
      expect(data.profile.fullName).toBe('John A. Doe');
      expect(data.customSkills).toContain('Quilting for robots');
      expect(data.cvDocuments).toHaveLength(1);
    });
  });

  test('drop a text CV onto the page, then review it on a 375 px phone', async ({ page, request }) => {
    const user = await registerViaApi(request);
    await openProfile(page, user);
    const zone = page.getByTestId('cv-dropzone');

    await test.step('drag and drop', async () => {
      const bytes = [...readFileSync(txtCv)];
      const dataTransfer = await page.evaluateHandle((content) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(content)], 'profile-cv.txt', { type: 'text/plain' }));
        return transfer;
      }, bytes);
      await zone.dispatchEvent('dragenter', { dataTransfer });
      await expect(zone).toContainText('Drop it here');
      await screenshot(page, 'profile-drag-over', false);
      await zone.dispatchEvent('drop', { dataTransfer });
      await expect(page.getByText('profile-cv.txt was read by the offline parser.')).toBeVisible({ timeout: 30_000 });
    });

    await test.step('every section filled from the text', async () => {
      await expect(page.getByLabel('Full name')).toHaveValue('Priya Raman');
      await expect(page.getByLabel('Headline')).toHaveValue('Backend Engineer');
      await expect(page.getByLabel('Employer').first()).toHaveValue('Northwind Logistics');
      await expect(page.getByLabel('I work here now').first()).toBeChecked();
      await expect(page.getByLabel('Institution').first()).toHaveValue('Technical University of Munich');
      await expect(page.getByLabel('Language 1', { exact: true })).toHaveValue('English');
      await expect(page.getByLabel('Link 1', { exact: true })).toHaveValue('github.com/priya-raman-dev');
      await expect(page.getByRole('list', { name: 'Your skills' }).getByLabel('Level of Apache Kafka')).toBeVisible();
      await screenshot(page, 'profile-txt-review');
    });

    await test.step('on a phone the CV text stacks above the fields and nothing overflows', async () => {
      await page.setViewportSize({ width: 375, height: 740 });
      const panel = page.getByRole('region', { name: 'Your CV as we read it' });
      const contact = page.getByRole('region', { name: 'Contact and summary' });
      const [panelBox, contactBox] = [await panel.boundingBox(), await contact.boundingBox()];
      expect(panelBox!.y + panelBox!.height).toBeLessThanOrEqual(contactBox!.y);
      expect(panelBox!.width).toBeLessThanOrEqual(375);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, 'profile-mobile-top', false);
      await panel.scrollIntoViewIfNeeded();
      await screenshot(page, 'profile-mobile-review', false);
      await page.getByRole('region', { name: 'Skills' }).scrollIntoViewIfNeeded();
      await screenshot(page, 'profile-mobile-skills', false);

      await page.getByRole('list', { name: 'Your skills' }).getByRole('button', { name: /RabbitMQ to Apache Kafka/ }).first().click();
      await expect(panel.locator('mark')).toContainText('RabbitMQ to Apache Kafka');
      await expect(panel).toBeInViewport();
    });
  });

  test('refused uploads say what happened and what to do', async ({ page, request }) => {
    const user = await registerViaApi(request);
    await openProfile(page, user);
    const input = page.getByLabel('Choose a CV file');
    const alert = page.getByRole('alert');

    await test.step('415: not a CV format (the server decides by the bytes)', async () => {
      await input.setInputFiles({ name: 'holiday.png', mimeType: 'image/png', buffer: Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex') });
      await expect(alert).toContainText('This file type is not supported');
      await expect(alert).toContainText('Upload your CV as a PDF, a Word document (.docx), or plain text / Markdown.');
      await screenshot(page, 'profile-upload-415', false);
    });

    await test.step('422: a file with no readable text', async () => {
      await input.setInputFiles({ name: 'blank.txt', mimeType: 'text/plain', buffer: Buffer.from('   \n\n   \n') });
      await expect(alert).toContainText('We could not read this CV');
      await expect(alert).toContainText('almost no text');
    });

    await test.step('413: too large is refused before anything is sent', async () => {
      let sent = 0;
      page.on('request', (r) => {
        if (r.url().endsWith('/api/profile/cv') && r.method() === 'POST') sent += 1;
      });
      await input.setInputFiles({ name: 'huge.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 0x20) });
      await expect(alert).toContainText('This file is too large');
      await expect(alert).toContainText('A CV can be at most 5 MB and 20 pages.');
      expect(sent).toBe(0);
    });

    await test.step('429: the answer the upload limit gives, with Retry-After', async () => {
      // The real limit (5 an hour per address) is covered by the backend's tests; spending it here would
      // starve other specs, so the limiter's answer is replayed.
      await page.route('**/api/profile/cv', (route) =>
        route.request().method() === 'POST'
          ? route.fulfill({
              status: 429,
              headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '1800' },
              body: JSON.stringify({ type: 'https://career-agent.dev/problems/too-many-requests', title: 'Too many requests', status: 429, detail: 'At most 5 CV uploads per hour are allowed. Try again in 1800 seconds.' }),
            })
          : route.fallback(),
      );
      await input.setInputFiles(txtCv);
      await expect(alert).toContainText('Too many uploads');
      await expect(alert).toContainText('You can upload again in 30 minutes.');
      await expect(input).toBeDisabled();
      await screenshot(page, 'profile-upload-429', false);
    });
  });
});
