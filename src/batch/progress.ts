/**
 * BatchProgress: one SQLite-backed Durable Object per batch, holding its articles and their state.
 *
 * Why a Durable Object and not KV or D1: progress is written by many consumer invocations at once.
 * KV is last-write-wins with one write per second per key, so a KV counter loses increments. D1
 * would be exact too, but every batch of every newsroom would contend on one database, and it
 * needs its own migrations step at deploy. A Durable Object per batch runs its methods one at a
 * time (each method here is synchronous SQL, so no other call can interleave with it), keeps the
 * articles beside their state in the same transaction, and scales with the number of batches.
 *
 * Exactness and idempotency: counts are never incremented; `done` and `failed` are counted from the
 * items table, and an item only leaves `pending` once (`UPDATE … WHERE state = 'pending'`). A
 * message redelivered after its result was recorded finds its item settled and changes nothing.
 *
 * Lost messages: a queue message can vanish (a local `wrangler dev` reload drops in-flight ones; a
 * consumer bug could ack without recording). So the object keeps an alarm: if a whole stall period
 * (`BATCH_STALL_SECONDS`, default 1 h) passes with articles pending and none settled, it sends their
 * messages again (harmless: processing is idempotent), up to `MAX_RESENDS` times with the period
 * doubling, and then records what is still pending as failed with the reason. Every batch ends.
 *
 * Limits: one batch is at most 1,000 articles and one request body (1 MB by default), far inside a
 * Durable Object's storage. An article's text is dropped once it is settled; the whole batch is
 * forgotten by the alarm `RETENTION_MS` after it was created (GET then answers 404).
 */
import { DurableObject } from 'cloudflare:workers';
import type { Bindings } from '../env';
import type {
  BatchArticle,
  BatchError,
  BatchMessage,
  BatchProgressReport,
  BatchStatus,
  ClaimedItem,
  ItemOutcome,
} from './types';

/** How long a batch's progress stays readable. */
export const RETENTION_MS = 30 * 24 * 60 * 60 * 1000;
export const DEFAULT_STALL_SECONDS = 60 * 60;
/** Re-sends of a stalled batch's pending messages before they are recorded as failed. */
export const MAX_RESENDS = 3;

interface BatchRow extends Record<string, SqlStorageValue> {
  batch_id: string;
  source: string;
  total: number;
  created_at: string;
  updated_at: string;
  /** Settled count when the stall alarm last looked, and re-sends since the last progress. */
  checkpoint: number;
  resends: number;
}

/** What the stall check did, for logs and tests. */
export type StallCheck = 'gone' | 'completed' | 'progressing' | 'resent' | 'failed';

export class BatchProgress extends DurableObject<Bindings> {
  private readonly sql: SqlStorage;

  constructor(ctx: DurableObjectState, env: Bindings) {
    super(ctx, env);
    this.sql = ctx.storage.sql;
    this.sql.exec(`
      CREATE TABLE IF NOT EXISTS batch (
        one INTEGER PRIMARY KEY CHECK (one = 1),
        batch_id TEXT NOT NULL, source TEXT NOT NULL, total INTEGER NOT NULL,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
        checkpoint INTEGER NOT NULL DEFAULT 0, resends INTEGER NOT NULL DEFAULT 0
      );
      CREATE TABLE IF NOT EXISTS items (
        idx INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL, title TEXT, url TEXT, text TEXT,
        state TEXT NOT NULL DEFAULT 'pending',
        brief_id TEXT, reason TEXT, attempts INTEGER NOT NULL DEFAULT 0
      );`);
    // The desk's metadata (JSON), added after the first batches: objects created before get the column now.
    const columns = this.sql.exec<{ name: string }>('PRAGMA table_info(items)').toArray();
    if (!columns.some((c) => c.name === 'meta')) this.sql.exec('ALTER TABLE items ADD COLUMN meta TEXT');
  }

