/**
 * What keeps the public form from being a free write endpoint: a submission budget per client
 * address and a small body. Read from the environment at start, so an operator can tighten or
 * loosen it without a release; a value that is not a positive whole number stops the start.
 */
export interface LeadProtection {
  /** Submissions allowed per client address per window. */
  limit: number;
  /** The window, in milliseconds. */
  windowMs: number;
  /** Larger bodies are refused with 413 before they are parsed. */
  bodyLimitBytes: number;
}

/** Nest token of the LeadProtection in force. */
export const LEAD_PROTECTION = Symbol('LeadProtection');

export const LEAD_PROTECTION_DEFAULTS = { limit: 10, windowSeconds: 60, bodyLimitBytes: 16 * 1024 } as const;

export function leadProtectionFrom(env: Record<string, string | undefined> = process.env): LeadProtection {
  return {
    limit: positiveInteger(env, 'WEB_LEAD_RATE_LIMIT', LEAD_PROTECTION_DEFAULTS.limit),
    windowMs: positiveInteger(env, 'WEB_LEAD_RATE_WINDOW_SECONDS', LEAD_PROTECTION_DEFAULTS.windowSeconds) * 1000,
    bodyLimitBytes: positiveInteger(env, 'WEB_LEAD_BODY_LIMIT_BYTES', LEAD_PROTECTION_DEFAULTS.bodyLimitBytes),
  };
}

function positiveInteger(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const text = env[name]?.trim();
  if (!text) return fallback;
  if (!/^\d{1,9}$/.test(text) || Number(text) === 0) throw new Error(`${name} must be a positive whole number, got "${text}"`);
  return Number(text);
}
