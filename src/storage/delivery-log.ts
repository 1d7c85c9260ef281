/**
 * Replay protection: the answer given to each webhook delivery, kept in KV under a key made of
 * signed material only (`webhook-id`; the normalised signature and timestamp for Ghost, Sanity and
 * Contentful) or, for senders without one (WP Webhooks, Strapi), the SHA-256 of the body. A
 * retry or replay gets the same answer back and writes nothing. Records expire after
 * `WEBHOOK_REPLAY_TTL_SECONDS`.
 *
 * Known limit: KV is eventually consistent and has no compare-and-set, so two copies of one
 * delivery arriving at the same moment may both be processed; that is harmless, since briefs are
 * content-addressed and the index write is the same.
 */
import { JsonKv } from './kv-json';

export interface RecordedAnswer {
  status: number;
  body: unknown;
}

const isAnswer = (value: unknown): value is RecordedAnswer =>
  typeof (value as RecordedAnswer | null)?.status === 'number';

export class DeliveryLog {
  private readonly kv: JsonKv;

  constructor(
    kv: KVNamespace,
    private readonly ttlSeconds: number,
    timeoutMs: number,
  ) {
    this.kv = new JsonKv(kv, timeoutMs);
  }

  get(key: string): Promise<RecordedAnswer | null> {
    return this.kv.get(key, isAnswer);
  }

  put(key: string, answer: RecordedAnswer): Promise<void> {
    return this.kv.put(key, answer, { expirationTtl: this.ttlSeconds });
  }
}
