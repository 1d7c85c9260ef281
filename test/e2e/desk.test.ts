/**
 * The sourcing desk in a real browser: 60 PolNeAR dev articles are backfilled through the batch API
 * with metadata (published time, authors, section) into the real `npm start` server (workerd, local
 * queue, local KV, local D1), then `/desk` is opened in Debian's Chromium. Its figures must be the
 * ones the stored briefs themselves add up to, and its filters by section and author, and a top
 * speaker's link, must narrow them the same way; an article's link opens its brief as a page. Screenshots at 1280 and 390 px go to test-artifacts/.
 *
 * Chromium: /usr/bin/chromium (`apt-get install chromium`; .ci/run does it), or CHROMIUM_PATH.
 * Port: E2E_DESK_PORT, default 8842.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { Brief } from '../../src/schema/brief';
import { SHARED } from '../../scripts/eval/shared';
import { skipWithoutSharedData } from '../shared-data';
import { launchChromium, skipWithoutChromium } from './browser';
import { startServer, type RunningServer } from './server';

const noBrowser = skipWithoutChromium('the desk page test in Chromium');
const noData = skipWithoutSharedData('the desk page test (60 PolNeAR dev articles)');

const PORT = Number(process.env.E2E_DESK_PORT ?? 8842);
const TOKEN = 'e2e-desk-token';
const SOURCE = 'desk-e2e';
const ARTIFACTS = new URL('../../test-artifacts/', import.meta.url);
const SECTIONS = ['Politics', 'World', 'Business'] as const;
const AUTHORS = ['Ada Byline', 'Ben Reporter', 'Cleo Writer', 'Dev Stringer'] as const;

interface DeskItem {
  id: string;
  title: string;
  text: string;
  publishedAt: string;
  authors: string[];
  section: string;
}

/** 60 real articles with made-up metadata spread over eight weeks, two authors on every fifth. */
const items: DeskItem[] = (noData ? '' : readFileSync(new URL('eval/polnear/dev.jsonl', SHARED), 'utf8'))
  .split('\n')
  .filter((line) => line.trim())
  .slice(0, 60)
  .map((line, i) => {
    const { id, title, text } = JSON.parse(line) as { id: string; title: string; text: string };
    const day = new Date(Date.UTC(2026, 8, 1) + i * 24 * 3600 * 1000);
    const authors = i % 5 === 0 ? [AUTHORS[i % 4], AUTHORS[(i + 1) % 4]] : [AUTHORS[i % 4]];
    return { id, title, text, publishedAt: day.toISOString(), authors, section: SECTIONS[i % 3] };
  });

interface Figures {
  articles: number;
  words: number;
  claims: number;
  anonymousClaims: number;
  articlesWithAnonymousSourcing: number;
  singleSourceArticles: number;
  authorVoiceCaveats: number;
}

/** What the desk must say for some of the articles, added up from their stored briefs. */
function expectedFigures(briefs: Brief[]): Figures {
  const f: Figures = {
    articles: briefs.length,
    words: 0,
    claims: 0,
    anonymousClaims: 0,
    articlesWithAnonymousSourcing: 0,
    singleSourceArticles: 0,
    authorVoiceCaveats: 0,
  };
  for (const b of briefs) {
    const anonymous = b.claims.filter((c) => c.speaker?.anonymous).length;
    f.words += b.stats.words;
    f.claims += b.claims.length;
    f.anonymousClaims += anonymous;
    if (anonymous > 0) f.articlesWithAnonymousSourcing += 1;
    if (b.caveats.some((c) => c.kind === 'single-source')) f.singleSourceArticles += 1;
    f.authorVoiceCaveats += b.caveats.filter((c) => c.voice === 'author').length;
  }
  return f;
}

/** The figures as the page shows them (the bold number of each labelled figure). */
async function pageFigures(page: Page): Promise<Figures> {
  const pairs = await page.$$eval('dl.figures > div', (divs) =>
    divs.map((d) => [d.querySelector('dt')?.textContent ?? '', d.querySelector('dd strong')?.textContent ?? '']),
  );
  const shown = new Map(pairs.map(([label, value]) => [label.trim(), Number(value.replace(/,/g, ''))]));
  return {
    articles: shown.get('Articles')!,
    words: shown.get('Words')!,
    claims: shown.get('Claims')!,
    anonymousClaims: shown.get('Anonymous claims')!,
    articlesWithAnonymousSourcing: shown.get('Articles with anonymous sourcing')!,
    singleSourceArticles: shown.get('Single-source articles')!,
    authorVoiceCaveats: shown.get('Author-voice caveats')!,
  };
}

/** The browser globals the test reads (the project compiles without the DOM library). */
interface PageGlobals {
  document: { documentElement: { scrollWidth: number; clientWidth: number } };
}

const auth = { authorization: `Bearer ${TOKEN}` };
let server: RunningServer;
let browser: Browser;
const briefs = new Map<string, Brief>();

