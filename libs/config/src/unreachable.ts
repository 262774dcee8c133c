/**
 * The one-line message for a service that is down: "Redis unreachable at 127.0.0.1:6379: connect
 * ECONNREFUSED". Network errors say what failed in `syscall` + `code`; their message repeats the address.
 */
export function unreachableMessage(service: string, where: string, error: unknown): string {
  return `${service} unreachable at ${where}: ${describeFailure(error)}`;
}

type FailureLike = { message?: unknown; syscall?: unknown; code?: unknown; errors?: unknown; name?: unknown };

// Duck-typed, not `instanceof Error`: errors from Node's core may come from another realm (Jest's vm).
function describeFailure(error: unknown): string {
  if (typeof error !== 'object' || error === null) return String(error);
  const { message, syscall, code, errors, name } = error as FailureLike;
  if (typeof syscall === 'string' && typeof code === 'string') return `${syscall} ${code}`;
  if (Array.isArray(errors) && errors.length > 0) return describeFailure(errors[0]);
  return [message, code, name].find((text): text is string => typeof text === 'string' && text !== '') ?? 'unknown error';
}