  /**
   * Store a new batch; each item keeps its index in the request, so errors point at what was sent.
   * Refuses to overwrite a batch that exists (batch ids are random UUIDs).
   */
  async create(batchId: string, source: string, items: { index: number; article: BatchArticle }[]): Promise<void> {
    const now = new Date().toISOString();
    this.ctx.storage.transactionSync(() => {
      if (this.meta()) throw new Error(`batch ${batchId} already exists`);
      this.sql.exec(
        'INSERT INTO batch (one, batch_id, source, total, created_at, updated_at) VALUES (1, ?, ?, ?, ?, ?)',
        batchId,
        source,
        items.length,
        now,
        now,
      );
      for (const { index, article: a } of items) {
        this.sql.exec(
          'INSERT INTO items (idx, article_id, title, url, text, meta) VALUES (?, ?, ?, ?, ?, ?)',
          index,
          a.id,
          a.title ?? null,
          a.url ?? null,
          a.text,
          JSON.stringify({ publishedAt: a.publishedAt, authors: a.authors, section: a.section }),
        );
      }
    });
    await this.ctx.storage.setAlarm(Date.now() + this.stallMs());
  }

  /** The articles of `indices` that still need work, and the state of those that do not. */
  claim(indices: number[]): { source: string; items: ClaimedItem[] } | null {
    const meta = this.meta();
    if (!meta) return null;
    const items = indices.map((index): ClaimedItem => {
      const row = this.sql
        .exec<{
          article_id: string;
          title: string | null;
          url: string | null;
          text: string | null;
          state: string;
          meta: string | null;
        }>('SELECT article_id, title, url, text, state, meta FROM items WHERE idx = ?', index)
        .toArray()[0];
      if (!row) return { index, state: 'unknown' };
      if (row.state !== 'pending') return { index, state: row.state as 'done' | 'failed' };
      const article: BatchArticle = { id: row.article_id, text: row.text ?? '' };
      if (row.title !== null) article.title = row.title;
      if (row.url !== null) article.url = row.url;
      if (row.meta) Object.assign(article, JSON.parse(row.meta) as Partial<BatchArticle>);
      return { index, state: 'pending', article };
    });
    return { source: meta.source, items };
  }

  /**
   * Record what the consumer found. Only a pending item can become done or failed, so a duplicate
   * delivery is counted once; `retry` keeps the item pending and remembers the reason, which the
   * dead-letter consumer reports if the retries run out. Returns how many items were settled now.
   */
  record(outcomes: ItemOutcome[]): number {
    let settled = 0;
    this.ctx.storage.transactionSync(() => {
      for (const o of outcomes) {
        if (o.state === 'retry') {
          this.sql.exec(
            "UPDATE items SET reason = ?, attempts = attempts + 1 WHERE idx = ? AND state = 'pending'",
            o.reason,
            o.index,
          );
          continue;
        }
        const cursor =
          o.state === 'done'
            ? this.sql.exec(
                "UPDATE items SET state = 'done', brief_id = ?, reason = NULL, text = NULL WHERE idx = ? AND state = 'pending'",
                o.briefId,
                o.index,
              )
            : this.sql.exec(
                "UPDATE items SET state = 'failed', reason = ?, text = NULL WHERE idx = ? AND state = 'pending'",
                o.reason,
                o.index,
              );
        settled += cursor.rowsWritten > 0 ? 1 : 0;
      }
      if (settled > 0) this.sql.exec('UPDATE batch SET updated_at = ?', new Date().toISOString());
    });
    return settled;
  }

  /**
   * The queue gave up on these items (their messages reached the dead-letter queue): settle the ones
   * still pending as failed, with the last reason a retry recorded. Returns how many were settled.
   */
  deadLetter(indices: number[]): number {
    return this.record(
      indices.map((index) => {
        const row = this.sql
          .exec<{ reason: string | null; attempts: number }>('SELECT reason, attempts FROM items WHERE idx = ?', index)
          .toArray()[0];
        const last = row?.reason ? `; last error: ${row.reason}` : '';
        return {
          index,
          state: 'failed' as const,
          reason: `gave up after ${row?.attempts ?? 0} failed attempts${last}`,
        };
      }),
    );
  }

