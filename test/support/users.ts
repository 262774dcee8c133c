import type { LightMyRequestResponse } from 'fastify';
import type { Role } from '#crm/auth';
import type { TestApp } from './app.js';

export interface TestUser {
  staffId: string;
  email: string;
  password: string;
  role: Role;
}

let created = 0;

/** A user (and their staff member) made through the admin route, with a password only this test knows. */
export async function createUser(api: TestApp, role: Role, extra: { managerId?: string; email?: string; name?: string } = {}): Promise<TestUser> {
  created += 1;
  const email = extra.email ?? `${role}.${created}.${Date.now()}@staff.example.org`;
  const password = `pw-${created}-correct horse battery`;
  const response = await api.request({
    role: 'admin',
    method: 'POST',
    url: '/users',
    payload: { email, name: extra.name ?? `Test ${role} ${created}`, role, password, ...(extra.managerId ? { managerId: extra.managerId } : {}) },
  });
  if (response.statusCode !== 201) throw new Error(`POST /users answered ${response.statusCode}: ${response.body}`);
  return { staffId: response.json().staffId, email, password, role };
}

export const ORIGIN = 'http://localhost:80';

export function signInRequest(api: TestApp, email: string, password: string, remoteAddress = '127.0.0.1'): Promise<LightMyRequestResponse> {
  return api.request({ role: null, method: 'POST', url: '/auth/sign-in', payload: { email, password }, remoteAddress, headers: { origin: ORIGIN } });
}

/** The `name=value` part of the session cookie the response set. */
export function sessionCookieOf(response: LightMyRequestResponse): string {
  const header = response.headers['set-cookie'];
  const cookie = (Array.isArray(header) ? header[0] : header) ?? '';
  return cookie.split(';')[0]!;
}

export async function signIn(api: TestApp, user: Pick<TestUser, 'email' | 'password'>): Promise<string> {
  const response = await signInRequest(api, user.email, user.password);
  if (response.statusCode !== 204) throw new Error(`sign-in answered ${response.statusCode}: ${response.body}`);
  return sessionCookieOf(response);
}

/** Headers of a browser page of ours sending the session cookie. */
export const withSession = (cookie: string) => ({ cookie, origin: ORIGIN });
