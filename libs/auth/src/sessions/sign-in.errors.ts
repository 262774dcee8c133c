/** One answer for an unknown email, a wrong password, a disabled user and a user without a password. */
export class SignInRefusedError extends Error {
  readonly code = 'UNAUTHENTICATED';
  constructor() {
    super('wrong email or password');
  }
}

export class SignInLockedError extends Error {
  readonly code = 'RATE_LIMITED';
  constructor(readonly retryAfterSeconds: number) {
    super('too many failed sign-ins; try again later');
  }
}
