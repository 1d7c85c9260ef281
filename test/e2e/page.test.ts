/**
 * The form page in a real browser: Debian's Chromium driven by playwright-core, against the Worker
 * started as the README says (test/e2e/server.ts). Our wire fixture (test/fixtures/articles.ts) is pasted and submitted with
 * JavaScript (rendered in place from the JSON API) and without it (a plain form POST); a hostile
 * article must come back as text and run nothing. Screenshots go to test-artifacts/.
 *
 * Chromium: /usr/bin/chromium (`apt-get install chromium`; .ci/run does it), or CHROMIUM_PATH.
 * Port: E2E_PAGE_PORT, default 8820.
 */
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { WIRE } from '../fixtures/articles';
import { launchChromium, skipWithoutChromium } from './browser';
import { startServer, type RunningServer } from './server';

const noBrowser = skipWithoutChromium('the form page test in Chromium');

const ARTICLE = WIRE;
const [ARTICLE_TITLE] = WIRE.split('\n');
const HOSTILE = [
  'Officials said <script>window.__pwned = "script"; alert("script")</script> was found in the post.',
  '',
  'A picture <img src=x onerror="window.__pwned = \'img\'; alert(\'img\')"> followed, and "<b>bold</b>" text too.',
].join('\n');
const ARTIFACTS = new URL('../../test-artifacts/', import.meta.url);
const PORT = Number(process.env.E2E_PAGE_PORT ?? 8820);

