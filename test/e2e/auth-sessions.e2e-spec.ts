import { SessionService } from '#crm/auth';
import { customerStreamName } from '#crm/domain';
import { answersBreakingContract } from '#test/support/openapi-contract';
import { startTestApp, type TestApp } from '#test/support/app';
import { createUser, sessionCookieOf, signIn, signInRequest, withSession, type TestUser } from '#test/support/users';

describe('staff who sign in', () => {
  let api: TestApp;
  let operator: TestUser;

  beforeAll(async () => {
    api = await startTestApp('e2e_auth_sessions');
    operator = await createUser(api, 'operator', { name: 'Núria Operator' });
  });

  afterAll(() => api.close());

  const asUser = (cookie: string, options: { method: 'GET' | 'POST' | 'PATCH'; url: string; payload?: object; headers?: Record<string, string> }) =>
    api.request({ role: null, ...options, headers: { ...withSession(cookie), ...options.headers } });

  it('signs in with a cookie a script cannot read and another site cannot send', async () => {
    const response = await signInRequest(api, operator.email, operator.password);
    expect(response.statusCode).toBe(204);
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/^crm_session=[A-Za-z0-9_-]{43}; /);
    expect(cookie).toContain('Path=/');
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain(`Max-Age=${7 * 24 * 3600}`);
    expect(cookie).not.toContain('Secure');

    const behindHttps = await api.request({
      role: null,
      method: 'POST',
      url: '/auth/sign-in',
      payload: { email: operator.email, password: operator.password },
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(String(behindHttps.headers['set-cookie'])).toContain('; Secure');
  });

  it('answers who is signed in, and lets them change their language', async () => {
    const cookie = await signIn(api, operator);
    const me = await asUser(cookie, { method: 'GET', url: '/auth/me' });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual({ staffId: operator.staffId, name: 'Núria Operator', email: operator.email, role: 'operator', locale: 'en' });

    const changed = await asUser(cookie, { method: 'PATCH', url: '/auth/me', payload: { locale: 'ca' } });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().locale).toBe('ca');
    const refused = await asUser(cookie, { method: 'PATCH', url: '/auth/me', payload: { locale: 'fr' } });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('locale');
    expect((await asUser(cookie, { method: 'GET', url: '/auth/me' })).json().locale).toBe('ca');
  });

  it('records a touch whose actor is the signed-in staff member', async () => {
    const cookie = await signIn(api, operator);
    const customer = await asUser(cookie, { method: 'POST', url: '/customers', payload: { kind: 'person', name: 'Ada Lovelace', email: 'ada@example.com' } });
    expect(customer.statusCode).toBe(201);
    const customerId = customer.json().id;
    const touch = await asUser(cookie, { method: 'POST', url: `/customers/${customerId}/touches`, payload: { type: 'note', text: 'signed in' } });
    expect(touch.statusCode).toBe(201);

    const events = await api.streamOf(customerStreamName(customerId));
    expect(events.map((event) => event.type)).toEqual(['CustomerRegistered', 'NoteAdded']);
    for (const event of events) expect(event.metadata.actor).toMatchObject({ id: operator.staffId, role: 'operator' });
  });

  it('refuses a cookie write from another site, or with no Origin at all', async () => {
    const cookie = await signIn(api, operator);
    const payload = { kind: 'person', name: 'Mallory', email: 'mallory@example.com' };
    const before = await api.eventCount();
    const crossSite = await asUser(cookie, { method: 'POST', url: '/customers', payload, headers: { origin: 'https://evil.example' } });
    expect(crossSite.statusCode).toBe(403);
    expect(crossSite.json().message).toContain('Origin');
    const noOrigin = await api.request({ role: null, method: 'POST', url: '/customers', payload, headers: { cookie } });
    expect(noOrigin.statusCode).toBe(403);
    expect(await api.eventCount()).toBe(before);
    // Reads need no Origin.
    expect((await api.request({ role: null, method: 'GET', url: '/auth/me', headers: { cookie } })).statusCode).toBe(200);
  });

  it('keeps role limits for signed-in users', async () => {
    const analyst = await createUser(api, 'analyst');
    const cookie = await signIn(api, analyst);
    const write = await asUser(cookie, { method: 'POST', url: '/customers', payload: { kind: 'person', name: 'Ada' } });
    expect(write.statusCode).toBe(403);
    expect(write.json().message).toBe('role analyst may not POST /customers');
    expect((await asUser(cookie, { method: 'GET', url: '/users' })).statusCode).toBe(403);
  });

  it('ends the session at once on sign-out', async () => {
    const cookie = await signIn(api, operator);
    expect((await asUser(cookie, { method: 'GET', url: '/auth/me' })).statusCode).toBe(200);
    const out = await asUser(cookie, { method: 'POST', url: '/auth/sign-out' });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/^crm_session=; .*Max-Age=0/);
    const after = await asUser(cookie, { method: 'GET', url: '/auth/me' });
    expect(after.statusCode).toBe(401);
    expect(after.json().message).toBe('missing or invalid API key or session');
  });

  it('refuses disabled users and sessions ended by sign-out-all or a password reset', async () => {
    const user = await createUser(api, 'operator');
    const admin = (url: string, payload?: object) => api.request({ role: 'admin', method: 'POST', url, payload });

    const [first, second] = [await signIn(api, user), await signIn(api, user)];
    const ended = await admin(`/users/${user.staffId}/sign-out-all`);
    expect(ended.json()).toEqual({ sessionsEnded: 2 });
    for (const cookie of [first, second]) expect((await asUser(cookie, { method: 'GET', url: '/auth/me' })).statusCode).toBe(401);

    const beforeReset = await signIn(api, user);
    const newPassword = 'a brand new passphrase';
    expect((await admin(`/users/${user.staffId}/password`, { password: 'too short' })).statusCode).toBe(400);
    expect((await admin(`/users/${user.staffId}/password`, { password: newPassword })).statusCode).toBe(200);
    expect((await asUser(beforeReset, { method: 'GET', url: '/auth/me' })).statusCode).toBe(401);
    expect((await signInRequest(api, user.email, user.password)).statusCode).toBe(401);

    const beforeDisable = await signIn(api, { email: user.email, password: newPassword });
    const disabled = await admin(`/users/${user.staffId}/disable`);
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json().disabledAt).toEqual(expect.any(String));
    expect((await asUser(beforeDisable, { method: 'GET', url: '/auth/me' })).statusCode).toBe(401);
    const refused = await signInRequest(api, user.email, newPassword);
    expect(refused.statusCode).toBe(401);
    expect(refused.json().message).toBe('wrong email or password');

    expect((await admin(`/users/${user.staffId}/enable`)).statusCode).toBe(200);
    expect((await signInRequest(api, user.email, newPassword)).statusCode).toBe(204);
    expect((await admin('/users/no-such-staff/disable')).statusCode).toBe(404);
  });

  it('gives one answer for an unknown email and a wrong password', async () => {
    const wrong = await signInRequest(api, operator.email, 'not the password at all', '10.1.0.1');
    const unknown = await signInRequest(api, 'nobody@staff.example.org', 'not the password at all', '10.1.0.1');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(unknown.body).toBe(wrong.body);
    expect(unknown.headers['set-cookie']).toBeUndefined();
  });

  it('locks an account out after 5 wrong passwords, its right password included, with Retry-After', async () => {
    const user = await createUser(api, 'analyst');
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await signInRequest(api, user.email, `wrong password ${attempt}`, `10.2.0.${attempt}`)).statusCode).toBe(401);
    }
    const locked = await signInRequest(api, user.email, user.password, '10.2.0.9');
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    // An unknown email locks out alike, so a 429 does not reveal that an account exists.
    for (let attempt = 1; attempt <= 5; attempt++) await signInRequest(api, 'ghost@staff.example.org', 'wrong password!!', `10.3.0.${attempt}`);
    const ghost = await signInRequest(api, 'ghost@staff.example.org', 'wrong password!!', '10.3.0.9');
    expect(ghost.statusCode).toBe(429);
    expect(ghost.body).toBe(locked.body);
  });

  it('locks an address out after 20 wrong passwords, whatever the accounts', async () => {
    const user = await createUser(api, 'compliance');
    for (let attempt = 1; attempt <= 20; attempt++) {
      expect((await signInRequest(api, `guess${attempt}@staff.example.org`, 'wrong password!!', '10.4.0.1')).statusCode).toBe(401);
    }
    expect((await signInRequest(api, user.email, user.password, '10.4.0.1')).statusCode).toBe(429);
    expect((await signInRequest(api, user.email, user.password, '10.4.0.2')).statusCode).toBe(204);
  });

  it('ends idle sessions after the idle timeout and every session after its lifetime', async () => {
    const sessions = api.app.get(SessionService);
    const cookie = sessionCookieOf(await signInRequest(api, operator.email, operator.password));
    const token = cookie.split('=')[1]!;
    const now = Date.now();
    // Defaults: 8 hours idle, 7 days in all.
    expect(await sessions.authenticate(token, new Date(now + 7 * 3600_000))).toMatchObject({ staffId: operator.staffId });
    expect(await sessions.authenticate(token, new Date(now + 14 * 3600_000))).toMatchObject({ staffId: operator.staffId });
    expect(await sessions.authenticate(token, new Date(now + 23 * 3600_000))).toBeNull();
    expect((await asUser(cookie, { method: 'GET', url: '/auth/me' })).statusCode).toBe(401);
  });

  it('lets admins list users, never with a password or a hash', async () => {
    const list = await api.request({ role: 'admin', method: 'GET', url: '/users' });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual(expect.arrayContaining([expect.objectContaining({ staffId: operator.staffId, email: operator.email, hasPassword: true })]));
    expect(list.body).not.toMatch(/scrypt|password_hash|passwordHash/);
  });

  it('refuses a bad new user with the field and the reason, appending nothing', async () => {
    const before = await api.eventCount();
    const post = (payload: object) => api.request({ role: 'admin', method: 'POST', url: '/users', payload });
    const short = await post({ email: 'x@staff.example.org', name: 'X', role: 'operator', password: 'short' });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors).toEqual([{ field: 'password', reason: 'must be at least 12 characters' }]);
    const role = await post({ email: 'x@staff.example.org', name: 'X', role: 'boss', password: 'long enough password' });
    expect(role.statusCode).toBe(400);
    const taken = await post({ email: operator.email.toUpperCase(), name: 'X', role: 'operator', password: 'long enough password' });
    expect(taken.statusCode).toBe(400);
    expect(taken.json().errors).toEqual([{ field: 'email', reason: 'a user with this email already exists' }]);
    expect(await api.eventCount()).toBe(before);
  });

  it('refuses a sign-in posted by another site', async () => {
    const response = await api.request({
      role: null,
      method: 'POST',
      url: '/auth/sign-in',
      payload: { email: operator.email, password: operator.password },
      headers: { origin: 'https://evil.example' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('answered everything as the OpenAPI document says', async () => {
    expect(await answersBreakingContract(api)).toEqual([]);
  });
});
