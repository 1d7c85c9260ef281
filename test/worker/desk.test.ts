/**
 * The sourcing desk (issue 15): webhook and batch deliveries record one row set per article in D1,
 * re-publishing replaces it, deleting removes it, a D1 failure never fails a delivery, and the
 * /v1/desk API filters, pages and exports CSV.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/briefing';
import { deskRows } from '../../src/desk/rows';
import { DeskStore } from '../../src/desk/store';
import { rebuildDesk } from '../../src/desk/sync';
import { call } from './helpers';
import { deliver, getArticle } from './webhooks/helpers';
import { ghost, ghostPost, standard, standardDraft } from './webhooks/fixtures';

interface Summary {
  articles: number;
  claims: number;
  anonymousClaims: number;
  articlesWithAnonymousSourcing: number;
  speakers: { name: string; claims: number; articles: number }[];
  quotedPeopleByGender: { female: number; male: number; unknown: number; method: string };
}
interface ArticleRow {
  articleId: string;
  briefId: string;
  title: string | null;
  publishedAt: string | null;
  section: string | null;
  authors: string[];
  claims: number;
}
interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

const QUOTED = (tag: string) =>
  `"We will rebuild the harbour," Mayor Jane Smith said on Monday (${tag}).\n\n` +
  `"The damage is severe," said John Carter, the port director. Officials said, speaking on condition of anonymity, that repairs would take months.`;

const ONE_CLAIM = (tag: string) => `"Prices will fall," said Mary Jones, an economist (${tag}).`;

async function json<T>(path: string): Promise<T> {
  const res = await call(path);
  expect(res.status, `${path}: ${await res.clone().text()}`).toBe(200);
  return (await res.json()) as T;
}

/** Poll `read` until `done` holds (the queue consumer runs in the background), up to 15 s. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  let value = await read();
  for (let i = 0; i < 75 && !done(value); i++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read();
  }
  expect(done(value), JSON.stringify(value)).toBe(true);
  return value;
}

const summaryOf = (section: string) => json<Summary>(`/v1/desk/summary?section=${encodeURIComponent(section)}`);
const articlesOf = (query: string) => json<Page<ArticleRow>>(`/v1/desk/articles?${query}`);

/** A D1 binding whose every write and read fails. */
const brokenD1 = {
  prepare: (sql: string) => env.DESK.prepare(sql),
  batch: () => Promise.reject(new Error('D1 is down')),
  exec: () => Promise.reject(new Error('D1 is down')),
} as unknown as D1Database;

function standardPublish(id: string, text: string, data: Record<string, unknown>) {
  return standardDraft('article.published', { id, title: 'Harbour storm', text, ...data });
}

