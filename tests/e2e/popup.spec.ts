import { configure, expect, test } from './fixtures';
import { POPUP_VIEWPORT, SCHOOL_CONTACT, applyCachedPolicy, openExtensionPage } from './page-setup';

test.describe('popup', () => {
  test('status shows group and organisation', async ({ extension }) => {
    await applyCachedPolicy(extension.serviceWorker, { organizationName: 'Trường Tiểu học Kim Đồng' });
    await configure(extension.serviceWorker, { ageGroup: 'lowerSecondary' });
    const popup = await openExtensionPage(extension, 'popup.html', POPUP_VIEWPORT);

    await expect(popup.getByTestId('protection-status')).toHaveText('Em đang được bảo vệ');
    await expect(popup.getByTestId('popup-age-group')).toHaveText('Nhóm tuổi: THCS (11–14 tuổi)');
    await expect(popup.getByTestId('managed-by-notice')).toHaveText('🔒 Do Trường Tiểu học Kim Đồng quản lý');
  });

  test('status without policy or filtering', async ({ extension }) => {
    await configure(extension.serviceWorker, { ageGroup: 'off' });
    const popup = await openExtensionPage(extension, 'popup.html', POPUP_VIEWPORT);

    await expect(popup.getByTestId('protection-status')).toHaveText('Bộ lọc đang tắt');
    await expect(popup.getByTestId('protection-status')).toHaveAttribute('data-protecting', 'false');
    await expect(popup.getByTestId('managed-by-notice')).toHaveCount(0);
  });

  test('language switch keeps browser language', async ({ extension }) => {
    const popup = await openExtensionPage(extension, 'popup.html', POPUP_VIEWPORT);
    const browserLanguage = await popup.evaluate(() => navigator.language);
    await expect(popup.locator('html')).toHaveAttribute('lang', 'vi');

    await popup.getByRole('button', { name: 'English' }).click();
    await expect(popup.getByTestId('protection-status')).toHaveText('You are protected');
    await expect(popup.locator('html')).toHaveAttribute('lang', 'en');
    await expect(popup.getByRole('button', { name: 'Get help' })).toBeVisible();
    expect(await popup.evaluate(() => navigator.language)).toBe(browserLanguage);

    // The choice is stored for every page, so the skills page opens in English too.
    const skills = await openExtensionPage(extension, 'skills.html');
    await expect(skills.getByRole('heading', { level: 1 })).toHaveText('🎓 Digital skills');
    await skills.getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect(skills.getByRole('heading', { level: 1 })).toHaveText('🎓 Kỹ năng số');
    await expect(popup.getByTestId('protection-status')).toHaveText('Em đang được bảo vệ');
  });

  test('next tip changes the tip', async ({ extension }) => {
    const popup = await openExtensionPage(extension, 'popup.html', POPUP_VIEWPORT);
    const tip = popup.getByTestId('tip');
    const firstId = await tip.getAttribute('data-tip-id');
    const firstText = await tip.textContent();
    expect(firstId).toMatch(/^primary/);

    await popup.getByRole('button', { name: 'Mẹo khác' }).click();
    await expect(tip).not.toHaveAttribute('data-tip-id', firstId!);
    await expect(tip).not.toHaveText(firstText!);
    await expect(tip).toHaveAttribute('data-tip-id', /^primary/);
  });

  test('help view links to 111', async ({ extension }) => {
    const popup = await openExtensionPage(extension, 'popup.html', POPUP_VIEWPORT);
    await popup.getByRole('button', { name: 'Cần giúp đỡ' }).click();

    await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Em cần giúp đỡ?');
    await expect(popup.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(popup.getByTestId('call-111')).toHaveAttribute('href', 'tel:111');
    await expect(popup.getByTestId('call-111')).toHaveText('📞 Gọi 111');
    await expect(popup.getByTestId('helpline-website')).toHaveAttribute('href', 'https://tongdai111.vn/');
    await expect(popup.getByTestId('helpline-website')).toHaveAttribute('target', '_blank');
    await expect(popup.getByTestId('helpline-details')).toContainText('miễn phí');
    await expect(popup.getByTestId('helpline-details')).toContainText('24/7');
    await expect(popup.getByTestId('helpline-details')).toContainText('Zalo');
    await expect(popup.getByTestId('help-contacts')).toHaveCount(0);

    await popup.getByRole('button', { name: 'Quay lại' }).click();
    await expect(popup.getByRole('button', { name: 'Cần giúp đỡ' })).toBeFocused();
  });

  test('help view lists configured contacts', async ({ extension }) => {
    const counsellor = { name: 'Phòng tư vấn tâm lý', phone: '+84 24 3333 1111' };
    await configure(extension.serviceWorker, { helpContacts: [SCHOOL_CONTACT, counsellor] });
    const popup = await openExtensionPage(extension, 'popup.html', POPUP_VIEWPORT);
    await popup.getByRole('button', { name: 'Cần giúp đỡ' }).click();

    const contacts = popup.getByTestId('help-contact');
    await expect(contacts).toHaveCount(2);
    await expect(contacts.nth(0)).toContainText(SCHOOL_CONTACT.name);
    await expect(contacts.nth(0)).toContainText(`Giờ làm việc: ${SCHOOL_CONTACT.hours}`);
    await expect(contacts.nth(0)).toContainText(`Địa chỉ: ${SCHOOL_CONTACT.address}`);
    await expect(contacts.nth(0).getByRole('link', { name: 'Gọi 024 3936 1234' })).toHaveAttribute('href', 'tel:02439361234');
    await expect(contacts.nth(0).getByRole('link', { name: /kimdong\.example\.edu\.vn/ })).toHaveAttribute('href', SCHOOL_CONTACT.url);
    await expect(contacts.nth(1).getByRole('link', { name: 'Gọi +84 24 3333 1111' })).toHaveAttribute('href', 'tel:+842433331111');
    await expect(contacts.nth(1)).not.toContainText('Giờ làm việc');
  });

  test('home view fits 380×600', async ({ extension }) => {
    await applyCachedPolicy(extension.serviceWorker, { organizationName: 'Trung tâm Công tác xã hội và Quỹ Bảo trợ trẻ em thành phố' });
    for (const language of ['vi', 'en']) {
      await configure(extension.serviceWorker, { language });
      const popup = await openExtensionPage(extension, 'popup.html', POPUP_VIEWPORT);
      await expect(popup.getByTestId('report-counts')).toBeVisible();

      const size = await popup.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
      expect(size.width, language).toBeLessThanOrEqual(POPUP_VIEWPORT.width);
      expect(size.height, language).toBeLessThanOrEqual(POPUP_VIEWPORT.height);
      await popup.close();
    }
  });

  test('report button opens the form', async ({ extension, site }) => {
    const page = await extension.context.newPage();
    await page.goto(site.urlFor('forum.example.test'));
    const popup = await openExtensionPage(extension, 'popup.html', POPUP_VIEWPORT);

    // The popup reports the active tab of its window, so the web page is brought to the front.
    await page.bringToFront();
    const closed = popup.waitForEvent('close');
    await popup.getByRole('button', { name: 'Báo cáo trang này' }).click();
    await closed;
    await expect.poll(() => page.frames().some((frame) => frame.url().includes('/report.html'))).toBe(true);
  });

  test('report button on a browser page', async ({ extension }) => {
    const popup = await openExtensionPage(extension, 'popup.html', POPUP_VIEWPORT);
    await popup.getByRole('button', { name: 'Báo cáo trang này' }).click();
    await expect(popup.getByRole('status')).toHaveText('Không thể báo cáo trang này từ đây. Hãy mở trang web cần báo cáo rồi thử lại.');
  });
});