  progress(): BatchProgressReport | null {
    const meta = this.meta();
    if (!meta) return null;
    const { done, failed } = this.counts();
    const errors: BatchError[] = this.sql
      .exec<{ idx: number; article_id: string; reason: string | null }>(
        "SELECT idx, article_id, reason FROM items WHERE state = 'failed' ORDER BY idx",
      )
      .toArray()
      .map((r) => ({ index: r.idx, id: r.article_id, reason: r.reason ?? 'unknown' }));
    const settled = done + failed;
    const status: BatchStatus = settled >= meta.total ? 'completed' : settled === 0 ? 'queued' : 'running';
    return {
      batchId: meta.batch_id,
      source: meta.source,
      status,
      total: meta.total,
      done,
      failed,
      createdAt: meta.created_at,
      updatedAt: meta.updated_at,
      errors,
    };
  }

  /** The one alarm: retention first, then the stall check, which schedules the next alarm. */
  override async alarm(): Promise<void> {
    const meta = this.meta();
    if (!meta) return;
    if (Date.now() >= Date.parse(meta.created_at) + RETENTION_MS) {
      // Rows, not tables, so this instance stays usable.
      this.ctx.storage.transactionSync(() => {
        this.sql.exec('DELETE FROM items');
        this.sql.exec('DELETE FROM batch');
      });
      return;
    }
    await this.checkStalled(this.env.BATCH_QUEUE);
  }

  /**
   * Has the batch moved since the last look? If not, send the pending articles' messages again, or
   * after `MAX_RESENDS` fruitless re-sends, record them as failed. Schedules the next alarm.
   */
  async checkStalled(queue: Queue<BatchMessage>): Promise<StallCheck> {
    const meta = this.meta();
    if (!meta) return 'gone';
    const created = Date.parse(meta.created_at);
    const { done, failed } = this.counts();
    const settled = done + failed;
    if (settled >= meta.total) {
      await this.ctx.storage.setAlarm(created + RETENTION_MS);
      return 'completed';
    }
    if (settled > meta.checkpoint) {
      this.sql.exec('UPDATE batch SET checkpoint = ?, resends = 0', settled);
      await this.ctx.storage.setAlarm(Date.now() + this.stallMs());
      return 'progressing';
    }
    const pending = this.sql
      .exec<{ idx: number }>("SELECT idx FROM items WHERE state = 'pending' ORDER BY idx")
      .toArray()
      .map((r) => r.idx);
    if (meta.resends >= MAX_RESENDS) {
      const reason = `no result after ${MAX_RESENDS} re-sends of its queue message; the queue or its consumer is not delivering`;
      this.record(pending.map((index) => ({ index, state: 'failed' as const, reason })));
      await this.ctx.storage.setAlarm(created + RETENTION_MS);
      return 'failed';
    }
    const batchId = meta.batch_id;
    for (let i = 0; i < pending.length; i += 100) {
      await queue.sendBatch(
        pending.slice(i, i + 100).map((index) => ({ body: { batchId, index }, contentType: 'json' as const })),
      );
    }
    this.sql.exec('UPDATE batch SET resends = resends + 1');
    console.warn(
      `batch ${batchId}: no progress for a stall period; re-sent ${pending.length} pending messages (re-send ${meta.resends + 1} of ${MAX_RESENDS})`,
    );
    await this.ctx.storage.setAlarm(Date.now() + this.stallMs() * 2 ** (meta.resends + 1));
    return 'resent';
  }

  private stallMs(): number {
    const seconds = Number(this.env.BATCH_STALL_SECONDS);
    return (Number.isFinite(seconds) && seconds > 0 ? seconds : DEFAULT_STALL_SECONDS) * 1000;
  }

  private counts(): { done: number; failed: number } {
    let done = 0;
    let failed = 0;
    for (const row of this.sql.exec<{ state: string; n: number }>(
      'SELECT state, count(*) AS n FROM items GROUP BY state',
    )) {
      if (row.state === 'done') done = row.n;
      if (row.state === 'failed') failed = row.n;
    }
    return { done, failed };
  }

  private meta(): BatchRow | null {
    return (
      this.sql
        .exec<BatchRow>('SELECT batch_id, source, total, created_at, updated_at, checkpoint, resends FROM batch')
        .toArray()[0] ?? null
    );
  }
}
