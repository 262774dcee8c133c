import type { Role } from '#crm/auth';
import type { TestApp } from './app.js';

/**
 * Every route of the api, who may call it, and a sample request: the one place the role matrix
 * (docs/roles.md), the role test and the fuzz test take their expectations from. The role test
 * fails when the OpenAPI document has a route this map lacks (or the reverse), and when the
 * docs table's rows differ from it, so a new route cannot go unchecked or undocumented.
 */

const UNKNOWN_TOUCH = '00000000-0000-4000-8000-00000000c0de';

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
/** `GET /customers/{id}`: the method and the path as the OpenAPI document writes it. */
export type RouteKey = `${Method} /${string}`;

/** Roles other than admin; admin may call every route that declares roles. */
export type NonAdminRole = Exclude<Role, 'admin'>;

/** 'public': no key needed; otherwise the roles (besides admin) that may call it. */
export type Access = 'public' | readonly NonAdminRole[];

/** Records the sample requests act on, made before the matrix runs. */
export interface SampleIds {
  customerId: string;
  /** A customer of its own for the erasure route, so erasing it spoils no other sample. */
  erasableCustomerId: string;
  staffId: string;
  opportunityId: string;
  segmentId: string;
  /** A user who can sign in, for the session routes. */
  user: { email: string; password: string };
}

/** Creates the records the samples act on, through the api itself. */
export async function createSampleRecords(api: Pick<TestApp, 'request'>): Promise<SampleIds> {
  const created = async (role: Role, url: string, payload: object) => {
    const response = await api.request({ method: 'POST', url, payload, role });
    if (response.statusCode !== 201) throw new Error(`setting up the samples, POST ${url} answered ${response.statusCode} ${response.body}`);
    return response.json().id as string;
  };
  const staffId = await created('admin', '/staff', { name: 'Sample Owner', email: 'owner@example.com' });
  const customerId = await created('operator', '/customers', { kind: 'person', name: 'Sample Customer', email: 'sample.customer@example.com' });
  const erasableCustomerId = await created('operator', '/customers', { kind: 'person', name: 'Erasable Customer' });
  const opportunityId = await created('operator', '/opportunities', {
    customerId,
    interest: 'Fleet renewal',
    expectedAmount: { amount: 100000, currency: 'EUR' },
    ownerId: staffId,
  });
  const segmentId = await created('analyst', '/segments', { name: 'Gold', rule: { all: [{ fact: 'attribute', key: 'tier', op: 'eq', value: 'gold' }] } });
  const user = { email: 'sample.user@example.com', password: 'sample user passphrase' };
  await created('admin', '/users', { ...user, name: 'Sample User', role: 'operator' });
  return { staffId, customerId, erasableCustomerId, opportunityId, segmentId, user };
}

