import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
const [, , path, who] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
await page.goto(`http://127.0.0.1:3917/app/sign-in`);
if (who) {
  await page.getByLabel('Email').fill(`${who}@example.com`);
  await page.getByLabel('Password').fill(`password-for-${who}-123`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation').waitFor();
  await page.goto(`http://127.0.0.1:3917/app${path}`);
}
await page.waitForTimeout(2000);
const r = await new AxeBuilder({ page }).analyze();
for (const v of r.violations) console.log(v.impact, v.id, v.nodes.slice(0, 3).map((n) => n.html.slice(0, 150) + ' | ' + n.failureSummary?.slice(0, 200)).join('\n   '));
await browser.close();
