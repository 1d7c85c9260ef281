/**
 * Worker entry point: HTTP through the front router (src/front.ts), batches from the queue.
 * The queue consumer is loaded on the first message batch, not when an isolate starts for HTTP.
 */
import { front } from './front';
import type { Bindings } from './env';

/** Durable Object classes must be exported from the entry point (wrangler.toml [[durable_objects.bindings]]). */
export { BatchProgress } from './batch/progress';

export default {
  fetch: front.fetch,
  async queue(batch, env, ctx) {
    const { handleQueue } = await import('./batch/consumer');
    return handleQueue(batch, env, ctx);
  },
} satisfies ExportedHandler<Bindings>;
