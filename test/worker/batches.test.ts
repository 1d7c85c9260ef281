/**
 * The batch API and its queue consumer inside workerd: the real Durable Object, KV and queue
 * bindings from wrangler.toml (miniflare). Consumer tests build message batches by hand
 * (`createMessageBatch`) on batches created straight in the Durable Object, so nothing else
 * delivers their messages; the first test lets the real local queue do the whole round trip.
 */
import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { createExecutionContext, createMessageBatch, getQueueResult, runInDurableObject } from 'cloudflare:test';
import worker from '../../src';
import { ArticleIndex } from '../../src/storage/article-index';
import { BriefStore } from '../../src/storage/brief-store';
import { progressStub } from '../../src/batch/producer';
import { MAX_RESENDS, type BatchProgress } from '../../src/batch/progress';
import type { BatchArticle, BatchMessage, BatchProgressReport } from '../../src/batch/types';
import { call, faultyKv, postJson } from './helpers';

const QUEUE = 'edge-brief-batches';
const DLQ = 'edge-brief-batches-dlq';

function article(n: number, tag = crypto.randomUUID()): BatchArticle {
  return {
    id: `a-${n}`,
    title: `Storm report ${n}`,
    text: `Storm hits coast ${n}\n\nA storm hit the coast on Monday, officials said. Power was cut to ${n * 100} homes (${tag}).`,
  };
}

/** A batch stored in its Durable Object but never put on the queue: only the test delivers its messages. */
async function storedBatch(count: number, source = 'test'): Promise<{ batchId: string; articles: BatchArticle[] }> {
  const batchId = crypto.randomUUID();
  const articles = Array.from({ length: count }, (_, i) => article(i));
  await progressStub(env, batchId).create(
    batchId,
    source,
    articles.map((a, index) => ({ index, article: a })),
  );
  return { batchId, articles };
}

let seq = 0;
function messages(batchId: string, indices: number[], attempts = 1) {
  return indices.map((index) => ({
    id: `m-${++seq}`,
    timestamp: Date.now(),
    attempts,
    body: { batchId, index } satisfies BatchMessage,
  }));
}

/** Run the Worker's queue handler on a hand-built batch; `delays` are the retry delays asked for, by message. */
async function deliver(queue: string, msgs: ReturnType<typeof messages>, bindings = env) {
  const batch = createMessageBatch<BatchMessage>(queue, msgs);
  // getQueueResult does not report retry delays (vitest-plugin 1.5), so watch retry() itself.
  const delays: (number | undefined)[] = [];
  for (const m of batch.messages) {
    const retry = m.retry.bind(m);
    Object.defineProperty(m, 'retry', {
      value: (options?: QueueRetryOptions) => (delays.push(options?.delaySeconds), retry(options)),
    });
  }
  const ctx = createExecutionContext();
  await worker.queue(batch as MessageBatch<unknown>, bindings, ctx);
  return { ...(await getQueueResult(batch, ctx)), delays };
}

