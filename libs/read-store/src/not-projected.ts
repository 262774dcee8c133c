/**
 * What a read of a projection's tables amounts to before that projection first ran (a fresh
 * install, a worker started before the projector): PostgreSQL's undefined_table means `nothing`,
 * any other error stays one.
 */
export async function orNothingYet<T>(read: Promise<T>, nothing: T): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if ((error as { code?: string }).code === '42P01') return nothing;
    throw error;
  }
}
