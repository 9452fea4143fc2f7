import { expect, test } from '@playwright/test';

import { logIn, registerViaApi, screenshot } from './support';

test.describe('app shell on a 375 px wide phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

  test('navigation collapses into a menu and nothing overflows sideways', async ({ page, request }) => {
    const user = await registerViaApi(request);
    await page.goto('/login');
    await screenshot(page, 'mobile-login');
    await logIn(page, user);
    await expect(page.getByRole('heading', { name: 'Jobs', level: 1 })).toBeVisible();

    const banner = page.getByRole('banner');
    await expect(banner.getByRole('link', { name: 'Matches' })).toBeHidden();
    await screenshot(page, 'mobile-shell');

    await banner.getByRole('button', { name: 'Open menu' }).click();
    await expect(banner.getByRole('link', { name: 'Matches' })).toBeVisible();
    await expect(banner.getByTestId('user-name').filter({ visible: true })).toHaveText(user.fullName);
    await expect(banner.getByRole('button', { name: 'Log out' })).toBeVisible();
    await screenshot(page, 'mobile-shell-menu-open');

    await banner.getByRole('link', { name: 'Matches' }).click();
    await expect(page).toHaveURL(/\/matches$/);
    await expect(page.getByRole('heading', { name: 'Matches', level: 1 })).toBeVisible();
    await expect(banner.getByRole('button', { name: 'Open menu' })).toBeVisible();

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
