import { Test } from '@nestjs/testing';
import { ConfigModule, loadConfig } from '#crm/config';
import { freePort } from '#test/support/free-port';
import { JobsModule, RedisAvailability } from './index.js';

async function availabilityFor(redisUrl: string): Promise<{ redis: RedisAvailability; close: () => Promise<void> }> {
  const moduleRef = await Test.createTestingModule({
    imports: [ConfigModule.forRoot(loadConfig({ REDIS_URL: redisUrl })), JobsModule],
  }).compile();
  moduleRef.useLogger(false);
  await moduleRef.init();
  return { redis: moduleRef.get(RedisAvailability), close: () => moduleRef.close() };
}

describe('RedisAvailability', () => {
  it('is available when Redis answers', async () => {
    const { redis, close } = await availabilityFor('redis://127.0.0.1:6379');
    try {
      expect(redis.isAvailable()).toBe(true);
      expect(redis.reason).toBeUndefined();
      await expect(redis.connection.ping()).resolves.toBe('PONG');
    } finally {
      await close();
    }
  });

  it('starts without Redis and says why jobs are unavailable', async () => {
    const port = await freePort();
    const { redis, close } = await availabilityFor(`redis://127.0.0.1:${port}`);
    try {
      expect(redis.isAvailable()).toBe(false);
      expect(redis.reason).toBe(`Redis unreachable at 127.0.0.1:${port}: connect ECONNREFUSED`);
    } finally {
      await close();
    }
  });
});