beforeAll(async () => {
  if (noBrowser || noData) return;
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startServer({ port: PORT, vars: { API_TOKEN: TOKEN, BATCH_STALL_SECONDS: '5' } });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function backfill(): Promise<void> {
  const locations: string[] = [];
  for (let i = 0; i < items.length; i += 20) {
    const res = await fetch(`${server.url}/v1/batches`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ source: SOURCE, articles: items.slice(i, i + 20) }),
    });
    expect(res.status, await res.clone().text()).toBe(202);
    locations.push(res.headers.get('location')!);
  }
  for (const location of locations) {
    for (let attempt = 0; ; attempt++) {
      const p = (await (await fetch(`${server.url}${location}`, { headers: auth })).json()) as {
        status: string;
        failed: number;
      };
      if (p.status === 'completed') {
        expect(p.failed).toBe(0);
        break;
      }
      expect(attempt, `batch ${location} still ${p.status}:\n${server.output().slice(-2000)}`).toBeLessThan(600);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  for (const item of items) {
    const res = await fetch(`${server.url}/v1/articles/${SOURCE}/${encodeURIComponent(item.id)}`, { headers: auth });
    expect(res.status, item.id).toBe(200);
    briefs.set(item.id, Brief.parse(await res.json()));
  }
}

/** The desk page: API_TOKEN is set, so the browser signs in once with the form and keeps the session cookie. */
async function openDesk(page: Page): Promise<void> {
  await page.goto(`${server.url}/desk`);
  expect(await page.locator('dl.figures').count()).toBe(0); // nothing of the desk before signing in
  await page.locator('input[name="token"]').fill(TOKEN);
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Sign in' }).click()]);
  await page.locator('dl.figures').waitFor();
}

const briefsWhere = (keep: (item: DeskItem) => boolean) => items.filter(keep).map((item) => briefs.get(item.id)!);

describe.skipIf(noBrowser || noData)('the sourcing desk in Chromium', () => {
  it('shows the figures the 60 stored briefs add up to, filters by section, author and speaker, and links each article to its brief', async () => {
    await backfill();
    const all = expectedFigures([...briefs.values()]);
    expect(all.articles).toBe(60);
    expect(all.claims, 'the briefs have claims to count').toBeGreaterThan(60);

    // The JSON API says the same as the briefs.
    const api = (await (
      await fetch(`${server.url}/v1/desk/summary?source=${SOURCE}`, { headers: auth })
    ).json()) as Figures;
    expect(api).toMatchObject(all);

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    await openDesk(page); // the sign-in form answers 401 before the listeners start
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
    });
    expect(await pageFigures(page)).toEqual(all);
    // Eight weeks of articles: a bar per week in each chart.
    expect(await page.locator('svg[aria-label="Claims per week"] rect').count()).toBeGreaterThanOrEqual(8);
    await page.screenshot({ path: new URL('desk-1280.png', ARTIFACTS).pathname, fullPage: true });

    // Filter by section with the plain GET form.
    await page.getByRole('textbox', { name: 'Section' }).fill('World');
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Filter' }).click()]);
    expect(new URL(page.url()).searchParams.get('section')).toBe('World');
    expect(await pageFigures(page)).toEqual(expectedFigures(briefsWhere((i) => i.section === 'World')));

    // Then by author as well (an article with two authors counts for each).
    await page.getByRole('textbox', { name: 'Author' }).fill('Ben Reporter');
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Filter' }).click()]);
    const both = briefsWhere((i) => i.section === 'World' && i.authors.includes('Ben Reporter'));
    expect(both.length).toBeGreaterThan(0);
    expect(await pageFigures(page)).toEqual(expectedFigures(both));

    // A top speaker links to the desk narrowed to the articles quoting them (the other filters kept).
    const speakerLink = page.locator('section[aria-labelledby="speakers"] tbody a').first();
    const speaker = ((await speakerLink.textContent()) ?? '').trim();
    await Promise.all([page.waitForNavigation(), speakerLink.click()]);
    expect(new URL(page.url()).searchParams.get('speaker')).toBe(speaker);
    expect(new URL(page.url()).searchParams.get('section')).toBe('World');
    const key = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();
    const quoting = both.filter((b) => b.claims.some((c) => c.speaker && key(c.speaker.name) === key(speaker)));
    expect(quoting.length).toBeGreaterThan(0);
    expect(await pageFigures(page)).toEqual(expectedFigures(quoting));
    expect(await page.locator('section[aria-labelledby="articles"] tbody tr').count()).toBe(quoting.length);

    // Each article in the list links to its stored brief: a page in the browser, JSON for a script.
    const first = page.locator('section[aria-labelledby="articles"] tbody a').first();
    const title = (await first.textContent())?.trim();
    const href = (await first.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/brief\//);
    const linked = await page.request.get(`${server.url}${href}`);
    expect(linked.status()).toBe(200);
    expect(((await linked.json()) as Brief).title).toBe(title);
    await Promise.all([page.waitForNavigation(), first.click()]);
    expect(await page.locator('#result-title').textContent()).toBe(title);
    const groups = (await page.locator('.panel h4').allTextContents()).map(key);
    expect(
      groups.some((g) => g.startsWith(key(speaker))),
      groups.join(' | '),
    ).toBe(true);
    expect(await page.getByText('text is not kept').count()).toBe(1);
    await page.screenshot({ path: new URL('desk-brief-1280.png', ARTIFACTS).pathname, fullPage: true });
    expect(problems).toEqual([]);

    // A phone: the page fits its width.
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const small = await phone.newPage();
    await openDesk(small);
    const overflow = await small.evaluate(() => {
      const { documentElement: root } = (globalThis as unknown as PageGlobals).document;
      return root.scrollWidth - root.clientWidth;
    });
    await small.screenshot({ path: new URL('desk-390.png', ARTIFACTS).pathname, fullPage: true });
    expect(overflow, 'no sideways scrolling at 390 px').toBeLessThanOrEqual(0);
    // Signing out ends the session: the desk asks for the token again.
    await Promise.all([small.waitForNavigation(), small.getByRole('button', { name: 'Sign out' }).click()]);
    await small.goto(`${server.url}/desk`);
    expect(await small.locator('input[name="token"]').count()).toBe(1);
    expect(await small.locator('dl.figures').count()).toBe(0);
    await phone.close();
    await context.close();
  }, 300_000);
});
