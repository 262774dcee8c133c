import { Body, ConsoleLogger, Controller, Get, Logger, Module, Post, Query, UseInterceptors, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Type } from 'class-transformer';
import { IsInt, IsPositive, IsString, ValidateNested } from 'class-validator';
import { loadConfig } from '#crm/config';
import pg from 'pg';
import { EventStoreUnavailableError, WrongExpectedRevisionError } from '#crm/event-store';
import { BODY_LIMIT_BYTES, createHttpApp } from './index.js';

class OrderLineDto {
  @IsString()
  sku: string;

  @IsInt({ message: 'must be a positive integer' })
  @IsPositive({ message: 'must be a positive integer' })
  quantity: number;
}

class OrderDto {
  @ValidateNested({ each: true })
  @Type(() => OrderLineDto)
  lines: OrderLineDto[];
}

class RuleViolatedError extends Error {
  readonly code = 'RULE_VIOLATED';
  readonly rule = 'complaint-must-be-open';
  constructor() {
    super('the complaint is already resolved');
  }
}

let interceptorRuns = 0;

/** Stands for the interceptors that read the raw body before any pipe (Idempotency-Key's hash). */
class BodyHashingInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler) {
    interceptorRuns += 1;
    JSON.stringify(context.switchToHttp().getRequest().body);
    return next.handle();
  }
}

@Controller()
class ProbeController {
  @Post('hashed')
  @UseInterceptors(BodyHashingInterceptor)
  hashed(): { ok: true } {
    return { ok: true };
  }

  @Post('orders')
  order(@Body() order: OrderDto): { lines: number; firstQuantityType: string } {
    return { lines: order.lines.length, firstQuantityType: typeof order.lines[0]?.quantity };
  }

  @Get('boom')
  boom(): never {
    throw new Error('database password is hunter2');
  }

  @Get('people')
  people(@Query('q') _q?: string): never {
    throw new Error('invalid input syntax for type uuid: "ada@example.com"');
  }

  @Get('rule')
  rule(): never {
    throw new RuleViolatedError();
  }

  @Get('stale')
  stale(): never {
    throw new WrongExpectedRevisionError('customer-1', 2n, 4n);
  }

  @Get('no-read-model')
  noReadModel(): never {
    throw Object.assign(new Error('relation "proj_timeline.timeline_entry" does not exist'), { code: '42P01' });
  }

