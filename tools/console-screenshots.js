// Screenshots of the console for docs/, from a CRM filled by `crm demo`:
//   npm run crm -- demo --password-stdin <<< 'the password'
//   npm start &   # wait until GET /projections shows no lag
//   node tools/console-screenshots.js http://127.0.0.1:3000 'the password'
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';

const [base = 'http://127.0.0.1:3000', password] = process.argv.slice(2);
if (!password) {
  console.error('usage: node tools/console-screenshots.js BASE_URL DEMO_PASSWORD');
  process.exit(2);
}
const docs = fileURLToPath(new URL('../docs/', import.meta.url));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

async function signedIn(email, locale = 'en') {
  const context = await browser.newContext({ viewport: { width: 1440, height: 960 }, locale, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(`${base}/app/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation').waitFor();
  return page;
}

async function shot(page, name) {
  // Charts animate in; the page is photographed once they have settled. A customer's page holds
  // its live stream open, so the network may never go quiet there: wait a while, not for ever.
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${docs}${name}.png` });
  console.log(`docs/${name}.png`);
}

const analyst = await signedIn('analyst@demo.example');
const ranking = await analyst.evaluate(() => fetch('/analytics/customers?limit=1').then((response) => response.json()));
const topCustomer = ranking.customers[0].customerId;
for (const tab of ['customers', 'timing', 'lifecycle']) {
  await analyst.goto(`${base}/app/analytics/${tab}`);
  await analyst.locator('canvas').first().waitFor();
  await shot(analyst, `console-analytics-${tab}`);
}

const operator = await signedIn('operator@demo.example');
// Touches only: a generated history's old leads make the follow-up reactor reassign owners on start.
await operator.goto(`${base}/app/customers/${topCustomer}?type=CallLogged,VisitRecorded,EmailLogged,PurchaseRecorded,ComplaintFiled,SurveyAnswered,NoteAdded`);
await operator.getByRole('list', { name: 'Timeline' }).getByRole('listitem').first().waitFor();
await shot(operator, 'console-customer');
await operator.goto(`${base}/app/customers`);
await operator.getByRole('table', { name: 'Customers' }).getByRole('link').first().waitFor();
await shot(operator, 'console-customers');
await operator.goto(`${base}/app/pipeline`);
await operator.getByRole('img', { name: /Forecast chart/ }).locator('canvas').waitFor();
await shot(operator, 'console-pipeline');

const catalan = await signedIn('operator@demo.example');
await catalan.getByRole('button', { name: /User menu/ }).click();
await catalan.getByRole('menuitem', { name: 'Català' }).click();
await catalan.goto(`${base}/app/customers/${topCustomer}/history`);
await catalan.getByRole('table', { name: 'Historial' }).getByRole('row').nth(1).waitFor();
await shot(catalan, 'console-customer-history-ca');
// Back to English, so the demo operator's next sign-in is in the default language.
await catalan.evaluate(() => fetch('/auth/me', { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ locale: 'en' }) }));

await browser.close();
