import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Page, Request } from 'playwright-core';
import { ApiKeyService } from '#crm/auth';
import { loadConfig } from '#crm/config';
import { openDatabases, shutdown } from '#crm/database';
import { loadLog } from '#crm/demo';
import { PostgresEventStore } from '#crm/event-store';
import { createHttpApp } from '#crm/http';
import { createReadDb, migrateReadStore } from '#crm/read-store';
import { CrmAppModule } from '../../apps/crm/src/crm-app.module.js';
import { launchBrowser } from '../../test/support/browser.js';
import { createBenchDatabase } from '../support/bench-database.js';
import { latencyOf, round } from '../support/stats.js';
import { rebuildCase } from './rebuild.case.js';

export interface CustomerPageFigures {
  customerEvents: number;
  /** The first navigation, on an empty browser cache. */
  coldMs: number;
  /** Later navigations after WARM_UP untimed ones: a fresh document each time, the browser's cache and compiled code warm. */
  warmMs: { count: number; p50: number; p99: number; max: number };
  /** Every warm navigation, in order: an outlier shows where it fell. */
  samplesMs: number[];
  /** The main thread's tasks over 50 ms before the first item showed, per warm navigation: medians of their count and total ms. */
  longTasks: { count: number; totalMs: number; firstStartMs: number; lastEndMs: number };
  /** Each request of the warm navigations, by path: when it started and ended after navigation start, medians in ms. */
  waterfall: { path: string; count: number; startMs: number; endMs: number }[];
  /** The three slowest warm navigations, each with its own requests: what the median waterfall hides. */
  slowest: { index: number; ms: number; requests: Timed[] }[];
  setupSeconds: number;
}

interface Timed {
  path: string;
  startMs: number;
  endMs: number;
}

function longTasksOf(navigations: { start: number; duration: number }[][]): CustomerPageFigures['longTasks'] {
  const median = (values: number[]) => round(latencyOf(values).p50, 0);
  return {
    count: median(navigations.map((tasks) => tasks.length)),
    totalMs: median(navigations.map((tasks) => tasks.reduce((sum, task) => sum + task.duration, 0))),
    firstStartMs: median(navigations.map((tasks) => tasks[0]?.start ?? 0)),
    lastEndMs: median(navigations.map((tasks) => Math.max(0, ...tasks.map((task) => task.start + task.duration)))),
  };
}

