import { getGuide, getSkillCards } from '../../utils/content';
import { configure, expect, test } from './fixtures';
import { POPUP_VIEWPORT, openExtensionPage } from './page-setup';

test.describe('skills and guide pages', () => {
  test('popup links open both pages', async ({ extension }) => {
    const popup = await openExtensionPage(extension, 'popup.html', POPUP_VIEWPORT);
    const base = `chrome-extension://${extension.extensionId}`;
    await expect(popup.getByRole('link', { name: /Kỹ năng số/ })).toHaveAttribute('href', `${base}/skills.html`);
    await expect(popup.getByRole('link', { name: /Dành cho bố mẹ và thầy cô/ })).toHaveAttribute('href', `${base}/guide.html`);
    await expect(popup.getByRole('link', { name: /Cài đặt cho bố mẹ/ })).toHaveAttribute('href', `${base}/options.html`);

    const opened = extension.context.waitForEvent('page');
    await popup.getByRole('link', { name: /Kỹ năng số/ }).click();
    const skills = await opened;
    await expect(skills.getByRole('heading', { level: 1 })).toHaveText('🎓 Kỹ năng số');
  });

  test('skills page shows own group', async ({ extension }) => {
    await configure(extension.serviceWorker, { ageGroup: 'lowerSecondary' });
    const page = await openExtensionPage(extension, 'skills.html');

    await expect(page).toHaveTitle('Kỹ năng số – Khiên Xanh');
    await expect(page.getByRole('radio', { name: 'THCS (11–14 tuổi) (của em)' })).toBeChecked();
    const expected = getSkillCards('vi', 'lowerSecondary');
    await expect(page.getByTestId('skill-card')).toHaveCount(expected.length);
    for (const area of ['internet', 'security', 'privacy', 'abuse', 'help']) {
      await expect(page.getByTestId(`area-${area}`).getByTestId('skill-card'), area).toHaveCount(expected.filter((card) => card.area === area).length);
    }
    await expect(page.getByTestId('skill-card').first().getByRole('heading', { level: 3 })).toHaveText(expected[0]!.title);
  });

  test('chooser shows another group', async ({ extension }) => {
    await configure(extension.serviceWorker, { ageGroup: 'primary' });
    const page = await openExtensionPage(extension, 'skills.html');
    await page.getByRole('radio', { name: 'Mầm non (dưới 6 tuổi)' }).check();

    const preschool = getSkillCards('vi', 'preschool');
    await expect(page.getByTestId('skill-card')).toHaveCount(preschool.length);
    await expect(page.getByTestId('skill-card').first()).toHaveAttribute('data-card-id', preschool[0]!.id);
    // Viewing another group changes nothing in the settings.
    const stored = await extension.serviceWorker.evaluate(async () => (await chrome.storage.local.get('parentSettings')).parentSettings);
    expect(stored.ageGroup).toBe('primary');
  });

  test('check question gives feedback', async ({ extension }) => {
    await configure(extension.serviceWorker, { ageGroup: 'primary' });
    const page = await openExtensionPage(extension, 'skills.html');
    const card = getSkillCards('vi', 'primary').find((candidate) => candidate.check)!;
    const view = page.locator(`[data-card-id="${card.id}"]`);
    const wrong = card.check!.options.find((option) => !option.correct)!;
    const right = card.check!.options.find((option) => option.correct)!;

    await expect(view.getByRole('group', { name: `Thử xem: ${card.check!.question}` })).toBeVisible();
    await expect(view.getByRole('status')).toBeEmpty();
    await view.getByRole('radio', { name: wrong.text }).check();
    await expect(view.getByRole('status')).toHaveText(`🤔 Chưa đúng. ${wrong.feedback}`);
    await expect(view.getByTestId('check-feedback')).toHaveAttribute('data-correct', 'false');

    await view.getByRole('radio', { name: right.text }).check();
    await expect(view.getByRole('status')).toHaveText(`✅ ${right.feedback}`);
    await expect(view.getByTestId('check-feedback')).toHaveAttribute('data-correct', 'true');
  });

  test('check question by keyboard', async ({ extension }) => {
    await configure(extension.serviceWorker, { ageGroup: 'primary' });
    const page = await openExtensionPage(extension, 'skills.html');
    const card = getSkillCards('vi', 'primary').find((candidate) => candidate.check)!;
    const view = page.locator(`[data-card-id="${card.id}"]`);

    await view.getByRole('radio').first().focus();
    await page.keyboard.press('Space');
    await expect(view.getByRole('radio').first()).toBeChecked();
    await page.keyboard.press('ArrowDown');
    await expect(view.getByRole('radio').nth(1)).toBeChecked();
    await expect(view.getByRole('status')).toContainText(card.check!.options[1]!.feedback);
  });

  test('guide page renders every section', async ({ extension }) => {
    await configure(extension.serviceWorker, { language: 'en' });
    const page = await openExtensionPage(extension, 'guide.html');
    const guide = getGuide('en');

    await expect(page).toHaveTitle('For parents and teachers – Khiên Xanh');
    await expect(page.getByTestId('guide-section')).toHaveCount(guide.length);
    for (const section of guide) {
      await expect(page.getByRole('heading', { level: 2, name: section.title, exact: true })).toBeVisible();
      await expect(page.getByRole('navigation').getByRole('link', { name: section.title, exact: true })).toHaveAttribute('href', `#${section.id}`);
    }
    await expect(page.getByTestId('call-111')).toHaveAttribute('href', 'tel:111');

    await page.getByRole('link', { name: 'See the children’s digital-skills cards' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('🎓 Digital skills');
    await page.getByRole('link', { name: 'For parents and teachers' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('📖 For parents and teachers');
  });

  test('options page links both pages', async ({ extension }) => {
    const page = await openExtensionPage(extension, 'options.html');
    const base = `chrome-extension://${extension.extensionId}`;
    await expect(page.getByRole('link', { name: /Kỹ năng số/ })).toHaveAttribute('href', `${base}/skills.html`);
    await expect(page.getByRole('link', { name: /Dành cho bố mẹ và thầy cô/ })).toHaveAttribute('href', `${base}/guide.html`);
  });
});