async function progressOf(batchId: string): Promise<BatchProgressReport> {
  const res = await call(`/v1/batches/${batchId}`);
  expect(res.status).toBe(200);
  return (await res.json()) as BatchProgressReport;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('POST /v1/batches', () => {
  it('queues the articles, and the local queue briefs, stores and indexes every one', async () => {
    const source = `cms-${crypto.randomUUID().slice(0, 8)}`;
    const articles = range(12).map((i) => article(i));
    const res = await postJson('/v1/batches', { source, articles });
    expect(res.status).toBe(202);
    const body = (await res.json()) as { batchId: string; total: number; source: string; rejected: unknown[] };
    expect(body).toMatchObject({ total: 12, source, rejected: [] });
    expect(res.headers.get('location')).toBe(`/v1/batches/${body.batchId}`);

    let progress = await progressOf(body.batchId);
    expect(progress.total).toBe(12);
    for (let i = 0; i < 100 && progress.status !== 'completed'; i++) {
      await new Promise((r) => setTimeout(r, 200));
      progress = await progressOf(body.batchId);
    }
    expect(progress).toMatchObject({ status: 'completed', total: 12, done: 12, failed: 0, errors: [] });

    const index = new ArticleIndex(env.BRIEFS, 2000);
    const store = new BriefStore(env.BRIEFS, 3600, 2000);
    for (const a of articles) {
      const entry = await index.get({ origin: 'batch', source, id: a.id });
      expect(entry, a.id).not.toBeNull();
      const brief = await store.get(entry!.briefId);
      expect(brief?.title).toBe(a.title);
    }
  });

  it('reports each invalid item by index and queues only the valid ones', async () => {
    const res = await postJson('/v1/batches', {
      articles: [
        { id: 'ok-1', text: 'A storm hit the coast on Monday, officials said.' },
        { text: 'no id here' },
        { id: 'both', text: 'x', html: '<p>y</p>' },
        { id: 'blank', text: '   ' },
        { id: 'empty-page', html: '<script>var x = 1</script><nav>Home</nav>' },
        { id: 'ok-1', text: 'The same id again.' },
        'not an object',
        { id: 'ok-2', html: '<h1>Storm</h1><p>A storm hit the coast, officials said.</p>' },
      ],
    });
    expect(res.status).toBe(202);
    const body = (await res.json()) as {
      total: number;
      source: string;
      rejected: { index: number; id: string | null; errors: { path: string; message: string }[] }[];
    };
    expect(body.total).toBe(2);
    expect(body.source).toBe('batch');
    expect(body.rejected.map((r) => r.index)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(body.rejected.find((r) => r.index === 5)?.errors[0].message).toMatch(/duplicate id.*index 0/);
    expect(body.rejected.find((r) => r.index === 4)?.errors[0].message).toMatch(/no readable text/);
    expect(body.rejected.find((r) => r.index === 2)).toMatchObject({ id: 'both' });
  });

  it('answers 422 listing every item when none is valid, and for an empty or oversized batch', async () => {
    const none = await postJson('/v1/batches', { articles: [{ id: 'x' }, { id: '', text: 'y' }] });
    expect(none.status).toBe(422);
    expect(none.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await none.json()) as { errors: { path: string }[] };
    expect(problem.errors.map((e) => e.path)).toEqual(['articles.0.text', 'articles.1.id']);

    expect((await postJson('/v1/batches', { articles: [] })).status).toBe(422);
    expect((await postJson('/v1/batches', { source: 'bad source!', articles: [article(1)] })).status).toBe(422);
    const tooMany = await postJson('/v1/batches', { articles: range(1001).map((i) => ({ id: `t${i}`, text: 'x' })) });
    expect(tooMany.status).toBe(422);
    expect(((await tooMany.json()) as { detail: string }).detail).toMatch(/1000/);
  });

  it('refuses malformed JSON (400) and a body over the limit (413)', async () => {
    const bad = await call('/v1/batches', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"articles": [',
    });
    expect(bad.status).toBe(400);
    const big = await postJson('/v1/batches', { articles: [article(1)] }, { MAX_BODY_BYTES: '100' });
    expect(big.status).toBe(413);
  });

  it('answers 503 when the queue refuses, and records the unqueued articles as failed', async () => {
    const downQueue = {
      send: () => Promise.reject(new Error('queue is down')),
      sendBatch: () => Promise.reject(new Error('queue is down')),
    } as unknown as Queue<BatchMessage>;
    const res = await postJson('/v1/batches', { articles: [article(1), article(2)] }, { BATCH_QUEUE: downQueue });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBeTruthy();
    const location = res.headers.get('location');
    expect(location).toMatch(/^\/v1\/batches\//);
    const progress = (await (await call(location!)).json()) as BatchProgressReport;
    expect(progress).toMatchObject({ status: 'completed', total: 2, done: 0, failed: 2 });
    expect(progress.errors[0].reason).toMatch(/not queued: queue is down/);
  });
});

describe('batch API surface', () => {
  it('needs the API token when one is configured, for queueing and for progress alike', async () => {
    const body = { articles: [article(1)] };
    expect((await postJson('/v1/batches', body, { API_TOKEN: 'secret' })).status).toBe(401);
    expect((await call(`/v1/batches/${crypto.randomUUID()}`, undefined, { API_TOKEN: 'secret' })).status).toBe(401);
    const ok = await call(
      '/v1/batches',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer secret' },
        body: JSON.stringify(body),
      },
      { API_TOKEN: 'secret' },
    );
    expect(ok.status).toBe(202);
  });

  it('is described in the OpenAPI document, item schema included', async () => {
    const doc = (await (await call('/openapi.json')).json()) as {
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/batches', '/v1/batches/{batchId}']));
    expect(doc.components.schemas).toHaveProperty('BatchArticle');
    expect(JSON.stringify(doc.components.schemas.BatchRequest)).toContain('#/components/schemas/BatchArticle');
  });
});

describe('GET /v1/batches/{batchId}', () => {
  it('answers 404 for an unknown or malformed batch id', async () => {
    expect((await call(`/v1/batches/${crypto.randomUUID()}`)).status).toBe(404);
    expect((await call('/v1/batches/not-a-uuid')).status).toBe(404);
  });

  it('answers 503 with Retry-After, not 500, when the progress store is down', async () => {
    const down = () => Promise.reject(new Error('Durable Object is overloaded'));
    const namespace = {
      idFromName: () => ({}),
      get: () => ({ create: down, progress: down }),
    } as unknown as typeof env.BATCH_PROGRESS;
    const get = await call(`/v1/batches/${crypto.randomUUID()}`, undefined, { BATCH_PROGRESS: namespace });
    expect(get.status).toBe(503);
    expect(get.headers.get('retry-after')).toBeTruthy();
    const post = await postJson('/v1/batches', { articles: [article(1)] }, { BATCH_PROGRESS: namespace });
    expect(post.status).toBe(503);
  });
});

describe('queue consumer', () => {
  it('briefs a message batch, acks every message and reports exact progress', async () => {
    const { batchId, articles } = await storedBatch(5, 'consumer');
    expect((await progressOf(batchId)).status).toBe('queued');
    const result = await deliver(QUEUE, messages(batchId, range(5)));
    expect(result.explicitAcks).toHaveLength(5);
    expect(result.retryMessages).toEqual([]);
    expect(await progressOf(batchId)).toMatchObject({ status: 'completed', done: 5, failed: 0 });
    const entry = await new ArticleIndex(env.BRIEFS, 2000).get({
      origin: 'batch',
      source: 'consumer',
      id: articles[3].id,
    });
    expect(entry?.briefId).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps progress exact under concurrent consumers and duplicate deliveries', async () => {
    const { batchId } = await storedBatch(40);
    // Every article is delivered three times, spread over 12 consumer invocations that run at once.
    const all = [...range(40), ...range(40).reverse(), ...range(40).map((i) => (i * 7) % 40)];
    const chunks = range(12).map((k) => all.filter((_, i) => i % 12 === k));
    const results = await Promise.all(chunks.map((indices) => deliver(QUEUE, messages(batchId, indices))));
    expect(results.reduce((n, r) => n + r.explicitAcks.length, 0)).toBe(120);
    expect(await progressOf(batchId)).toMatchObject({ status: 'completed', total: 40, done: 40, failed: 0 });

    // A redelivery after everything was counted (a lost ack) changes nothing, even via the dead-letter queue.
    await deliver(QUEUE, messages(batchId, range(10)));
    await deliver(DLQ, messages(batchId, range(10), 6));
    expect(await progressOf(batchId)).toMatchObject({ done: 40, failed: 0 });
    // 40 briefs, KV and Durable Object writes and now a D1 desk write each: ~4 s alone, more on a
    // loaded machine. The test is about exact counts, not speed, so it gets room.
  }, 20_000);

  it('counts a half-finished batch exactly: running, with the done count so far', async () => {
    const { batchId } = await storedBatch(6);
    await Promise.all([deliver(QUEUE, messages(batchId, [0, 1])), deliver(QUEUE, messages(batchId, [1, 2]))]);
    expect(await progressOf(batchId)).toMatchObject({ status: 'running', total: 6, done: 3, failed: 0 });
  });

  it('retries with exponential backoff while KV is down, leaving the articles pending', async () => {
    const { batchId } = await storedBatch(3);
    const down = { ...env, BRIEFS: faultyKv('throw') };
    const first = await deliver(QUEUE, messages(batchId, [0, 1], 1), down);
    expect(first.explicitAcks).toEqual([]);
    expect(first.retryMessages).toHaveLength(2);
    expect(first.delays).toEqual([10, 10]);
    const third = await deliver(QUEUE, messages(batchId, [2], 3), down);
    expect(third.delays).toEqual([40]);
    expect(await progressOf(batchId)).toMatchObject({ status: 'queued', done: 0, failed: 0 });

    // KV is back: the retried message succeeds.
    const retried = await deliver(QUEUE, messages(batchId, [0], 2));
    expect(retried.explicitAcks).toHaveLength(1);
    expect(await progressOf(batchId)).toMatchObject({ status: 'running', done: 1, failed: 0 });
  });

  it('fails an article at once when KV refuses its record as too large (413/414), instead of retrying for minutes', async () => {
    const { batchId } = await storedBatch(2);
    const refusing = {
      ...env,
      BRIEFS: {
        ...env.BRIEFS,
        get: env.BRIEFS.get.bind(env.BRIEFS),
        getWithMetadata: env.BRIEFS.getWithMetadata.bind(env.BRIEFS),
        list: env.BRIEFS.list.bind(env.BRIEFS),
        delete: env.BRIEFS.delete.bind(env.BRIEFS),
        put: () =>
          Promise.reject(new Error('KV PUT failed: 414 UTF-8 encoded length of 600 exceeds key length limit of 512.')),
      } as unknown as KVNamespace,
    };
    const result = await deliver(QUEUE, messages(batchId, [0, 1], 1), refusing);
    expect(result.retryMessages).toEqual([]);
    expect(result.explicitAcks).toHaveLength(2);
    const progress = await progressOf(batchId);
    expect(progress).toMatchObject({ done: 0, failed: 2 });
    expect(progress.errors[0].reason).toMatch(/414/);
    expect(progress.errors[0].reason).not.toMatch(/engine error/);
  });

  it('retries when KV hangs past the timeout, instead of hanging the consumer', async () => {
    const { batchId } = await storedBatch(1);
    const hung = { ...env, BRIEFS: faultyKv('hang'), KV_TIMEOUT_MS: '50' };
    const result = await deliver(QUEUE, messages(batchId, [0]), hung);
    expect(result.retryMessages).toHaveLength(1);
  });

  it('records dead-lettered articles as failed with the last error, once', async () => {
    const { batchId, articles } = await storedBatch(3);
    const down = { ...env, BRIEFS: faultyKv('throw') };
    for (let attempt = 1; attempt <= 6; attempt++) await deliver(QUEUE, messages(batchId, [1, 2], attempt), down);
    await deliver(QUEUE, messages(batchId, [0]));

    const dead = await deliver(DLQ, messages(batchId, [1, 2], 6));
    expect(dead.explicitAcks).toHaveLength(2);
    await deliver(DLQ, messages(batchId, [2], 6)); // a duplicate dead letter
    const progress = await progressOf(batchId);
    expect(progress).toMatchObject({ status: 'completed', total: 3, done: 1, failed: 2 });
    expect(progress.errors.map((e) => [e.index, e.id])).toEqual([
      [1, articles[1].id],
      [2, articles[2].id],
    ]);
    expect(progress.errors[0].reason).toMatch(/gave up after 6 failed attempts; last error: .*KV is down/);
  });

  it('acks messages it cannot act on: unknown batches, unknown items and malformed bodies', async () => {
    const { batchId } = await storedBatch(1);
    const unknown = await deliver(QUEUE, messages(crypto.randomUUID(), [0]));
    expect(unknown.explicitAcks).toHaveLength(1);
    const noItem = await deliver(QUEUE, messages(batchId, [7]));
    expect(noItem.explicitAcks).toHaveLength(1);
    const batch = createMessageBatch(QUEUE, [{ id: 'junk', timestamp: Date.now(), attempts: 1, body: 'hello' }]);
    const ctx = createExecutionContext();
    await worker.queue(batch as MessageBatch<unknown>, env, ctx);
    expect((await getQueueResult(batch, ctx)).explicitAcks).toEqual(['junk']);
    expect(await progressOf(batchId)).toMatchObject({ done: 0, failed: 0 });
  });
});

describe('stalled batches', () => {
  const check = (batchId: string, queue: Queue<BatchMessage>) =>
    runInDurableObject(progressStub(env, batchId), (instance: BatchProgress) => instance.checkStalled(queue));

  it('re-sends the messages of articles still pending after a stall, and the queue finishes the batch', async () => {
    const { batchId } = await storedBatch(3);
    await deliver(QUEUE, messages(batchId, [0]));
    expect(await check(batchId, env.BATCH_QUEUE)).toBe('progressing'); // one settled since the last look
    expect(await check(batchId, env.BATCH_QUEUE)).toBe('resent'); // nothing since: the lost two go out again
    let progress = await progressOf(batchId);
    for (let i = 0; i < 100 && progress.status !== 'completed'; i++) {
      await new Promise((r) => setTimeout(r, 200));
      progress = await progressOf(batchId);
    }
    expect(progress).toMatchObject({ status: 'completed', done: 3, failed: 0 });
    expect(await check(batchId, env.BATCH_QUEUE)).toBe('completed');
  });

  it(`records still-pending articles as failed after ${MAX_RESENDS} fruitless re-sends: every batch ends`, async () => {
    const { batchId } = await storedBatch(2);
    const sent: number[] = [];
    const blackHole = {
      sendBatch: async (m: Iterable<unknown>) => void sent.push([...m].length),
    } as unknown as Queue<BatchMessage>;
    for (let i = 0; i < MAX_RESENDS; i++) expect(await check(batchId, blackHole)).toBe('resent');
    expect(sent).toEqual(Array(MAX_RESENDS).fill(2));
    expect(await check(batchId, blackHole)).toBe('failed');
    const progress = await progressOf(batchId);
    expect(progress).toMatchObject({ status: 'completed', done: 0, failed: 2 });
    expect(progress.errors[0].reason).toMatch(/no result after 3 re-sends/);
  });
});
