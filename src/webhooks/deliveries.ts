/**
 * Replay protection: the answer given to each delivery, kept in KV under its sender's delivery id
 * (`webhook-id`, Contentful's idempotency key, Sanity's `idempotency-key`, Ghost's signature) or,
 * for senders without one (WP Webhooks, Strapi), the SHA-256 of the request. A retry or replay
 * gets the same answer back and writes nothing. Records expire after `WEBHOOK_REPLAY_TTL_SECONDS`.
 *
 * Known limit: KV is eventually consistent and has no compare-and-set, so two copies of one
 * delivery arriving at the same moment may both be processed; that is harmless, since briefs are
 * content-addressed and the index write is the same.
 */
import { withTimeout } from '../lib/timeout';
import { sha256Hex } from './crypto';

export interface RecordedAnswer {
  status: number;
  body: unknown;
}

export class DeliveryLog {
  constructor(
    private readonly kv: KVNamespace,
    private readonly ttlSeconds: number,
    private readonly timeoutMs: number,
  ) {}

  async get(key: string): Promise<RecordedAnswer | null> {
    const raw = await withTimeout(this.kv.get(key, 'text'), this.timeoutMs, 'KV get');
    if (raw === null) return null;
    try {
      const answer = JSON.parse(raw) as RecordedAnswer;
      return typeof answer?.status === 'number' ? answer : null;
    } catch {
      return null;
    }
  }

  async put(key: string, answer: RecordedAnswer): Promise<void> {
    await withTimeout(this.kv.put(key, JSON.stringify(answer), { expirationTtl: this.ttlSeconds }), this.timeoutMs, 'KV put');
  }
}

/** Hashed, so any id (or a whole body) makes a short, valid KV key. */
export async function deliveryKey(sender: string, deliveryId: string): Promise<string> {
  return `delivery:${sender}:${await sha256Hex(deliveryId)}`;
}
