/** Bad input to key management, naming the field and why it was refused. */
export class InvalidAuthInputError extends Error {
  readonly code = 'INVALID_AUTH_INPUT';
  constructor(readonly field: string, readonly reason: string) {
    super(`${field}: ${reason}`);
  }
}

export class ApiKeyNotFoundError extends Error {
  readonly code = 'API_KEY_NOT_FOUND';
  constructor(readonly id: string) {
    super(`API key ${id} does not exist`);
  }
}