describe('the desk is fed by webhook deliveries', () => {
  it('records a Standard Webhooks article with its metadata', async () => {
    const section = `s-${crypto.randomUUID()}`;
    const id = `std-${crypto.randomUUID()}`;
    const draft = standardPublish(id, QUOTED(id), {
      publishedAt: '2026-11-03T09:30:00+01:00',
      authors: ['Ana Ruiz', { name: 'Bo Lee' }],
      section,
    });
    expect((await deliver(standard, draft)).status).toBe(200);
    const page = await articlesOf(`section=${section}`);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      articleId: id,
      publishedAt: '2026-11-03T08:30:00.000Z',
      authors: ['Ana Ruiz', 'Bo Lee'],
      section,
    });
    const summary = await summaryOf(section);
    expect(summary.articles).toBe(1);
    expect(summary.claims).toBeGreaterThanOrEqual(2);
    expect(summary.speakers.map((s) => s.name)).toEqual(expect.arrayContaining(['Jane Smith', 'John Carter']));
    expect(summary.quotedPeopleByGender.female + summary.quotedPeopleByGender.male).toBeGreaterThanOrEqual(2);
    expect(summary.quotedPeopleByGender.method).toMatch(/never guessed/);
  });

  it('records a Ghost post with published_at, authors and primary_tag', async () => {
    const section = `tag-${crypto.randomUUID()}`;
    const id = `gho-${crypto.randomUUID()}`;
    const post = ghostPost(
      id,
      { title: 'Harbour storm', text: QUOTED(id) },
      {
        published_at: '2026-10-30T12:00:00.000Z',
        authors: [{ id: '1', name: 'Ana Ruiz' }],
        primary_tag: { id: 't', name: section },
      },
    );
    const draft = {
      body: JSON.stringify({ post: { current: post, previous: {} } }),
      headers: { 'content-type': 'application/json' },
    };
    expect((await deliver(ghost, draft)).status).toBe(200);
    const page = await articlesOf(`section=${section}`);
    expect(page.items[0]).toMatchObject({
      articleId: id,
      publishedAt: '2026-10-30T12:00:00.000Z',
      authors: ['Ana Ruiz'],
    });
  });

  it('still answers 200 and stores the brief when D1 fails; the queued retry catches the desk up', async () => {
    const section = `down-${crypto.randomUUID()}`;
    const id = `std-${crypto.randomUUID()}`;
    const res = await deliver(standard, standardPublish(id, QUOTED(id), { section, authors: ['Ana Ruiz'] }), {
      env: { DESK: brokenD1 },
    });
    expect(res.status).toBe(200);
    expect((await getArticle('standard', id)).status).toBe(200);
    // No re-publish: the retry went on the queue, whose consumer (with D1 back) syncs the article.
    const page = await eventually(
      () => articlesOf(`section=${section}`),
      (p) => p.items.length === 1,
    );
    expect(page.items[0]).toMatchObject({ articleId: id, authors: ['Ana Ruiz'], section });
  });

  it('removes a deleted article through the queued retry when D1 fails at the delete', async () => {
    const section = `gone-${crypto.randomUUID()}`;
    const id = `std-${crypto.randomUUID()}`;
    await deliver(standard, standardPublish(id, QUOTED(id), { section }));
    expect((await summaryOf(section)).articles).toBe(1);
    const res = await deliver(standard, standardDraft('article.deleted', { id }), { env: { DESK: brokenD1 } });
    expect(res.status).toBe(202);
    await eventually(
      () => summaryOf(section),
      (s) => s.articles === 0,
    );
  });

  it('replaces an article’s rows when it is published again', async () => {
    const section = `upd-${crypto.randomUUID()}`;
    const id = `std-${crypto.randomUUID()}`;
    await deliver(standard, standardPublish(id, QUOTED(id), { section }));
    const before = await summaryOf(section);
    await deliver(standard, standardPublish(id, ONE_CLAIM(id), { section }));
    const after = await summaryOf(section);
    expect(before.claims).toBeGreaterThan(1);
    expect(after.articles).toBe(1);
    expect(after.claims).toBe(1);
    expect(after.speakers).toEqual([expect.objectContaining({ name: 'Mary Jones', claims: 1, articles: 1 })]);
  });

  it('removes an article’s rows when it is deleted', async () => {
    const section = `del-${crypto.randomUUID()}`;
    const id = `std-${crypto.randomUUID()}`;
    await deliver(standard, standardPublish(id, QUOTED(id), { section }));
    expect((await summaryOf(section)).articles).toBe(1);
    expect((await deliver(standard, standardDraft('article.deleted', { id }))).status).toBe(202);
    const after = await summaryOf(section);
    expect(after.articles).toBe(0);
    expect(after.speakers).toEqual([]);
  });
});

