/**
 * Typed configuration read from the Worker's vars, with the defaults documented in README.
 * A var that is not a positive whole number falls back to its default rather than failing.
 */
import type { Bindings } from './env';

export const DEFAULT_MAX_BODY_BYTES = 1_000_000;
export const DEFAULT_BRIEF_TTL_SECONDS = 30 * 24 * 60 * 60;
export const DEFAULT_KV_TIMEOUT_MS = 2_000;
/** KV refuses expirations less than 60 s ahead. */
const MIN_KV_TTL_SECONDS = 60;

export interface Config {
  maxBodyBytes: number;
  briefTtlSeconds: number;
  kvTimeoutMs: number;
}

export function readConfig(env: Partial<Bindings>): Config {
  return {
    maxBodyBytes: positiveInt(env.MAX_BODY_BYTES, DEFAULT_MAX_BODY_BYTES),
    briefTtlSeconds: Math.max(MIN_KV_TTL_SECONDS, positiveInt(env.BRIEF_TTL_SECONDS, DEFAULT_BRIEF_TTL_SECONDS)),
    kvTimeoutMs: positiveInt(env.KV_TIMEOUT_MS, DEFAULT_KV_TIMEOUT_MS),
  };
}

function positiveInt(value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : fallback;
}