/** The few browser globals the tests read (the project compiles without the DOM library). */
interface BrowserGlobals {
  navigator: { clipboard: { readText(): Promise<string> } };
  document: { documentElement: { scrollWidth: number; clientWidth: number } };
  __pwned?: string;
  scrollY: number;
  innerHeight: number;
  scrollTo(x: number, y: number): void;
}

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  if (noBrowser) return;
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startServer({ port: PORT });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A page that records everything that would mean the page misbehaved. */
async function openPage(context: BrowserContext) {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('dialog', async (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on('requestfailed', (request) => problems.push(`requestfailed: ${request.url()}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(server.url) && !request.url().startsWith('data:'))
      problems.push(`off-origin request: ${request.url()}`);
  });
  await page.goto(`${server.url}/`);
  return { page, problems };
}

async function submit(page: Page, title: string, text: string) {
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Article', { exact: true }).fill(text);
  await page.getByRole('button', { name: 'Brief this article' }).click();
  await page.locator('#result .article').waitFor();
}

/** Each highlighted item's full text (its marks' fragments joined), keyed `kind:id`. */
async function markedItems(page: Page): Promise<Map<string, string>> {
  const pairs = await page.$$eval('#result .article mark', (marks) =>
    marks.map(
      (m) => [`${m.getAttribute('data-kind')}:${m.getAttribute('data-id')}`, m.textContent ?? ''] as [string, string],
    ),
  );
  const items = new Map<string, string>();
  for (const [key, text] of pairs) items.set(key, (items.get(key) ?? '') + text);
  return items;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').replace(/[‘’]/g, "'").trim();

/** What the wire fixture's result must show, with JavaScript or without. Soft: the engine's findings are reported
 * together and the page checks after them still run. */
async function expectArticleBrief(page: Page) {
  const items = await markedItems(page);
  const caveats = [...items].filter(([key]) => key.startsWith('caveat:')).map(([, text]) => norm(text));
  expect
    .soft(
      caveats.some((t) => t.includes('distinction without meaning')),
      `caveats marked: ${JSON.stringify(caveats)}`,
    )
    .toBe(true);
  const claims = [...items.keys()].filter((key) => key.startsWith('claim:'));
  expect.soft(claims.length, 'claims marked in the text').toBeGreaterThan(0);

  const actors = (await page.locator('#result [data-ref^="actor:"]').allTextContents()).map(norm);
  expect.soft(actors, 'actors listed').toContain('Viktor Marenko');
  const sources = (await page.locator('#result [data-ref^="source:"]').allTextContents()).map(norm);
  expect.soft(sources, 'sources listed').toContain('Reuters');

  // The article is shown whole: the text the offsets point into, nothing added or lost.
  expect(norm((await page.locator('#result .article').textContent()) ?? '')).toBe(norm(ARTICLE));
}

describe.skipIf(noBrowser)('the form page in Chromium', () => {
  let jsBriefId = '';

  it('with JavaScript: shows a busy state, then renders the brief in place', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, problems } = await openPage(context);
    // Hold the API answer back long enough to see the busy state.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/v1/briefs?*', async (route) => {
      await held;
      await route.continue();
    });
    await page.getByLabel('Title').fill(ARTICLE_TITLE);
    await page.getByLabel('Article', { exact: true }).fill(ARTICLE);
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => navigations.push(frame.url()));
    await page.getByRole('button', { name: 'Brief this article' }).click();
    await expect.poll(() => page.locator('#brief-form').getAttribute('aria-busy')).toBe('true');
    expect(await page.locator('button[type=submit]').isDisabled()).toBe(true);
    expect(await page.locator('#status').textContent()).toMatch(/Analysing/);
    release();
    await page.locator('#result .article').waitFor();
    expect(await page.locator('#brief-form').getAttribute('aria-busy')).toBe('false');
    expect(navigations, 'rendered in place, no page load').toEqual([]);
    expect(await page.locator('#status').textContent()).toMatch(/^Brief ready/);

    await expectArticleBrief(page);
    jsBriefId = (await page.locator('#result').getAttribute('data-brief-id')) ?? '';
    expect(jsBriefId).toMatch(/^[0-9a-f]{64}$/);

    // Hovering a list entry lights its spans; focusing a span lights its list entry.
    const firstCaveat = page.locator('#result [data-ref^="caveat:"]').first();
    const caveatKey = (await firstCaveat.getAttribute('data-ref'))!;
    await firstCaveat.hover();
    const [kind, id] = caveatKey.split(':');
    expect(await page.locator(`.article mark.lit[data-kind="${kind}"][data-id="${id}"]`).count()).toBeGreaterThan(0);
    const focusable = page.locator('.article mark[tabindex="0"]').last();
    await page.mouse.move(0, 0);
    await focusable.focus();
    const focusedKey = `${await focusable.getAttribute('data-kind')}:${await focusable.getAttribute('data-id')}`;
    await expect.poll(() => page.locator(`[data-ref="${focusedKey}"].lit`).count()).toBe(1);

    // Copy the JSON.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await page.getByRole('button', { name: 'Copy JSON' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/copied/);
    const copied = JSON.parse(
      await page.evaluate(() => (globalThis as unknown as BrowserGlobals).navigator.clipboard.readText()),
    );
    expect(copied.id).toBe(jsBriefId);
    expect(copied.text).toBeUndefined();

    // Download the Markdown.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download Markdown' }).click(),
    ]);
    const markdown = await readFile((await download.path())!, 'utf8');
    expect(markdown.startsWith(`# Brief: ${ARTICLE_TITLE}\n`)).toBe(true);
    expect(markdown).toContain('## Caveats');

    await page.mouse.move(0, 0);
    await page.locator('#result .brief').evaluate((el) => el.scrollTo(0, 0));
    await page.screenshot({ path: new URL('page-js.png', ARTIFACTS).pathname, fullPage: true });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('without JavaScript: the form posts and the page comes back with the same brief', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const { page, problems } = await openPage(context);
    await submit(page, ARTICLE_TITLE, ARTICLE);
    expect(new URL(page.url()).pathname).toBe('/');
    await expectArticleBrief(page);
    // A textarea posts CRLF line breaks; the server restores the LF the user typed, so the brief is the same.
    expect(await page.locator('#result').getAttribute('data-brief-id')).toBe(jsBriefId);
    await page.screenshot({ path: new URL('page-nojs.png', ARTIFACTS).pathname, fullPage: true });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('reads well on a phone', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    const { page, problems } = await openPage(context);
    await submit(page, ARTICLE_TITLE, ARTICLE);
    const overflow = await page.evaluate(() => {
      const root = (globalThis as unknown as BrowserGlobals).document.documentElement;
      return root.scrollWidth - root.clientWidth;
    });
    expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
    // The article comes right after the summary, before the lists of actors, claims, sources and caveats.
    const top = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => el.getBoundingClientRect().top + (globalThis as unknown as BrowserGlobals).scrollY);
    const article = await top('#result .reading');
    expect(article).toBeGreaterThan(await top('#result .panel[aria-labelledby="h-summary"]'));
    for (const panel of await page.locator('#result .panel:not([aria-labelledby="h-summary"])').all())
      expect(
        await panel.evaluate(
          (el) => el.getBoundingClientRect().top + (globalThis as unknown as BrowserGlobals).scrollY,
        ),
      ).toBeGreaterThan(article);
    expect(article, 'the article starts within the first two screens').toBeLessThan(2 * 844);
    // A full page on a phone is too tall to look at: the result's top, and the text further down.
    await page.locator('#result').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: new URL('page-phone.png', ARTIFACTS).pathname });
    await page.locator('.article mark[data-kind="caveat"]').last().scrollIntoViewIfNeeded();
    await page.screenshot({ path: new URL('page-phone-text.png', ARTIFACTS).pathname });
    expect(problems).toEqual([]);
    await context.close();
  });

  it("brings a list entry's first mark into view on hover, and a mark's entry into its column", async () => {
    // Reduced motion: the page then scrolls at once instead of smoothly, so the checks need not wait on an animation.
    const context = await browser.newContext({ viewport: { width: 1280, height: 600 }, reducedMotion: 'reduce' });
    const { page, problems } = await openPage(context);
    await submit(page, ARTICLE_TITLE, ARTICLE);
    const inView = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => {
          const r = el.getBoundingClientRect();
          const column = el.closest('.brief')?.getBoundingClientRect();
          const top = column ? Math.max(0, column.top) : 0;
          const bottom = column
            ? Math.min(column.bottom, (globalThis as unknown as BrowserGlobals).innerHeight)
            : (globalThis as unknown as BrowserGlobals).innerHeight;
          return r.bottom > top && r.top < bottom;
        });
    // The last caveat's mark sits far down the article; its entry is near the end of the lists.
    const entry = page.locator('#result [data-ref^="caveat:"]').last();
    const key = (await entry.getAttribute('data-ref'))!;
    const [kind, id] = key.split(':');
    const mark = `#result .article mark[data-kind="${kind}"][data-id="${id}"]`;
    await page.evaluate(() => (globalThis as unknown as BrowserGlobals).scrollTo(0, 0));
    await entry.scrollIntoViewIfNeeded();
    expect(await inView(mark), 'mark off-screen before the hover').toBe(false);
    await entry.hover();
    await expect.poll(() => inView(mark), { timeout: 10_000 }).toBe(true);
    // From the other side: the first actor's entry scrolled out of its column comes back on hovering its mark.
    const actor = page.locator('#result [data-ref^="actor:"]').first();
    const [aKind, aId] = (await actor.getAttribute('data-ref'))!.split(':');
    await page.locator('#result .brief').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    const actorMark = page.locator(`#result .article mark[data-kind="${aKind}"][data-id="${aId}"]`).first();
    await actorMark.scrollIntoViewIfNeeded();
    await actorMark.hover();
    await expect.poll(() => inView(`#result [data-ref="${aKind}:${aId}"]`), { timeout: 10_000 }).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('still works with JavaScript when the API needs a token: it falls back to posting the form', async () => {
    const locked = await startServer({ port: PORT + 1, vars: { API_TOKEN: 'e2e-secret' } });
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${locked.url}/`);
      await page.getByLabel('Article', { exact: true }).fill('A storm hit the coast on Monday, officials said.');
      await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Brief this article' }).click()]);
      expect(await page.locator('#result .article').textContent()).toBe(
        'A storm hit the coast on Monday, officials said.',
      );
    } finally {
      await context.close();
      await locked.stop();
    }
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`shows a hostile article as text and runs nothing (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const context = await browser.newContext({ javaScriptEnabled });
      const { page, problems } = await openPage(context);
      await submit(page, '<img src=x onerror=alert(1)>', HOSTILE);
      const article = page.locator('#result .article');
      expect(await article.textContent()).toBe(HOSTILE);
      expect(await page.locator('#result script, #result img, #result b').count()).toBe(0);
      expect(await page.locator('#result-title').textContent()).toBe('<img src=x onerror=alert(1)>');
      if (javaScriptEnabled)
        expect(await page.evaluate(() => (globalThis as unknown as BrowserGlobals).__pwned)).toBeUndefined();
      await page.screenshot({
        path: new URL(`page-hostile-${javaScriptEnabled ? 'js' : 'nojs'}.png`, ARTIFACTS).pathname,
        fullPage: true,
      });
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
