/** Worker entry point. */
import { app } from './app';
import { handleQueue } from './batch/consumer';

/** Durable Object classes must be exported from the entry point (wrangler.toml [[durable_objects.bindings]]). */
export { BatchProgress } from './batch/progress';

export default {
  fetch: app.fetch,
  queue: handleQueue,
} satisfies ExportedHandler<import('./env').Bindings>;