export interface RouteSample {
  /** The concrete URL: path ids filled in, query included. */
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface CatalogueEntry {
  access: Access;
  sample(ids: SampleIds): RouteSample;
}

const operator = ['operator'] as const;
const everyRole = ['operator', 'analyst', 'compliance'] as const;
const operatorOrCompliance = ['operator', 'compliance'] as const;
const operatorOrAnalyst = ['operator', 'analyst'] as const;
const analyst = ['analyst'] as const;
const compliance = ['compliance'] as const;
const analystOrCompliance = ['analyst', 'compliance'] as const;
const adminOnly = [] as const;

const get = (url: string): RouteSample => ({ url });
/** For routes whose records the samples do not make (jobs): an allowed caller gets a 404. */
const UNKNOWN_ID = '7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11';

const catalogue = {
  'GET /health': { access: 'public', sample: () => get('/health') },
  'GET /docs': { access: 'public', sample: () => get('/docs') },
  'GET /docs-json': { access: 'public', sample: () => get('/docs-json') },
  'POST /leads': {
    access: 'public',
    sample: () => ({ url: '/leads', body: { name: 'Sample Lead', email: 'sample.lead@example.com', form: 'contact-us', interest: 'Fleet renewal' } }),
  },

  'POST /customers': {
    access: operator,
    sample: () => ({ url: '/customers', body: { kind: 'person', name: 'Sample Person', email: 'sample.person@example.com', phone: '+34 600 000 001' } }),
  },
  'GET /customers': { access: operatorOrAnalyst, sample: () => get('/customers?limit=5') },
  'GET /duplicates': { access: operatorOrAnalyst, sample: () => get('/duplicates?limit=5') },
  'GET /customers/{id}': { access: operatorOrCompliance, sample: (ids) => get(`/customers/${ids.customerId}`) },
  'PATCH /customers/{id}': { access: operator, sample: (ids) => ({ url: `/customers/${ids.customerId}`, body: { attributes: { tier: 'gold' } } }) },
  'POST /customers/{id}/consents': {
    access: operator,
    sample: (ids) => ({ url: `/customers/${ids.customerId}/consents`, body: { channel: 'email', status: 'given', legalBasis: 'consent', textVersion: 'v1' } }),
  },
  'POST /customers/{id}/merge': {
    access: operator,
    sample: (ids) => ({ url: `/customers/${ids.customerId}/merge`, body: { from: ids.erasableCustomerId } }),
  },
  'POST /customers/{id}/unmerge': {
    access: operator,
    sample: (ids) => ({ url: `/customers/${ids.customerId}/unmerge`, body: { from: ids.erasableCustomerId } }),
  },
  'POST /customers/{id}/owner': { access: operator, sample: (ids) => ({ url: `/customers/${ids.customerId}/owner`, body: { ownerId: ids.staffId } }) },
  'POST /customers/{id}/touches': {
    access: operator,
    sample: (ids) => ({ url: `/customers/${ids.customerId}/touches`, body: { type: 'note', text: 'Prefers morning calls' } }),
  },
  // An event id the customer never had: the role test needs the route's guard, not a touch (404 past it).
  'POST /customers/{id}/touches/{eventId}/void': {
    access: operator,
    sample: (ids) => ({ url: `/customers/${ids.customerId}/touches/${UNKNOWN_TOUCH}/void`, body: { reason: 'recorded twice' } }),
  },
  'POST /customers/{id}/touches/{eventId}/correct': {
    access: operator,
    sample: (ids) => ({ url: `/customers/${ids.customerId}/touches/${UNKNOWN_TOUCH}/correct`, body: { durationSeconds: 420 } }),
  },
  'GET /customers/{id}/history': { access: operatorOrCompliance, sample: (ids) => get(`/customers/${ids.customerId}/history?limit=10`) },
  'GET /customers/{id}/state': { access: operatorOrCompliance, sample: (ids) => get(`/customers/${ids.customerId}/state?asOf=2030-01-01T00:00:00.000Z`) },
  'GET /customers/{id}/timeline': { access: operatorOrAnalyst, sample: (ids) => get(`/customers/${ids.customerId}/timeline`) },
  // A person's id: allowed, and 400 (a person has no people) — the role and record checks come first.
  'GET /customers/{id}/contacts': { access: operatorOrAnalyst, sample: (ids) => get(`/customers/${ids.customerId}/contacts`) },
  'GET /customers/{id}/lifecycle': { access: operatorOrAnalyst, sample: (ids) => get(`/customers/${ids.customerId}/lifecycle`) },
  'GET /customers/{id}/segments': { access: operatorOrAnalyst, sample: (ids) => get(`/customers/${ids.customerId}/segments`) },
  // The samples make no purchases and no fit: an allowed caller gets a 404 naming the missing fit.
  'GET /customers/{id}/forecast': { access: operatorOrAnalyst, sample: (ids) => get(`/customers/${ids.customerId}/forecast?days=30`) },
  'GET /customers/{id}/export': { access: compliance, sample: (ids) => get(`/customers/${ids.customerId}/export?reason=subject%20access%20request%2042`) },
  'POST /customers/{id}/erasure': { access: compliance, sample: (ids) => ({ url: `/customers/${ids.erasableCustomerId}/erasure` }) },

  'POST /opportunities': {
    access: operator,
    sample: (ids) => ({
      url: '/opportunities',
      body: { customerId: ids.customerId, interest: 'Fleet renewal', expectedAmount: { amount: 120000, currency: 'EUR' }, ownerId: ids.staffId },
    }),
  },
  'POST /opportunities/{id}/stage': { access: operator, sample: (ids) => ({ url: `/opportunities/${ids.opportunityId}/stage`, body: { stage: 'engaging' } }) },
  'POST /opportunities/{id}/win': {
    access: operator,
    sample: (ids) => ({ url: `/opportunities/${ids.opportunityId}/win`, body: { amount: 118000, currency: 'EUR' } }),
  },
  'POST /opportunities/{id}/lose': { access: operator, sample: (ids) => ({ url: `/opportunities/${ids.opportunityId}/lose`, body: { reason: 'price' } }) },
  'PATCH /opportunities/{id}': { access: operator, sample: (ids) => ({ url: `/opportunities/${ids.opportunityId}`, body: { expectedCloseDate: '2027-01-31' } }) },
  'GET /opportunities': { access: operatorOrAnalyst, sample: (ids) => get(`/opportunities?owner=${ids.staffId}&status=open&limit=10`) },
  'GET /opportunities/{id}': { access: operatorOrAnalyst, sample: (ids) => get(`/opportunities/${ids.opportunityId}`) },
  'GET /pipeline/board': { access: operatorOrAnalyst, sample: () => get('/pipeline/board') },
  'GET /pipeline/forecast': { access: operatorOrAnalyst, sample: () => get('/pipeline/forecast') },
  'GET /pipeline/conversion': { access: operatorOrAnalyst, sample: () => get('/pipeline/conversion') },
  // The default definition again: records nothing, so no other sample sees the stages change.
  'PUT /pipeline/stages': {
    access: adminOnly,
    sample: () => ({
      url: '/pipeline/stages',
      body: {
        stages: [
          { stage: 'qualification', probability: 10 },
          { stage: 'needs-analysis', probability: 25 },
          { stage: 'proposal', probability: 50 },
          { stage: 'negotiation', probability: 75 },
        ],
      },
    }),
  },

  'GET /assignment-rules': { access: operatorOrAnalyst, sample: () => get('/assignment-rules') },
  // No rules, as a new CRM has: records nothing, so no other sample's lead is routed differently.
  'PUT /assignment-rules': { access: adminOnly, sample: () => ({ url: '/assignment-rules', body: { rules: [] } }) },

  'GET /staff': { access: everyRole, sample: () => get('/staff') },
  'POST /staff': { access: adminOnly, sample: () => ({ url: '/staff', body: { name: 'Sample Staff', email: 'sample.staff@example.com' } }) },
  'PUT /staff/{id}/time-zone': { access: adminOnly, sample: (ids) => ({ url: `/staff/${ids.staffId}/time-zone`, body: { timeZone: 'Europe/Madrid' } }) },

  'POST /auth/sign-in': { access: 'public', sample: (ids) => ({ url: '/auth/sign-in', body: ids.user }) },
  'POST /auth/sign-out': { access: 'public', sample: () => ({ url: '/auth/sign-out' }) },
  // An API key acting for a staff member without a user answers 404: allowed, and nothing to show.
  'GET /auth/me': { access: everyRole, sample: () => get('/auth/me') },
  'PATCH /auth/me': { access: everyRole, sample: () => ({ url: '/auth/me', body: { locale: 'es' } }) },
  'GET /users': { access: adminOnly, sample: () => get('/users') },
  'POST /users': {
    access: adminOnly,
    sample: () => ({
      url: '/users',
      body: { email: 'sample.new.user@example.com', name: 'Sample New User', role: 'analyst', password: 'another sample passphrase' },
    }),
  },
  'POST /users/{id}/disable': { access: adminOnly, sample: () => ({ url: `/users/${UNKNOWN_ID}/disable` }) },
  'POST /users/{id}/enable': { access: adminOnly, sample: () => ({ url: `/users/${UNKNOWN_ID}/enable` }) },
  'POST /users/{id}/password': { access: adminOnly, sample: () => ({ url: `/users/${UNKNOWN_ID}/password`, body: { password: 'a reset passphrase' } }) },
  'POST /users/{id}/sign-out-all': { access: adminOnly, sample: () => ({ url: `/users/${UNKNOWN_ID}/sign-out-all` }) },
  'GET /api-keys': { access: adminOnly, sample: () => get('/api-keys') },
  'POST /api-keys': { access: adminOnly, sample: () => ({ url: '/api-keys', body: { name: 'sample key', role: 'analyst' } }) },
  'POST /api-keys/{id}/revoke': { access: adminOnly, sample: () => ({ url: `/api-keys/${UNKNOWN_ID}/revoke` }) },

  'GET /lifecycle/summary': { access: operatorOrAnalyst, sample: () => get('/lifecycle/summary') },
  'POST /segments': {
    access: analyst,
    sample: () => ({ url: '/segments', body: { name: 'Gold tier', rule: { all: [{ fact: 'attribute', key: 'tier', op: 'eq', value: 'gold' }] } } }),
  },
  'GET /segments': { access: analyst, sample: () => get('/segments') },
  'GET /segments/{id}': { access: analyst, sample: (ids) => get(`/segments/${ids.segmentId}`) },
  'GET /segments/{id}/members': { access: analyst, sample: (ids) => get(`/segments/${ids.segmentId}/members?limit=10`) },
  'GET /segments/{id}/movements': { access: analyst, sample: (ids) => get(`/segments/${ids.segmentId}/movements?bucket=week`) },
  'POST /segments/preview': {
    access: analyst,
    sample: () => ({ url: '/segments/preview', body: { rule: { all: [{ fact: 'attribute', key: 'tier', op: 'eq', value: 'gold' }] } } }),
  },
  'GET /analytics/salespeople': { access: analyst, sample: () => get('/analytics/salespeople?from=2026-01-01&to=2026-12-31') },
  'GET /analytics/customers': { access: analyst, sample: () => get('/analytics/customers?limit=10') },
  'GET /analytics/timing': { access: analyst, sample: () => get('/analytics/timing?tz=Europe/Madrid') },
  'GET /analytics/revenue': { access: analyst, sample: () => get('/analytics/revenue?by=attribute:country&currency=GBP') },
  'GET /analytics/deals': { access: analyst, sample: () => get('/analytics/deals?by=attribute:sector&from=2026-01-01') },
  'GET /analytics/campaigns': { access: analyst, sample: () => get('/analytics/campaigns?windowDays=14') },
  'GET /analytics/forecast': { access: analyst, sample: () => get('/analytics/forecast?limit=5') },
  'POST /forecast/fits': { access: analyst, sample: () => ({ url: '/forecast/fits', body: { calibrationEnd: '2026-01-31' } }) },
  'GET /forecast/fits': { access: analyst, sample: () => get('/forecast/fits') },
  'GET /signals': { access: operatorOrAnalyst, sample: () => get('/signals?type=due-to-reorder&limit=10') },
  'GET /projections': { access: analyst, sample: () => get('/projections') },
  'GET /projections/{name}': { access: analyst, sample: () => get('/projections/timeline') },
  // A name no projection has: a real rebuild would run on in the background past the test's end.
  'POST /projections/{name}/rebuild': { access: adminOnly, sample: () => ({ url: '/projections/no-such-projection/rebuild' }) },

  'GET /followups': { access: operatorOrAnalyst, sample: () => get('/followups') },
  'GET /tasks': { access: operatorOrAnalyst, sample: (ids) => get(`/tasks?assignee=${ids.staffId}&status=open&limit=10`) },
  // A task never scheduled: an allowed caller gets a 409, and no sample spoils another.
  'POST /customers/{id}/tasks/{taskId}/complete': {
    access: operator,
    sample: (ids) => ({ url: `/customers/${ids.customerId}/tasks/T-none/complete`, body: {} }),
  },
  'POST /customers/{id}/tasks/{taskId}/reschedule': {
    access: operator,
    sample: (ids) => ({ url: `/customers/${ids.customerId}/tasks/T-none/reschedule`, body: { dueAt: '2030-01-01T09:00:00Z' } }),
  },
  'GET /notifications': { access: everyRole, sample: () => get('/notifications?limit=10') },
  'POST /notifications/{id}/read': { access: everyRole, sample: () => ({ url: `/notifications/${UNKNOWN_ID}/read` }) },
  'POST /campaigns': {
    access: operator,
    sample: (ids) => ({
      url: '/campaigns',
      body: { name: 'Spring offer', segmentId: ids.segmentId, channel: 'email', subject: 'Spring', body: 'Our spring offer' },
    }),
  },
  'GET /campaigns': { access: operatorOrAnalyst, sample: () => get('/campaigns?limit=10') },
  'GET /campaigns/{id}': { access: operatorOrAnalyst, sample: () => get(`/campaigns/${UNKNOWN_ID}`) },
  'GET /campaigns/{id}/results': { access: operatorOrAnalyst, sample: () => get(`/campaigns/${UNKNOWN_ID}/results`) },
  'POST /automations': {
    access: operator,
    sample: () => ({
      url: '/automations',
      body: { name: 'Thank buyers', trigger: { kind: 'event', eventType: 'PurchaseRecorded', conditions: [] }, action: { kind: 'task', title: 'Say thanks', dueInMinutes: 60 } },
    }),
  },
  'GET /automations': { access: operatorOrAnalyst, sample: () => get('/automations') },
  'POST /automations/preview': {
    access: operatorOrAnalyst,
    sample: () => ({ url: '/automations/preview', body: { name: 'Any call', trigger: { kind: 'event', eventType: 'CallLogged', conditions: [] }, action: { kind: 'notify', message: 'called' } } }),
  },
  'PUT /automations/{id}': {
    access: operator,
    sample: () => ({
      url: `/automations/${UNKNOWN_ID}`,
      body: { name: 'Thank buyers', trigger: { kind: 'event', eventType: 'PurchaseRecorded', conditions: [] }, action: { kind: 'task', title: 'Say thanks', dueInMinutes: 60 } },
    }),
  },
  'POST /automations/{id}/pause': { access: operator, sample: () => ({ url: `/automations/${UNKNOWN_ID}/pause` }) },
  'POST /automations/{id}/resume': { access: operator, sample: () => ({ url: `/automations/${UNKNOWN_ID}/resume` }) },
  'GET /automations/{id}/preview': { access: operatorOrAnalyst, sample: () => get(`/automations/${UNKNOWN_ID}/preview`) },
  'GET /automations/{id}/results': { access: operatorOrAnalyst, sample: () => get(`/automations/${UNKNOWN_ID}/results?windowDays=30`) },
  'POST /webhooks': { access: adminOnly, sample: () => ({ url: '/webhooks', body: { url: 'https://hooks.example.com/crm', eventTypes: ['LeadCaptured'] } }) },
  'GET /webhooks': { access: adminOnly, sample: () => get('/webhooks') },
  'DELETE /webhooks/{id}': { access: adminOnly, sample: () => ({ url: `/webhooks/${UNKNOWN_ID}` }) },
  'GET /webhooks/{id}/deliveries': { access: adminOnly, sample: () => get(`/webhooks/${UNKNOWN_ID}/deliveries`) },
  'POST /webhooks/{id}/deliveries/{deliveryId}/redeliver': { access: adminOnly, sample: () => ({ url: `/webhooks/${UNKNOWN_ID}/deliveries/${UNKNOWN_ID}/redeliver` }) },
  'POST /exports/analytics': { access: analyst, sample: () => ({ url: '/exports/analytics', body: { table: 'touch_fact' } }) },
  // An unknown projection (400): a queued rebuild is a job any worker on the default prefix could run.
  'POST /exports/rebuilds': { access: adminOnly, sample: () => ({ url: '/exports/rebuilds', body: { projection: 'no-such-projection' } }) },
  // An unknown customer (404): a queued export is a job any worker on the default prefix could run.
  'POST /exports/person': {
    access: compliance,
    sample: () => ({ url: '/exports/person', body: { customerId: UNKNOWN_ID, reason: 'subject access request 42' } }),
  },
  // Shared by every kind of export; the export's kind then narrows it (analyst: tables and rebuilds, compliance: a person).
  'GET /exports': { access: analystOrCompliance, sample: () => get('/exports?limit=10') },
  'GET /exports/{id}': { access: analystOrCompliance, sample: () => get(`/exports/${UNKNOWN_ID}`) },
  'GET /exports/{id}/download': { access: analystOrCompliance, sample: () => get(`/exports/${UNKNOWN_ID}/download`) },

  'GET /audit/events': { access: compliance, sample: () => get('/audit/events?limit=10') },
  'GET /audit/verify': { access: compliance, sample: () => get('/audit/verify') },
  'GET /audit/seals': { access: compliance, sample: () => get('/audit/seals') },
  'GET /audit/access': { access: compliance, sample: () => get('/audit/access?limit=10') },
} satisfies Record<RouteKey, CatalogueEntry>;

export type CatalogueRoute = keyof typeof catalogue;

export const ROUTE_CATALOGUE: Record<CatalogueRoute, CatalogueEntry> = catalogue;

/** Served beside Nest's router (Swagger UI and its document), so absent from the document itself. */
export const ROUTES_OUTSIDE_OPENAPI: readonly RouteKey[] = ['GET /docs', 'GET /docs-json'];

export const catalogueRoutes = (): CatalogueRoute[] => Object.keys(ROUTE_CATALOGUE) as CatalogueRoute[];

export function methodOf(route: RouteKey): Method {
  return route.slice(0, route.indexOf(' ')) as Method;
}

/** What a caller with `role` (null: no key) must get from a route. */
export type Expected = 'allowed' | 401 | 403;

export function expectedFor(access: Access, role: Role | null): Expected {
  if (access === 'public') return 'allowed';
  if (role === null) return 401;
  return role === 'admin' || access.includes(role) ? 'allowed' : 403;
}

/** Every operation of an OpenAPI document as a RouteKey. */
export function openApiRoutes(document: { paths: Record<string, Record<string, unknown>> }): RouteKey[] {
  const methods = new Set(['get', 'post', 'patch', 'put', 'delete']);
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.keys(operations)
      .filter((method) => methods.has(method))
      .map((method) => `${method.toUpperCase()} ${path}` as RouteKey),
  );
}

