/**
 * The one-line message for a service that is down: "Redis unreachable at 127.0.0.1:6379: connect
 * ECONNREFUSED". Network errors say what failed in `syscall` + `code`; their message repeats the address.
 */
export function unreachableMessage(service: string, where: string, error: unknown): string {
  return `${service} unreachable at ${where}: ${describeFailure(error)}`;
}

function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { syscall, code } = error as Error & { syscall?: string; code?: string };
  if (syscall && code) return `${syscall} ${code}`;
  if (error instanceof AggregateError && error.errors.length > 0) return describeFailure(error.errors[0]);
  return error.message || code || error.name;
}