describe('/v1/desk filters and paging', () => {
  async function seed(source: string, section: string) {
    const days = ['2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26', '2026-02-02'];
    for (const [i, day] of days.entries()) {
      await briefArticle(
        env,
        { origin: 'batch', source, id: `a${i}` },
        {
          title: `Article ${i}`,
          text: i % 2 ? QUOTED(`${source}-${i}`) : ONE_CLAIM(`${source}-${i}`),
          publishedAt: `${day}T10:00:00Z`,
          authors: [i % 2 ? 'Ana Ruiz' : 'Bo Lee'],
          section,
        },
      );
    }
  }

  it('filters by source, author and inclusive day range', async () => {
    const source = `t${crypto.randomUUID().slice(0, 8)}`;
    const section = `f-${crypto.randomUUID()}`;
    await seed(source, section);
    expect((await json<Summary>(`/v1/desk/summary?source=${source}`)).articles).toBe(5);
    expect((await json<Summary>(`/v1/desk/summary?source=${source}&author=ana%20ruiz`)).articles).toBe(2);
    const ranged = await json<Summary>(`/v1/desk/summary?source=${source}&from=2026-01-12&to=2026-01-26`);
    expect(ranged.articles).toBe(3);
    const page = await articlesOf(`source=${source}&author=Bo%20Lee&sort=date&order=asc`);
    expect(page.items.map((r) => r.articleId)).toEqual(['a0', 'a2', 'a4']);
  });

  it('pages articles and speakers by cursor, every row once', async () => {
    const source = `t${crypto.randomUUID().slice(0, 8)}`;
    await seed(source, `p-${crypto.randomUUID()}`);
    const seen: string[] = [];
    let cursor: string | null = '';
    let pages = 0;
    while (cursor !== null) {
      const page: Page<ArticleRow> = await articlesOf(`source=${source}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((r) => r.articleId));
      cursor = page.nextCursor;
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(['a4', 'a3', 'a2', 'a1', 'a0']);

    const first = await json<Page<{ name: string; articleIds: { articleId: string }[] }>>(
      `/v1/desk/speakers?source=${source}&limit=1`,
    );
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).not.toBeNull();
    const rest = await json<Page<{ name: string }>>(
      `/v1/desk/speakers?source=${source}&limit=50&cursor=${first.nextCursor}`,
    );
    expect(rest.items.map((s) => s.name)).not.toContain(first.items[0].name);
    expect(first.items.length + rest.items.length).toBeGreaterThanOrEqual(3);
  });

  it('refuses a bad date or cursor with 422 problem+json', async () => {
    for (const path of [
      '/v1/desk/summary?from=yesterday',
      '/v1/desk/articles?cursor=nope',
      '/v1/desk/articles?limit=0',
    ]) {
      const res = await call(path);
      expect(res.status, path).toBe(422);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('answers 503 problem+json when D1 cannot be read', async () => {
    const res = await call('/v1/desk/summary', undefined, { DESK: brokenD1 });
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('is behind API_TOKEN like the rest of /v1', async () => {
    expect((await call('/v1/desk/summary', undefined, { API_TOKEN: 'secret' })).status).toBe(401);
    const ok = await call('/v1/desk/summary', { headers: { authorization: 'Bearer secret' } }, { API_TOKEN: 'secret' });
    expect(ok.status).toBe(200);
  });
});

describe('the speaker and cited filters (the top tables link to their articles)', () => {
  /** Three articles: two quote Jane Smith and John Carter (and anonymous officials), one Mary Jones. */
  async function seed(source: string) {
    for (const [i, text] of [QUOTED(`${source}-0`), ONE_CLAIM(`${source}-1`), QUOTED(`${source}-2`)].entries()) {
      await briefArticle(
        env,
        { origin: 'batch', source, id: `n${i}` },
        { title: `Story ${i}`, text, publishedAt: `2026-04-0${i + 1}T10:00:00Z`, section: 'Metro' },
      );
    }
  }

  it('narrows articles, CSV and figures to the articles quoting a speaker, case-folded', async () => {
    const source = `n${crypto.randomUUID().slice(0, 8)}`;
    await seed(source);
    const page = await articlesOf(`source=${source}&speaker=${encodeURIComponent('  jane   SMITH ')}&order=asc`);
    expect(page.items.map((r) => r.articleId)).toEqual(['n0', 'n2']);
    const summary = await json<Summary>(`/v1/desk/summary?source=${source}&speaker=Mary%20Jones`);
    expect(summary.articles).toBe(1);
    expect(summary.claims).toBe(1);
    expect(summary.speakers).toEqual([expect.objectContaining({ name: 'Mary Jones', claims: 1, articles: 1 })]);
    // The other speakers of the articles quoting Jane Smith come with them; Mary Jones does not.
    const quoting = await json<Summary>(`/v1/desk/summary?source=${source}&speaker=jane%20smith`);
    expect(quoting.articles).toBe(2);
    expect(quoting.speakers.map((s) => s.name).sort()).toEqual(expect.arrayContaining(['Jane Smith', 'John Carter']));
    expect(quoting.speakers.map((s) => s.name)).not.toContain('Mary Jones');
    const csv = await (await call(`/v1/desk/articles?format=csv&source=${source}&speaker=Mary%20Jones`)).text();
    expect(csv).toContain(`${source},n1,`);
    expect(csv).not.toContain(`${source},n0,`);
    expect((await json<Summary>(`/v1/desk/summary?source=${source}&speaker=nobody%20at%20all`)).articles).toBe(0);
  });

  it('narrows to the articles citing a source, and the page links each top speaker and source there', async () => {
    const source = `n${crypto.randomUUID().slice(0, 8)}`;
    await seed(source);
    const all = await json<Summary & { sources: { name: string; articles: number }[] }>(
      `/v1/desk/summary?source=${source}`,
    );
    const cited = all.sources.find((s) => s.articles === 2);
    expect(cited, JSON.stringify(all.sources)).toBeDefined();
    const page = await articlesOf(`source=${source}&cited=${encodeURIComponent(cited!.name.toUpperCase())}&order=asc`);
    expect(page.items.map((r) => r.articleId)).toEqual(['n0', 'n2']);
    expect(
      (await json<Summary>(`/v1/desk/summary?source=${source}&cited=${encodeURIComponent(cited!.name)}`)).articles,
    ).toBe(2);

    const html = await (await call(`/desk?source=${source}`)).text();
    expect(html).toContain(`<a href="/desk?source=${source}&amp;speaker=Jane+Smith"`);
    expect(html).toContain(
      `<a href="/desk?source=${source}&amp;cited=${encodeURIComponent(cited!.name).replace(/%20/g, '+')}"`,
    );
    const narrowed = await call(`/desk?source=${source}&speaker=Mary+Jones`);
    expect(narrowed.status).toBe(200);
    const text = await narrowed.text();
    expect(text).toMatch(/<dt>Articles<\/dt><dd><strong>1<\/strong>/);
    expect(text).toContain('Latest articles quoting Mary Jones');
    expect(text).toContain('name="speaker" value="Mary Jones"');
    expect(text).toContain(`format=csv&amp;source=${source}&amp;speaker=Mary+Jones`);
    expect(text).not.toContain('Story 0');
  });
});

describe('desk:rebuild', () => {
  it('rebuilds the desk from KV: lost articles back with their metadata, unindexed ones removed', async () => {
    const source = `r${crypto.randomUUID().slice(0, 8)}`;
    const meta = { publishedAt: '2026-03-02T10:00:00Z', authors: ['Ana Ruiz'], section: `rb-${source}` };
    await briefArticle(env, { origin: 'batch', source, id: 'kept' }, { title: 'Kept', text: QUOTED(source), ...meta });
    // The desk loses the article (as if its write never happened) and holds one KV never had.
    await new DeskStore(env.DESK).remove(source, 'kept');
    await new DeskStore(env.DESK).record(
      deskRows(
        source,
        'stray',
        (await briefArticle(env, { origin: 'batch', source, id: 'tmp' }, { text: ONE_CLAIM(source) })).brief,
        {},
        new Date(),
      ),
    );
    expect((await json<Summary>(`/v1/desk/summary?source=${source}`)).articles).toBe(2); // tmp and stray

    const report = await rebuildDesk(env);
    expect(report.removed).toBeGreaterThanOrEqual(1);
    const page = await articlesOf(`source=${source}&sort=date&order=asc`);
    expect(page.items.map((r) => r.articleId).sort()).toEqual(['kept', 'tmp']);
    expect(page.items.find((r) => r.articleId === 'kept')).toMatchObject({
      publishedAt: '2026-03-02T10:00:00.000Z',
      authors: ['Ana Ruiz'],
      section: meta.section,
    });
  });
});

describe('/v1/desk/articles as CSV', () => {
  it('escapes quotes, commas and newlines in titles, and defuses spreadsheet formulas', async () => {
    const source = `t${crypto.randomUUID().slice(0, 8)}`;
    await briefArticle(
      env,
      { origin: 'batch', source, id: 'q1' },
      { title: 'He said "no", then\nleft', text: ONE_CLAIM(source) },
    );
    await briefArticle(
      env,
      { origin: 'batch', source, id: 'q2' },
      { title: '=HYPERLINK("x")', text: ONE_CLAIM(`${source}-2`) },
    );
    for (const init of [{ headers: { accept: 'text/csv' } }, undefined]) {
      const res = await call(`/v1/desk/articles?source=${source}${init ? '' : '&format=csv'}`, init);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/csv');
      const text = await res.text();
      const [header] = text.split('\r\n');
      expect(header.split(',')).toEqual(expect.arrayContaining(['source', 'articleId', 'title', 'claims']));
      expect(text).toContain(`${source},q1,`);
      expect(text).toContain('"He said ""no"", then\nleft"');
      expect(text).toContain(`"'=HYPERLINK(""x"")"`);
    }
  });
});

describe('the desk is fed by batches', () => {
  it('records batch items with publishedAt, authors and section once the queue has briefed them', async () => {
    const source = `b${crypto.randomUUID().slice(0, 8)}`;
    const res = await call('/v1/batches', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        source,
        articles: [
          {
            id: 'x1',
            title: 'One',
            text: QUOTED(source),
            publishedAt: '2026-09-01',
            authors: ['Ana Ruiz'],
            section: 'Metro',
          },
          { id: 'x2', title: 'Two', text: ONE_CLAIM(source) },
        ],
      }),
    });
    expect(res.status).toBe(202);
    let page: Page<ArticleRow> = { items: [], nextCursor: null };
    for (let i = 0; i < 100 && page.items.length < 2; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      page = await articlesOf(`source=${source}&sort=date&order=asc`);
    }
    expect(page.items.map((r) => r.articleId).sort()).toEqual(['x1', 'x2']);
    const x1 = page.items.find((r) => r.articleId === 'x1');
    expect(x1).toMatchObject({ publishedAt: '2026-09-01T00:00:00.000Z', authors: ['Ana Ruiz'], section: 'Metro' });
    expect(page.items.find((r) => r.articleId === 'x2')).toMatchObject({
      publishedAt: null,
      authors: [],
      section: null,
    });
  });
});

describe('the /desk page', () => {
  it('renders the figures, trends and tables on the server, filtered by a GET form, under the page CSP', async () => {
    const source = `p${crypto.randomUUID().slice(0, 8)}`;
    await briefArticle(
      env,
      { origin: 'batch', source, id: 'd1' },
      {
        title: 'Harbour <storm>',
        text: QUOTED(source),
        publishedAt: '2026-05-04T10:00:00Z',
        section: 'Metro',
      },
    );
    const res = await call(`/desk?source=${source}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const page = await res.text();
    expect(page).toContain('<form class="card" method="get" action="/desk"');
    expect(page).toContain(`value="${source}"`);
    expect(page).toMatch(/<dt>Articles<\/dt><dd><strong>1<\/strong>/);
    expect(page).toContain('<svg');
    expect(page).toContain('Jane Smith');
    expect(page).toContain('Harbour &lt;storm&gt;'); // escaped, never markup
    expect(page).not.toContain('<script');
    expect(page).not.toContain('style=');

    // The form sends every field, the empty ones too: no filter, not a bad date.
    const submitted = await call(`/desk?source=${source}&author=&section=&from=&to=`);
    expect(submitted.status).toBe(200);
    expect(await submitted.text()).toMatch(/<dt>Articles<\/dt><dd><strong>1<\/strong>/);
  });

  it('is refused without the token when API_TOKEN is set', async () => {
    const res = await call('/desk', undefined, { API_TOKEN: 'secret' });
    expect(res.status).toBe(401);
    expect(await res.text()).not.toContain('<svg');
  });
});
