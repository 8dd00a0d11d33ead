import { createPolicyHost } from './support/policy-browser';
const host = createPolicyHost();
try {
  host.write({ AgeGroup: 'primary', DenyList: ['bet.example', 'not a domain'], ReportEndpoint: 'http://reports.truong.example/x', ReportAuthToken: 'school-token-5e2b7c91d4', OrganizationName: 'Trường Tiểu học Kim Đồng', DefaultLanguage: 'vi', CategoriesAdded: { primary: ['drugs'] } });
  const b = await host.launch();
  await new Promise((r) => setTimeout(r, 7000));
  const page = await b.context.newPage();
  await page.setViewportSize({ width: 900, height: 1000 });
  await page.goto(`chrome-extension://${b.extensionId}/options.html`);
  await page.getByLabel('Mã PIN (4–8 chữ số)').fill('2468');
  await page.getByLabel('Nhập lại mã PIN').fill('2468');
  await page.getByRole('button', { name: 'Tạo mã PIN' }).click();
  await page.getByText('Dành cho quản trị viên').click();
  await page.screenshot({ path: '/tmp/policy-scratch/03-partial-policy.png', fullPage: true });
  await page.getByRole('button', { name: 'Khoá cài đặt' }).click();
  for (let i = 0; i < 5; i++) { await page.getByLabel('Mã PIN (4–8 chữ số)').fill('0000'); await page.getByRole('button', { name: 'Mở cài đặt' }).click(); await page.getByTestId('pin-error').waitFor(); await new Promise((r) => setTimeout(r, 400)); }
  await page.screenshot({ path: '/tmp/policy-scratch/04-wait.png' });
  const popup = await b.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
  await popup.getByTestId('managed-by-notice').waitFor();
  await popup.screenshot({ path: '/tmp/policy-scratch/05-popup.png' });
  await b.close();
  host.write({ SettingsLocked: true, OrganizationName: 'Trường Tiểu học Kim Đồng', AgeGroup: 'lowerSecondary', HelpContacts: [{ name: 'Phòng tư vấn', phone: '024 0000 0000', hours: '7:30–16:30' }] });
  const c = await host.launch();
  await new Promise((r) => setTimeout(r, 7000));
  const p2 = await c.context.newPage();
  await p2.setViewportSize({ width: 900, height: 1000 });
  await p2.goto(`chrome-extension://${c.extensionId}/options.html`);
  await p2.getByTestId('managed-page').waitFor();
  await p2.screenshot({ path: '/tmp/policy-scratch/06-locked.png', fullPage: true });
  await c.close();
} finally { host.dispose(); }
