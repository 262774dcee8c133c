/** How long a session lives: `idleMs` since its last request, `absoluteMs` since sign-in, whichever ends first. */
export interface SessionPolicy {
  idleMs: number;
  absoluteMs: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMs: 8 * 3600_000, absoluteMs: 7 * 24 * 3600_000 };

export const SESSION_POLICY = Symbol('SESSION_POLICY');
