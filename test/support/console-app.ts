import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, BrowserContextOptions, Cookie, Page } from 'playwright-core';
import { ApiKeyService, type Role } from '#crm/auth';
import { loadConfig } from '#crm/config';
import { openDatabases, shutdown } from '#crm/database';
import { createHttpApp } from '#crm/http';
import { ProjectionRunner } from '#crm/projection-runner';
import { CrmAppModule } from '../../apps/crm/src/crm-app.module.js';
import { launchBrowser } from './browser.js';
import { createTestDatabase, type TestDatabase } from './database.js';
import { projectionsCaughtUp } from './last-appended-position.js';

export interface ConsoleUser {
  staffId: string;
  name: string;
  email: string;
  password: string;
  role: Role;
}

export interface ConsoleApp {
  /** http://127.0.0.1:<port> of the running CRM. */
  baseUrl: string;
  browser: Browser;
  /** A request to the API as the admin key (setting data up the way an integration would). */
  api<T = unknown>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
  /** A user with a sign-in, made through the admin route. */
  user(role: Role, name?: string): Promise<ConsoleUser>;
  /** A fresh browser context signed in as the user, on the console's page `path`. */
  signedIn(user: ConsoleUser, path?: string): Promise<{ context: BrowserContext; page: Page }>;
  /** Waits until the app's own projector has applied everything appended so far to `projection`. */
  caughtUp(projection: string): Promise<void>;
  close(): Promise<void>;
}

// No animations: axe measures contrast on what is on screen, and a dialog fading in is not yet.
const CONTEXT: BrowserContextOptions = { viewport: { width: 1366, height: 900 }, locale: 'en-GB', timezoneId: 'UTC', reducedMotion: 'reduce' };

/**
 * The whole CRM as `npm start` runs it (api, projector and worker in one process) on a database of
 * its own, listening on a random port of 127.0.0.1, with the console that global setup built
 * (dist/web), and a Chromium to drive it.
 */
/** `env`: settings beyond the test's own (a short follow-up deadline, say). */
export async function startConsoleApp(label: string, env: Record<string, string> = {}): Promise<ConsoleApp> {
  const database: TestDatabase = await createTestDatabase(label);
  const dataDir = await mkdtemp(join(tmpdir(), `crm-${label}-`));
  const config = loadConfig({
    DATABASE_URL: database.url,
    REDIS_URL: 'redis://127.0.0.1:6379',
    CRM_DATA_DIR: dataDir,
    LOG_LEVEL: 'fatal',
    JOBS_PREFIX: `test-${label}-${process.pid}`,
    ...env,
  });
  const databases = await openDatabases(config);
  const app: NestFastifyApplication = await createHttpApp(CrmAppModule.forRoot(config, databases), config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const { key } = await app.get(ApiKeyService).create({ role: 'admin', name: 'console test admin', staffId: null });
  const browser = await launchBrowser();
  let users = 0;

  const api: ConsoleApp['api'] = async (method, path, body) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { 'x-api-key': key, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    // Reports also answer as CSV (format=csv): that body stays text.
    const json = response.headers.get('content-type')?.includes('json') ?? false;
    return { status: response.status, body: text ? (json ? JSON.parse(text) : text) : undefined };
  };

  /**
   * Each sign-in through the form costs a page load and a password hash, so later contexts of the
   * same user start from the cookies of the first, for as long as the server still takes them: a
   * test may sign out, disable the user or reset the password.
   */
  const sessions = new Map<string, Cookie[]>();
  const sessionKey = (user: ConsoleUser) => `${user.email}\n${user.password}`;
  const liveSession = async (user: ConsoleUser): Promise<Cookie[] | undefined> => {
    const cookies = sessions.get(sessionKey(user));
    if (!cookies) return undefined;
    const me = await fetch(`${baseUrl}/auth/me`, { headers: { cookie: cookies.map(({ name, value }) => `${name}=${value}`).join('; ') } });
    if (me.ok) return cookies;
    sessions.delete(sessionKey(user));
    return undefined;
  };

  return {
    baseUrl,
    browser,
    api,
    async user(role, name) {
      users += 1;
      const email = `${role}.${users}@staff.example.org`;
      const password = `console-${users}-correct horse battery`;
      const fullName = name ?? `Test ${role} ${users}`;
      const created = await api<{ staffId: string }>('POST', '/users', { email, name: fullName, role, password });
      if (created.status !== 201) throw new Error(`POST /users answered ${created.status}: ${JSON.stringify(created.body)}`);
      return { staffId: created.body.staffId, name: fullName, email, password, role };
    },
    async signedIn(user, path = '/app/') {
      const cookies = await liveSession(user);
      const context = await browser.newContext({ ...CONTEXT, storageState: cookies && { cookies, origins: [] } });
      const page = await context.newPage();
      if (cookies) {
        await page.goto(`${baseUrl}${path}`);
        return { context, page };
      }
      // The sign-in page's `next` (a path under /app) saves loading the home page on the way.
      const next = path === '/app/' ? '' : `?next=${encodeURIComponent(path.slice('/app'.length))}`;
      await page.goto(`${baseUrl}/app/sign-in${next}`);
      await page.getByLabel('Email').fill(user.email);
      await page.getByLabel('Password').fill(user.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      const nav = page.getByRole('navigation');
      await nav.waitFor({ timeout: 15_000 }).catch(async () => {
        throw new Error(`sign-in as ${user.email} did not reach the console; the page at ${page.url()} says: ${await page.locator('body').innerText()}`);
      });
      sessions.set(sessionKey(user), await context.cookies(baseUrl));
      return { context, page };
    },
    caughtUp: (projection) => projectionsCaughtUp(app.get(ProjectionRunner, { strict: false }), databases.readDb, [{ name: projection }]),
    async close() {
      await browser.close();
      await app.close();
      await shutdown();
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Chooses a language in the user menu, whose button is labelled in the language the console shows now. */
export async function chooseLanguage(
  page: Page,
  user: ConsoleUser,
  menu: 'User menu' | 'Menú de usuario' | 'Menú d’usuari',
  language: 'English' | 'Español' | 'Català',
): Promise<void> {
  await page.getByRole('button', { name: `${menu}: ${user.name}` }).click();
  await page.getByRole('menuitem', { name: language }).click();
}

/** Serious and critical accessibility violations on the page as it is now, one line each. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // Legacy mode: axe.run() in the page itself. The default runs per frame and finishes in a new
  // blank page with axe injected once more, for iframes the console does not have; it found the
  // same on every customer screen at twice the CPU.
  const result = await new AxeBuilder({ page }).setLegacyMode().analyze();
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
