import { Inject, Injectable } from '@nestjs/common';
import { sql, type Kysely, type UpdateObject } from 'kysely';
import { InvalidAuthInputError, UserNotFoundError } from '../auth.errors.js';
import type { AuthDatabase, StaffUserRow } from '../auth.tables.js';
import { AUTH_DATABASE } from '../auth.tokens.js';
import type { Role } from '../roles.js';
import type { Locale } from './locales.js';
import { checkPassword, hashPassword } from './password.js';
import { normalizeSignInEmail, validateUserInput, type NewUser, type StaffRegistrar } from './user-input.js';

/** A user as shown to administrators and to the user: never the password hash. */
export interface UserSummary {
  staffId: string;
  email: string;
  name: string;
  role: Role;
  locale: Locale;
  hasPassword: boolean;
  createdAt: Date;
  disabledAt: Date | null;
}

function toSummary(row: StaffUserRow): UserSummary {
  return {
    staffId: row.staff_id,
    email: row.email,
    name: row.name,
    role: row.role,
    locale: row.locale,
    hasPassword: row.password_hash !== null,
    createdAt: row.created_at,
    disabledAt: row.disabled_at,
  };
}

/** Credentials of staff members. Every change that takes a right away also ends the user's sessions. */
@Injectable()
export class UserService {
  constructor(@Inject(AUTH_DATABASE) private readonly db: Kysely<AuthDatabase>) {}

  async findByEmail(email: string): Promise<UserSummary | null> {
    const row = await this.db.selectFrom('staff_user').selectAll().where('email', '=', normalizeSignInEmail(email)).executeTakeFirst();
    return row ? toSummary(row) : null;
  }

  async get(staffId: string): Promise<UserSummary> {
    const row = await this.db.selectFrom('staff_user').selectAll().where('staff_id', '=', staffId).executeTakeFirst();
    if (!row) throw new UserNotFoundError(staffId);
    return toSummary(row);
  }

  /**
   * Gives a staff member credentials. Without `input.staffId` the staff member is new: the
   * registrar records them in the log first (the user row only points at that fact), after every
   * check here has passed, so a refused user leaves no stray staff member behind.
   */
  async create(input: NewUser, registrar: StaffRegistrar, password?: string): Promise<UserSummary> {
    const checked = validateUserInput({ ...input, staffId: input.staffId ?? 'new' });
    if (password !== undefined) checkPassword(password);
    if (await this.findByEmail(checked.email)) throw new InvalidAuthInputError('email', 'a user with this email already exists');
    const staffId = input.staffId ?? (await registrar.register({ name: checked.name, email: checked.email, managerId: input.managerId ?? null, region: input.region ?? null }));
    const user = { ...checked, staffId };
    const passwordHash = password === undefined ? null : await hashPassword(checkPassword(password));
    const row = await this.db
      .insertInto('staff_user')
      .values({ staff_id: user.staffId, email: user.email, name: user.name, role: user.role, locale: user.locale, password_hash: passwordHash })
      .onConflict((oc) => oc.doNothing())
      .returningAll()
      .executeTakeFirst();
    if (!row) throw new InvalidAuthInputError('email', 'a user with this email or staff id already exists');
    return toSummary(row);
  }

  async list(): Promise<UserSummary[]> {
    const rows = await this.db.selectFrom('staff_user').selectAll().orderBy('email').execute();
    return rows.map(toSummary);
  }

  async disable(staffId: string): Promise<UserSummary> {
    return this.change(staffId, { disabled_at: sql<Date>`coalesce(disabled_at, now())` });
  }

  async enable(staffId: string): Promise<UserSummary> {
    return this.change(staffId, { disabled_at: null });
  }

  async resetPassword(staffId: string, password: string): Promise<UserSummary> {
    return this.change(staffId, { password_hash: await hashPassword(checkPassword(password)) });
  }

  async setLocale(staffId: string, locale: Locale): Promise<UserSummary> {
    const row = await this.db.updateTable('staff_user').set({ locale }).where('staff_id', '=', staffId).returningAll().executeTakeFirst();
    if (!row) throw new UserNotFoundError(staffId);
    return toSummary(row);
  }

  /** Ends every session of the user at once; the next request with any of them gets 401. */
  async signOutAll(staffId: string): Promise<number> {
    await this.get(staffId);
    const result = await this.db.deleteFrom('staff_session').where('staff_id', '=', staffId).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  private async change(staffId: string, values: UpdateObject<AuthDatabase, 'staff_user'>): Promise<UserSummary> {
    return this.db.transaction().execute(async (trx) => {
      const row = await trx.updateTable('staff_user').set(values).where('staff_id', '=', staffId).returningAll().executeTakeFirst();
      if (!row) throw new UserNotFoundError(staffId);
      await trx.deleteFrom('staff_session').where('staff_id', '=', staffId).execute();
      return toSummary(row);
    });
  }
}
