/**
 * Rate limiting with the Workers Rate Limiting binding (`[[ratelimits]]` in wrangler.toml), keyed
 * by client IP and route, so one noisy client cannot starve the others or spread its budget over
 * several resources. Over the limit: 429 problem with `Retry-After`.
 *
 * Known limits, on purpose:
 * - The binding counts per Cloudflare location and is eventually consistent: a ceiling against
 *   abuse, not an exact quota.
 * - The client is `cf-connecting-ip`, which Cloudflare always sets (and overwrites) at the edge.
 *   A request without it did not come through the edge (`app.request` in tests, a service
 *   binding); there is no client to key on, so it is not limited. `wrangler dev` sets it.
 * - The binding does not say when the window ends, so `Retry-After` is the whole period.
 * - A missing binding or a failing one lets the request through (logged): limiting is a
 *   protection, and its outage must not become the service's outage.
 *
 * @example
 * app.post('/', rateLimit('FORM_RATE_LIMIT', 'form'));
 */
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env';
import { ProblemError } from './problem';

/** The `period` of every `[[ratelimits]]` binding in wrangler.toml, in seconds. */
export const RATE_LIMIT_PERIOD_SECONDS = 60;

type LimiterName = 'API_RATE_LIMIT' | 'FORM_RATE_LIMIT';

/** Count this request against `limiter` for its client and `route`; throw a 429 problem when over. */
export async function enforceRateLimit(
  c: Context<AppEnv>,
  limiter: RateLimit | undefined,
  route: string,
): Promise<void> {
  const ip = c.req.header('cf-connecting-ip')?.trim();
  if (!limiter || !ip) return;
  let success: boolean;
  try {
    ({ success } = await limiter.limit({ key: `${route}:${ip}` }));
  } catch (error) {
    console.error(`rate limiter failed for ${route}; letting the request through:`, error);
    return;
  }
  if (!success) {
    throw new ProblemError(429, {
      slug: 'rate-limited',
      title: 'Too Many Requests',
      detail: `Too many requests to ${route} from your address; try again in ${RATE_LIMIT_PERIOD_SECONDS} seconds.`,
      headers: { 'Retry-After': String(RATE_LIMIT_PERIOD_SECONDS) },
    });
  }
}

/** Middleware that limits every request it sees with the named binding under `route`. */
export function rateLimit(binding: LimiterName, route: string) {
  return createMiddleware<AppEnv>(async function rateLimit(c, next) {
    await enforceRateLimit(c, c.env[binding], route);
    return next();
  });
}
