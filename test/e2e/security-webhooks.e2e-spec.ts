import { startTestApp, type TestApp } from '#test/support/app';

/** Without CRM_WEBHOOKS_ALLOW_PRIVATE an admin key cannot aim deliveries at the CRM's own host or network. */
describe('webhook targets', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp('e2e_sec_webhooks');
  });

  afterAll(() => api.close());

  const subscribe = (url: string) => api.request({ method: 'POST', url: '/webhooks', payload: { url, eventTypes: ['LeadCaptured'] }, role: 'admin' });

  it.each(['http://127.0.0.1:8080/hook', 'http://localhost/hook', 'http://api.localhost/hook', 'http://10.1.2.3/hook', 'http://192.168.1.1/', 'http://172.20.0.1/', 'http://169.254.169.254/latest', 'http://[::1]/hook', 'http://[fe80::1]/', 'http://[::ffff:127.0.0.1]/', 'http://0.0.0.0/'])(
    'refuses %s with 400 naming the url',
    async (url) => {
      const response = await subscribe(url);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([{ field: 'url', reason: expect.stringContaining('CRM_WEBHOOKS_ALLOW_PRIVATE') }]);
    },
  );

  it('accepts a public address', async () => {
    expect((await subscribe('https://93.184.215.14/hook')).statusCode).toBe(201);
  });
});
