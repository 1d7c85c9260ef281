/**
 * The queue consumer: syncs desk retries (`kind: 'desk'`, src/desk/sync.ts), and briefs the articles of a message batch, stores each brief by its content id,
 * points the article index at it, and records every outcome in the batch's Durable Object.
 *
 * Failures are sorted by whether trying again can help. A store that is down or slow (KV, the
 * article index, the Durable Object) is transient: the message is retried with exponential backoff
 * and the reason is remembered; when the retries run out the queue moves the message to the
 * dead-letter queue, whose consumer (below) settles the article as failed with that reason. An
 * engine error is deterministic, and so is KV refusing a record as too large: retrying is
 * pointless, so the article is failed at once.
 *
 * Delivery is at-least-once, so everything here is idempotent: briefs are content-addressed (a
 * redelivery is a cache hit), the index put writes the same value again, and the Durable Object
 * counts an item only on its first transition out of `pending`. Messages are acked only after
 * their outcome is recorded, so a crash in between means a redelivery, never a lost article.
 */
import type { Bindings } from '../env';
import { briefArticle, StoreRefusedError, StoreUnavailableError } from '../briefing';
import { isDeskMessage, syncDeskArticle, type DeskMessage } from '../desk/sync';
import { progressStub } from './producer';
import { DEAD_LETTER_SUFFIX, type BatchMessage, type ItemOutcome } from './types';

/** Seconds before retry `attempts` (1-based): 10, 20, 40, 80, … capped at 10 minutes. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(10 * 2 ** Math.max(0, attempts - 1), 600);
}

export async function handleQueue(batch: MessageBatch<unknown>, env: Bindings, _ctx?: ExecutionContext): Promise<void> {
  // The same queue carries retries of failed desk writes (src/desk/sync.ts), told apart by `kind`.
  const desk = batch.messages.filter((m): m is Message<DeskMessage> => isDeskMessage(m.body));
  const articles = batch.messages.filter((m) => !isDeskMessage(m.body));
  const deadLetters = batch.queue.endsWith(DEAD_LETTER_SUFFIX);
  if (desk.length > 0) await handleDesk(desk, env, deadLetters);
  if (articles.length === 0) return;
  return deadLetters ? handleDeadLetters(articles, env) : handleArticles(articles, env);
}

/** Sync each article on the desk from KV; retry with backoff while D1 (or KV) fails. */
async function handleDesk(messages: Message<DeskMessage>[], env: Bindings, deadLetters: boolean): Promise<void> {
  for (const m of messages) {
    const { origin, source, id } = m.body;
    if (deadLetters) {
      console.error(`desk: gave up syncing ${origin}:${source}:${id} after its retries; run npm run desk:rebuild`);
      m.ack();
      continue;
    }
    try {
      const outcome = await syncDeskArticle(env, { origin, source, id });
      if (outcome === 'no-brief') console.warn(`desk: ${origin}:${source}:${id} has no brief in KV; nothing to record`);
      m.ack();
    } catch (error) {
      console.error(`desk: sync of ${origin}:${source}:${id} failed (attempt ${m.attempts}), retrying:`, error);
      m.retry({ delaySeconds: retryDelaySeconds(m.attempts) });
    }
  }
}

async function handleArticles(batchMessages: readonly Message<unknown>[], env: Bindings): Promise<void> {
  for (const [batchId, messages] of groupByBatch(batchMessages)) {
    const stub = progressStub(env, batchId);
    const claimed = await stub.claim([...new Set(messages.map((m) => m.body.index))]).catch((error: unknown) => {
      console.error(`batch ${batchId}: progress store unavailable, retrying ${messages.length} messages:`, error);
      return undefined;
    });
    if (claimed === undefined) {
      for (const m of messages) m.retry({ delaySeconds: retryDelaySeconds(m.attempts) });
      continue;
    }
    if (claimed === null) {
      // The batch expired or never existed: there is nothing to brief and nowhere to report.
      console.warn(`batch ${batchId}: unknown batch, dropping ${messages.length} messages`);
      for (const m of messages) m.ack();
      continue;
    }

    const outcomes: ItemOutcome[] = [];
    for (const item of claimed.items) {
      if (item.state !== 'pending') {
        if (item.state === 'unknown') console.warn(`batch ${batchId}: no article at index ${item.index}`);
        continue; // already settled (a redelivery) or unknown: acked below, counted never again
      }
      try {
        // A batch writes only the batch namespace of the index, whatever its source is called.
        const ref = { origin: 'batch' as const, source: claimed.source, id: item.article.id };
        const result = await briefArticle(env, ref, item.article);
        outcomes.push({ index: item.index, state: 'done', briefId: result.brief.id });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        if (error instanceof StoreUnavailableError) outcomes.push({ index: item.index, state: 'retry', reason });
        // KV refused the record for good (key or value too large): failed now, not after minutes of retries.
        else if (error instanceof StoreRefusedError) outcomes.push({ index: item.index, state: 'failed', reason });
        else outcomes.push({ index: item.index, state: 'failed', reason: `engine error: ${reason}` });
      }
    }

    const recorded = await stub.record(outcomes).then(
      () => true,
      (error: unknown) => {
        console.error(`batch ${batchId}: could not record outcomes, retrying:`, error);
        return false;
      },
    );
    const retrying = new Set(outcomes.filter((o) => o.state === 'retry' || !recorded).map((o) => o.index));
    // Two messages for one article (a duplicate delivery) share its outcome.
    for (const m of messages) {
      if (retrying.has(m.body.index)) m.retry({ delaySeconds: retryDelaySeconds(m.attempts) });
      else m.ack();
    }
  }
}

/** Dead letters: the queue gave up on these articles. Record each as failed, with its last reason. */
async function handleDeadLetters(batchMessages: readonly Message<unknown>[], env: Bindings): Promise<void> {
  for (const [batchId, messages] of groupByBatch(batchMessages)) {
    try {
      const settled = await progressStub(env, batchId).deadLetter(messages.map((m) => m.body.index));
      console.warn(`batch ${batchId}: ${messages.length} dead-lettered messages, ${settled} articles newly failed`);
      for (const m of messages) m.ack();
    } catch (error) {
      console.error(`batch ${batchId}: could not record dead letters, retrying:`, error);
      for (const m of messages) m.retry({ delaySeconds: retryDelaySeconds(m.attempts) });
    }
  }
}

/** Group messages by batch (one Durable Object round trip per batch); malformed bodies are dropped with a log line. */
function groupByBatch(messages: readonly Message<unknown>[]): Map<string, Message<BatchMessage>[]> {
  const groups = new Map<string, Message<BatchMessage>[]>();
  for (const m of messages) {
    const body = m.body as Partial<BatchMessage> | null;
    if (typeof body?.batchId !== 'string' || !Number.isSafeInteger(body.index)) {
      console.error(`queue message ${m.id} is not a batch message; dropping it`, m.body);
      m.ack();
      continue;
    }
    const group = groups.get(body.batchId) ?? [];
    group.push(m as Message<BatchMessage>);
    groups.set(body.batchId, group);
  }
  return groups;
}