/** Medians per path, in the order the requests start: where the page's second goes. */
function waterfallOf(requests: Timed[]): CustomerPageFigures['waterfall'] {
  const byPath = new Map<string, Timed[]>();
  for (const request of requests) byPath.set(request.path, [...(byPath.get(request.path) ?? []), request]);
  const median = (values: number[]) => latencyOf(values).p50;
  return [...byPath.entries()]
    .map(([path, timed]) => ({ path, count: timed.length, startMs: round(median(timed.map((t) => t.startMs)), 0), endMs: round(median(timed.map((t) => t.endMs)), 0) }))
    .sort((a, b) => a.startMs - b.startMs);
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const BUCKET_MS = 25;

/**
 * BENCH_PROFILE=<file>: one more navigation under Chromium's sampling profiler, its main-thread
 * time by function (self time, heaviest first) written to the file: where the page's render goes.
 */
async function profileNavigation(page: Page, open: () => Promise<number>, file: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const elapsed = await open();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const selfMs = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const frame = frames.get(id)!;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    selfMs.set(name, (selfMs.get(name) ?? 0) + profile.timeDeltas[index] / 1000);
  });
  const lines = [...selfMs.entries()].sort((a, b) => b[1] - a[1]).map(([name, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${name}`);
  // When, too: per slice of time, the share that was busy and the components on the stack then
  // (a capitalized function of the console's own code, nearest the leaf).
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const component = (id: number): string => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const { functionName, url } = frames.get(at)!;
      if (/^[A-Z]/.test(functionName) && url.includes('/app/assets/')) return functionName;
    }
    return frames.get(id)!.functionName || '(anonymous)';
  };
  const buckets = new Map<number, Map<string, number>>();
  let at = 0;
  profile.samples.forEach((id, index) => {
    at += profile.timeDeltas[index] / 1000;
    const name = frames.get(id)!.functionName === '(idle)' ? '(idle)' : component(id);
    const bucket = buckets.get(Math.floor(at / BUCKET_MS)) ?? new Map<string, number>();
    bucket.set(name, (bucket.get(name) ?? 0) + profile.timeDeltas[index] / 1000);
    buckets.set(Math.floor(at / BUCKET_MS), bucket);
  });
  const slices = [...buckets.entries()].map(([index, names]) => {
    const top = [...names.entries()].filter(([name]) => name !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, 4);
    return `${String(index * BUCKET_MS).padStart(6)} ms  busy ${(BUCKET_MS - (names.get('(idle)') ?? 0)).toFixed(0).padStart(3)}  ${top.map(([name, ms]) => `${name} ${ms.toFixed(0)}`).join(', ')}`;
  });
  await writeFile(file, `navigation ${elapsed.toFixed(0)} ms (the profile starts before about:blank)\n${slices.join('\n')}\n\n${lines.join('\n')}\n`);
}

const HEAVY_EVENTS = 10_000;
/**
 * Navigations after the cold one and before the timed ones: Chromium compiles a script afresh on
 * its second load too and keeps the compiled code only from then on, and the api's own code paths
 * for this customer are cold as well; a user who opens customer pages all day has both warm.
 */
const WARM_UP = 3;

/**
 * Case 10: the whole CRM as `npm start` runs it, one customer with 10,000 events (the log
 * generator's heavy customer, its read models built by the bench's rebuild), and Debian's Chromium
 * signed in as an operator opening that customer's page `navigations` times: from navigation start
 * to the first timeline page's items on screen.
 */
export async function customerPageCase(navigations: number): Promise<CustomerPageFigures> {
  const setupStarted = performance.now();
  const database = await createBenchDatabase('page');
  const dataDir = await mkdtemp(join(tmpdir(), 'crm-bench-page-'));
  try {
    const store = await PostgresEventStore.connect({ connectionString: database.url, poolSize: 4 });
    const readDb = createReadDb(database.url, { maxConnections: 2 });
    let customerId: string;
    try {
      await migrateReadStore(readDb);
      const log = await loadLog(store, { seed: 20261205, customers: 20, events: 200, heavyCustomerEvents: HEAVY_EVENTS, cohortCustomers: 0 }, () => undefined);
      customerId = log.generator.heavyCustomerId!;
      // read models built before the app starts, so its projector begins caught up
      await rebuildCase(database.url, log.events);
    } finally {
      await store.close();
      await readDb.destroy();
    }

    const config = loadConfig({
      DATABASE_URL: database.url,
      REDIS_URL: 'redis://127.0.0.1:6379',
      CRM_DATA_DIR: dataDir,
      LOG_LEVEL: 'fatal',
      JOBS_PREFIX: `bench-page-${process.pid}`,
    });
    const databases = await openDatabases(config);
    const app: NestFastifyApplication = await createHttpApp(CrmAppModule.forRoot(config, databases), config);
    const browser = await launchBrowser();
    try {
      await app.listen(0, '127.0.0.1');
      const address = app.getHttpServer().address();
      const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      const { key } = await app.get(ApiKeyService).create({ role: 'admin', name: 'bench admin', staffId: null });
      const user = { email: 'bench.operator@staff.example.org', password: 'bench-operator correct horse battery', name: 'Bench Operator', role: 'operator' };
      const created = await fetch(`${baseUrl}/users`, {
        method: 'POST',
        headers: { 'x-api-key': key, 'content-type': 'application/json' },
        body: JSON.stringify(user),
      });
      if (created.status !== 201) throw new Error(`POST /users answered ${created.status}: ${await created.text()}`);

      const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-GB', timezoneId: 'UTC' });
      // Where the main thread goes: tasks of 50 ms or more, from the document's start.
      await context.addInitScript({
        content: `window.longTasks = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) window.longTasks.push({ start: entry.startTime, duration: entry.duration });
          }).observe({ type: 'longtask', buffered: true });`,
      });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/app/sign-in`);
      await page.getByLabel('Email').fill(user.email);
      await page.getByLabel('Password').fill(user.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('navigation').waitFor({ timeout: 15_000 });
      const setupSeconds = round((performance.now() - setupStarted) / 1000, 1);

      // Timed by the page itself, on every frame: Playwright's own waitFor polls at 0, 20, 50, 100,
      // 100, then every 500 ms, so an item drawn at 450 ms was seen at up to 900. performance.now()
      // counts from the document's navigation start.
      const firstItemShown = `(() => {
        const item = document.querySelector('ol[aria-label="Timeline"] > li');
        return item !== null && item.getBoundingClientRect().height > 0 && performance.now();
      })()`;
      let navigationStart = 0;
      let requests: Timed[] = [];
      const tasks: { start: number; duration: number }[][] = [];
      page.on('requestfinished', (request) => {
        const url = new URL(request.url());
        if (url.origin !== baseUrl) return;
        const timing = request.timing();
        const startMs = timing.startTime - navigationStart;
        requests.push({ path: url.pathname.replace(customerId, ':id') + (url.search ? '?…' : ''), startMs, endMs: startMs + timing.responseEnd });
      });
      // The page's reads still out, its live stream aside (it stays open while the page does).
      const pending = new Set<Request>();
      let settled: () => void = () => undefined;
      page.on('request', (request) => {
        if (new URL(request.url()).origin === baseUrl && !request.url().includes('/live')) pending.add(request);
      });
      const done = (request: Request) => {
        pending.delete(request);
        if (pending.size === 0) settled();
      };
      page.on('requestfinished', done);
      page.on('requestfailed', done);
      const open = async () => {
        // As a user does, the page is left once it has loaded what it loads: left at once, its
        // reads still on the api's thread slowed the next page's first ones.
        if (pending.size > 0) await new Promise<void>((resolve) => (settled = resolve));
        await page.goto('about:blank');
        requests = [];
        navigationStart = Date.now();
        await page.goto(`${baseUrl}/app/customers/${customerId}`, { waitUntil: 'commit' });
        const shown = await page.waitForFunction(firstItemShown, undefined, { polling: 'raf', timeout: 30_000 });
        const elapsed = (await shown.jsonValue()) as number;
        tasks.push(await page.evaluate<{ start: number; duration: number }[]>('window.longTasks'));
        return elapsed;
      };
      const coldMs = await open();
      for (let i = 0; i < WARM_UP; i += 1) await open();
      const samples: number[] = [];
      const perNavigation: Timed[][] = [];
      for (let i = 0; i < navigations; i += 1) {
        samples.push(await open());
        perNavigation.push(requests);
      }
      const warm = latencyOf(samples);
      if (process.env.BENCH_PROFILE) await profileNavigation(page, open, process.env.BENCH_PROFILE);
      await context.close();
      return {
        customerEvents: HEAVY_EVENTS,
        coldMs: round(coldMs, 0),
        warmMs: { count: warm.count, p50: round(warm.p50, 0), p99: round(warm.p99, 0), max: round(warm.max, 0) },
        samplesMs: samples.map((sample) => round(sample, 0)),
        longTasks: longTasksOf(tasks.slice(1 + WARM_UP)),
        waterfall: waterfallOf(perNavigation.flat()),
        slowest: samples
          .map((ms, index) => ({ index, ms: round(ms, 0), requests: perNavigation[index]!.map((t) => ({ ...t, startMs: round(t.startMs, 0), endMs: round(t.endMs, 0) })) }))
          .sort((a, b) => b.ms - a.ms)
          .slice(0, 3),
        setupSeconds,
      };
    } finally {
      await browser.close();
      await app.close();
      await shutdown();
    }
  } finally {
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