  @Get('unstorable')
  unstorable(): never {
    throw Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: '22021' });
  }

  @Get('log-down')
  logDown(): never {
    throw new EventStoreUnavailableError('postgresql', '127.0.0.1:5432/crm');
  }

  /** A real pool of one connection, held while a second is asked for; the timeout leaves the first connect time on a busy machine. */
  @Get('pool-exhausted')
  async poolExhausted(): Promise<void> {
    const pool = new pg.Pool({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres', max: 1, connectionTimeoutMillis: 1000 });
    const held = await pool.connect();
    try {
      await pool.query('select 1');
    } finally {
      held.release();
      await pool.end();
    }
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

describe('HTTP plumbing', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await createHttpApp(ProbeModule, loadConfig({ LOG_LEVEL: 'fatal' }));
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(() => app.close());

  const post = (url: string, payload: string) =>
    app.inject({ method: 'POST', url, payload, headers: { 'content-type': 'application/json' } });

  it('accepts and transforms a valid body', async () => {
    const response = await post('/orders', JSON.stringify({ lines: [{ sku: 'A', quantity: 2 }] }));
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ lines: 1, firstQuantityType: 'number' });
  });

  it('answers 400 naming each bad field by its path into the body', async () => {
    const response = await post('/orders', JSON.stringify({ lines: [{ sku: 'A', quantity: 1 }, { sku: 7, quantity: -1 }] }));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      statusCode: 400,
      message: 'validation failed',
      errors: [
        { field: 'lines[1].sku', reason: 'must be a string' },
        { field: 'lines[1].quantity', reason: 'must be a positive integer' },
      ],
    });
  });

  it('refuses fields the DTO does not declare', async () => {
    const response = await post('/orders', JSON.stringify({ lines: [], actor: 'someone-else' }));
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: 'actor', reason: 'should not exist' }]);
  });

  it('answers 400 to malformed JSON', async () => {
    const response = await post('/orders', '{"lines": [');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ statusCode: 400, message: expect.stringMatching(/JSON/) });
  });

  it('refuses a NUL character anywhere in a body, a key included, naming where (PostgreSQL cannot store one)', async () => {
    const response = await post('/orders', JSON.stringify({ lines: [{ sku: 'A\u0000', quantity: 1 }], ['x\u0000']: 1 }));
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual(
      expect.arrayContaining([
        { field: 'lines[0].sku', reason: 'must not contain the NUL character (U+0000)' },
        { field: 'x\\u0000', reason: 'must not contain the NUL character (U+0000)' },
      ]),
    );
  });

  it('refuses a lone UTF-16 surrogate in a value or a key, naming where (PostgreSQL cannot store one)', async () => {
    const response = await post('/orders', '{"lines":[{"sku":"a\\ud800","quantity":1}],"\\udc00x":1}');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual(
      expect.arrayContaining([
        { field: 'lines[0].sku', reason: 'must be valid Unicode (it holds a lone UTF-16 surrogate)' },
        { field: '\\udc00x', reason: 'must be valid Unicode (it holds a lone UTF-16 surrogate)' },
      ]),
    );
    // a pair is a character like any other
    expect((await post('/orders', JSON.stringify({ lines: [{ sku: 'a💥', quantity: 1 }] }))).statusCode).toBe(201);
  });

  it('refuses an integer beyond 2^53, which JSON parsing has already rounded', async () => {
    const response = await post('/orders', '{"lines":[{"sku":"a","quantity":9007199254740993}]}');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: 'lines[0].quantity', reason: 'must be an integer between -9007199254740991 and 9007199254740991' }]);
  });

  it('answers 415 to a body that is not JSON', async () => {
    const response = await app.inject({ method: 'POST', url: '/orders', payload: '{"lines":[]}', headers: { 'content-type': 'text/plain' } });
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({ statusCode: 415, message: expect.stringMatching(/media type/i) });
  });

  // How fast is the bench's business, not a test's: a busy CI box took 3.9 s here.
  it('refuses a body nested deeper than any of ours with 400 instead of overflowing the stack', async () => {
    const depth = 200_000;
    const response = await post('/orders', `{"lines":[],"x":${'['.repeat(depth)}${']'.repeat(depth)}}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: expect.stringMatching(/^x(\[0\])+$/), reason: expect.stringMatching(/nested too deeply/) }]);
  });

  it('refuses NUL or deep nesting before interceptors run (they hash the body, record the id)', async () => {
    const hashed = await app.inject({ method: 'POST', url: '/hashed', payload: `[${'['.repeat(50_000)}${']'.repeat(50_000)}]`, headers: { 'content-type': 'application/json' } });
    expect(hashed.statusCode).toBe(400);
    const nulInPath = await app.inject({ method: 'POST', url: '/hashed?x=%00', payload: '{}', headers: { 'content-type': 'application/json' } });
    expect(nulInPath.json().errors).toEqual([{ field: 'x', reason: 'must not contain the NUL character (U+0000)' }]);
    expect(interceptorRuns).toBe(0);
  });

  it('answers a character the database refuses 400, not 500', async () => {
    const response = await app.inject({ method: 'GET', url: '/unstorable' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ statusCode: 400, message: expect.stringMatching(/NUL/) });
  });

  it('answers 413 to a body over the limit', async () => {
    const response = await post('/orders', JSON.stringify({ lines: [], padding: 'x'.repeat(BODY_LIMIT_BYTES) }));
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ statusCode: 413 });
  });

  it('answers 404 to an unknown route', async () => {
    const response = await app.inject({ method: 'GET', url: '/nowhere' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ statusCode: 404, message: 'Cannot GET /nowhere' });
  });

  it('answers an unexpected error with a bare 500: no message, no stack', async () => {
    const response = await app.inject({ method: 'GET', url: '/boom' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ statusCode: 500, message: 'internal error' });
    expect(response.body).not.toContain('hunter2');
  });

  it('logs an unexpected error by route pattern, without the query string or the values quoted in its message', async () => {
    const logged: string[] = [];
    Logger.overrideLogger({ log: () => undefined, warn: () => undefined, error: (message: unknown) => logged.push(String(message)) });
    try {
      const response = await app.inject({ method: 'GET', url: '/people?q=Ada%20Lovelace' });
      expect(response.statusCode).toBe(500);
    } finally {
      Logger.overrideLogger(new ConsoleLogger());
      Logger.overrideLogger(['fatal']);
    }
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^GET \/people failed: Error: invalid input syntax for type uuid: …\n\s+at /);
    expect(logged[0]).not.toMatch(/Ada|ada@example/);
  });

  it('answers a broken business rule 409 with the rule name', async () => {
    const response = await app.inject({ method: 'GET', url: '/rule' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toEqual({ statusCode: 409, message: 'the complaint is already resolved', rule: 'complaint-must-be-open' });
  });

  it('answers a stale expected revision 409 with the current revision', async () => {
    const response = await app.inject({ method: 'GET', url: '/stale' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ statusCode: 409, currentRevision: '4' });
  });

  it('answers 503 when the event store is down', async () => {
    const response = await app.inject({ method: 'GET', url: '/log-down' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ statusCode: 503, message: 'postgresql event store unreachable at 127.0.0.1:5432/crm' });
  });

  it('answers a pool that timed out waiting for a connection 503 with Retry-After, not 500', async () => {
    const response = await app.inject({ method: 'GET', url: '/pool-exhausted' });
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('1');
    expect(response.json()).toEqual({ statusCode: 503, message: expect.stringMatching(/busy.*retry/) });
  });

  it('answers 503 when a read model’s tables are not there yet (the projector has not run), naming no table', async () => {
    const response = await app.inject({ method: 'GET', url: '/no-read-model' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ statusCode: 503, message: expect.stringMatching(/projector/) });
    expect(response.body).not.toContain('proj_timeline');
  });

  it('serves the OpenAPI document and Swagger UI', async () => {
    const response = await app.inject({ method: 'GET', url: '/docs-json' });
    expect(response.statusCode).toBe(200);
    expect(Object.keys(response.json().paths)).toContain('/orders');
    const ui = await app.inject({ method: 'GET', url: '/docs' });
    expect(ui.statusCode).toBe(200);
    expect(ui.body).toContain('swagger-ui-bundle.js');
    const bundle = await app.inject({ method: 'GET', url: '/docs/swagger-ui-bundle.js' });
    expect(bundle.statusCode).toBe(200);
  });
});
