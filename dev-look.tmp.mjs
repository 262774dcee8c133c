import { chromium } from 'playwright-core';
const [, , path, out, locale = 'en', role = 'admin'] = process.argv;
const KEY = 'crm_yqHxgNmQBtct0BTygKT9Pk5XW_p77YsG3ek8ACwMbpE';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
page.on('console', (m) => m.type() === 'error' && console.log('console:', m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
// Dev look only, until sign-in lands: the key rides on every API call, and /auth/me answers as an admin.
await page.route('**/*', async (route) => {
  const url = new URL(route.request().url());
  if (url.pathname === '/auth/me') return route.fulfill({ json: { staffId: '0b6e2a4e-5d8f-4c1a-9a7e-1f2d3c4b5a69', name: 'Marta Soler', email: 'marta@example.com', role, locale } });
  if (url.pathname.startsWith('/app')) return route.continue();
  return route.continue({ headers: { ...route.request().headers(), authorization: `Bearer ${KEY}` } });
});
await page.goto(`http://127.0.0.1:3917/app${path}`);
await page.waitForTimeout(2500);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
