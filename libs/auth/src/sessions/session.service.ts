import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import type { Actor } from '../actor.js';
import type { AuthDatabase } from '../auth.tables.js';
import { AUTH_DATABASE } from '../auth.tokens.js';
import { decoyHash, verifyPassword } from '../users/password.js';
import { normalizeSignInEmail } from '../users/user-input.js';
import { SESSION_POLICY, type SessionPolicy } from './session-policy.js';
import { SignInLockedError, SignInRefusedError } from './sign-in.errors.js';

/** 5 wrong passwords for one account, or 20 from one address, within 15 minutes lock sign-in out. */
export const LOCKOUT = { accountLimit: 5, addressLimit: 20, windowMs: 15 * 60_000 } as const;

// A busy user's session is touched at most once a minute: the idle timeout does not need more.
const TOUCH_EVERY_MS = 60_000;
const MAX_TOKEN_LENGTH = 128;

export interface SignIn {
  email: string;
  password: string;
  /** The client's address, for the per-address lockout. */
  address: string;
}

export interface StartedSession {
  /** The plain token: only in the cookie, never stored. */
  token: string;
  expiresAt: Date;
  /** The session's whole lifetime, for the cookie's Max-Age. */
  maxAgeSeconds: number;
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

@Injectable()
export class SessionService {
  constructor(
    @Inject(AUTH_DATABASE) private readonly db: Kysely<AuthDatabase>,
    @Inject(SESSION_POLICY) private readonly policy: SessionPolicy,
  ) {}

  /**
   * Every refusal costs one scrypt and gives one answer, whether the email is unknown, the user
   * disabled or the password wrong. A lockout is checked first, so a locked account answers 429
   * even to its right password.
   */
  async signIn({ email, password, address }: SignIn, now = new Date()): Promise<StartedSession> {
    const login = normalizeSignInEmail(email);
    await this.refuseWhenLockedOut(login, address, now);
    const user = await this.db
      .selectFrom('staff_user')
      .select(['staff_id', 'password_hash', 'disabled_at'])
      .where('email', '=', login)
      .executeTakeFirst();
    const matches = await verifyPassword(password, user?.password_hash ?? (await decoyHash()));
    if (!user || !user.password_hash || !matches || user.disabled_at) {
      await this.db.insertInto('sign_in_failure').values({ email: login, address, failed_at: now }).execute();
      throw new SignInRefusedError();
    }
    await this.db.deleteFrom('sign_in_failure').where('email', '=', login).execute();
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.policy.absoluteMs);
    await this.db
      .insertInto('staff_session')
      .values({ token_hash: hashSessionToken(token), staff_id: user.staff_id, created_at: now, last_seen_at: now, expires_at: expiresAt })
      .execute();
    return { token, expiresAt, maxAgeSeconds: this.policy.absoluteMs / 1000 };
  }

  /** The signed-in user as an actor, or null for an unknown, expired, idle or revoked session or a disabled user. */
  async authenticate(token: string, now = new Date()): Promise<Actor | null> {
    if (token.length > MAX_TOKEN_LENGTH) return null;
    const tokenHash = hashSessionToken(token);
    const row = await this.db
      .selectFrom('staff_session')
      .innerJoin('staff_user', 'staff_user.staff_id', 'staff_session.staff_id')
      .select(['staff_user.staff_id', 'staff_user.name', 'staff_user.role', 'staff_user.disabled_at', 'staff_session.last_seen_at', 'staff_session.expires_at'])
      .where('staff_session.token_hash', '=', tokenHash)
      .executeTakeFirst();
    if (!row || row.disabled_at) return null;
    if (row.expires_at <= now || row.last_seen_at.getTime() + this.policy.idleMs <= now.getTime()) {
      await this.signOut(token);
      return null;
    }
    if (now.getTime() - row.last_seen_at.getTime() >= TOUCH_EVERY_MS) {
      await this.db.updateTable('staff_session').set({ last_seen_at: now }).where('token_hash', '=', tokenHash).execute();
    }
    return { id: row.staff_id, role: row.role, name: row.name, staffId: row.staff_id, keyId: `staff:${row.staff_id}`, credential: 'session' };
  }

  async signOut(token: string): Promise<void> {
    await this.db.deleteFrom('staff_session').where('token_hash', '=', hashSessionToken(token)).execute();
  }

  private async refuseWhenLockedOut(email: string, address: string, now: Date): Promise<void> {
    const since = new Date(now.getTime() - LOCKOUT.windowMs);
    const [byEmail, byAddress] = await Promise.all([
      this.failureTimes('email', email, since),
      this.failureTimes('address', address, since),
    ]);
    const unlocks = [unlockTime(byEmail, LOCKOUT.accountLimit), unlockTime(byAddress, LOCKOUT.addressLimit)].filter((at): at is number => at !== null);
    if (unlocks.length === 0) return;
    const until = Math.max(...unlocks);
    throw new SignInLockedError(Math.max(1, Math.ceil((until - now.getTime()) / 1000)));
  }

  private async failureTimes(column: 'email' | 'address', value: string, since: Date): Promise<number[]> {
    const rows = await this.db
      .selectFrom('sign_in_failure')
      .select('failed_at')
      .where(column, '=', value)
      .where('failed_at', '>', since)
      .orderBy('failed_at', 'desc')
      .limit(column === 'email' ? LOCKOUT.accountLimit : LOCKOUT.addressLimit)
      .execute();
    return rows.map((row) => row.failed_at.getTime());
  }
}

/**
 * Given the newest `limit` failures within the window (newest first), when the lock lifts: once
 * the oldest of them leaves the window, fewer than `limit` remain. Null when not locked.
 */
function unlockTime(failures: number[], limit: number): number | null {
  return failures.length < limit ? null : failures[limit - 1]! + LOCKOUT.windowMs;
}