// ---- docs/roles.md's per-route table ------------------------------------------------------

export const ROLE_TABLE_START = '<!-- route-matrix:start -->';
export const ROLE_TABLE_END = '<!-- route-matrix:end -->';
const TABLE_ROLES: readonly Role[] = ['operator', 'analyst', 'compliance', 'admin'];

/** One cell of the docs table: ✓ allowed, – refused (403), `public` no key needed. */
export function cellFor(access: Access, role: Role): string {
  if (access === 'public') return 'public';
  return expectedFor(access, role) === 'allowed' ? '✓' : '–';
}

/** The rows the docs table must hold, as [route, operator, analyst, compliance, admin] cells. */
export function expectedTableRows(): string[][] {
  return catalogueRoutes().map((route) => [route, ...TABLE_ROLES.map((role) => cellFor(ROUTE_CATALOGUE[route].access, role))]);
}

/** The markdown of the table, for pasting into docs/roles.md when the map changes. */
export function renderRoleTable(): string {
  const header = ['| Route | operator | analyst | compliance | admin |', '|---|:---:|:---:|:---:|:---:|'];
  return [...header, ...expectedTableRows().map(([route, ...cells]) => `| \`${route}\` | ${cells.join(' | ')} |`)].join('\n');
}

/** The body rows of the table between the markers in docs/roles.md, as cells. */
export function documentedTableRows(markdown: string): string[][] {
  const start = markdown.indexOf(ROLE_TABLE_START);
  const end = markdown.indexOf(ROLE_TABLE_END);
  if (start < 0 || end < start) throw new Error(`docs/roles.md has no ${ROLE_TABLE_START} … ${ROLE_TABLE_END} table`);
  return markdown
    .slice(start + ROLE_TABLE_START.length, end)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map((line) =>
      line
        .slice(1, line.endsWith('|') ? -1 : undefined)
        .split('|')
        .map((cell) => cell.trim().replace(/^`|`$/g, '')),
    );
}
