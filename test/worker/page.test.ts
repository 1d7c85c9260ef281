/**
 * The form page: the highlighting function on a hand-written brief, the server render, the no-JS
 * form POST, escaping of everything a user types, and the page's security headers.
 */
import { describe, expect, it } from 'vitest';
import { jsx } from 'hono/jsx';
import { call, postJson } from './helpers';
import { highlight, segmentText, type MarkNode, type Segment } from '../../src/page/highlight';
import { resultView, type H } from '../../src/page/view';
import { isHtmlArticle } from '../../src/page/format';
import type { Brief } from '../../src/schema/brief';

const TEXT =
  'Kremlin fumes.\n\nDmitry Medvedev warned that “NATO specialists will be destroyed,” according to TASS. This is surely a distinction without substance.';

function at(phrase: string, from = 0): { start: number; end: number; text: string } {
  const start = TEXT.indexOf(phrase, from);
  if (start < 0) throw new Error(`fixture: ${phrase} not in text`);
  return { start, end: start + phrase.length, text: phrase };
}
const range = (phrase: string) => {
  const { start, end } = at(phrase);
  return { start, end };
};

/** A brief for TEXT as the contract describes it, written by hand (the engine is not involved). */
const BRIEF: Brief = {
  version: '1',
  engine: 'edge-brief@test',
  id: 'f'.repeat(64),
  title: 'Kremlin <b>fumes</b>',
  url: null,
  language: 'en',
  stats: { characters: TEXT.length, words: 22, sentences: 3, paragraphs: 2 },
  summary: [at('Dmitry Medvedev warned that “NATO specialists will be destroyed,” according to TASS.')],
  actors: [
    {
      id: 'a1',
      name: 'Dmitry Medvedev',
      type: 'person',
      roles: ['Security Council Deputy Chairman'],
      aliases: ['Medvedev'],
      mentions: [range('Dmitry Medvedev')],
      salience: 0.6,
    },
    { id: 'a2', name: 'NATO', type: 'organization', roles: [], aliases: [], mentions: [range('NATO')], salience: 0.2 },
    {
      id: 'a3',
      name: 'Kremlin',
      type: 'organization',
      roles: [],
      aliases: [],
      mentions: [range('Kremlin')],
      salience: 0.2,
    },
  ],
  claims: [
    {
      id: 'c1',
      ...at('NATO specialists will be destroyed,'),
      kind: 'direct',
      cue: 'warned',
      speaker: { name: 'Dmitry Medvedev', actorId: 'a1', anonymous: false },
      sourceIds: ['s1'],
    },
  ],
  sources: [{ id: 's1', name: 'TASS', type: 'news-agency', anonymous: false, mentions: [range('TASS')] }],
  caveats: [
    {
      id: 'k1',
      ...at('distinction without substance'),
      kind: 'opinion',
      voice: 'author',
      reason: 'evaluative phrase in the author’s voice',
    },
    { id: 'k2', ...at('fumes'), kind: 'loaded-language', voice: 'author', reason: 'emotive verb' },
  ],
};

const marks = (segments: Segment[]): MarkNode[] =>
  segments.flatMap((s) => (typeof s === 'string' ? [] : [s, ...marks(s.children)]));
const empty = { actors: [], claims: [], sources: [], caveats: [] };

describe('highlight (text + brief -> nested marks)', () => {
  it('keeps the text exactly, character for character', () => {
    expect(segmentText(highlight(TEXT, BRIEF))).toBe(TEXT);
    expect(highlight(TEXT, empty)).toEqual([TEXT]);
  });

  it('marks every span once with its kind and id', () => {
    const found = marks(highlight(TEXT, BRIEF)).map((m) => `${m.kind}:${m.id}:${segmentText(m.children)}`);
    expect(found.sort()).toEqual(
      [
        'actor:a1:Dmitry Medvedev',
        'actor:a2:NATO',
        'actor:a3:Kremlin',
        'claim:c1:NATO specialists will be destroyed,',
        'source:s1:TASS',
        'caveat:k1:distinction without substance',
        'caveat:k2:fumes',
      ].sort(),
    );
  });

  it('nests an actor mention inside the claim that contains it', () => {
    const claim = marks(highlight(TEXT, BRIEF)).find((m) => m.kind === 'claim')!;
    const inner = claim.children[0] as MarkNode;
    expect(inner).toMatchObject({ kind: 'actor', id: 'a2' });
    expect(segmentText(claim.children)).toBe('NATO specialists will be destroyed,');
  });

  it('puts a claim outside a caveat with the same range, and a name innermost', () => {
    const text = 'Bad idea.';
    const tree = highlight(text, {
      actors: [{ id: 'a1', mentions: [{ start: 0, end: 9 }] }],
      claims: [],
      sources: [],
      caveats: [{ id: 'k1', start: 0, end: 9 }],
    });
    expect(tree).toMatchObject([{ kind: 'caveat', children: [{ kind: 'actor', children: ['Bad idea.'] }] }]);
    const tree2 = highlight(text, {
      ...empty,
      claims: [{ id: 'c1', start: 0, end: 9 }],
      caveats: [{ id: 'k1', start: 0, end: 9 }],
    });
    expect(tree2).toMatchObject([{ kind: 'claim', children: [{ kind: 'caveat', children: ['Bad idea.'] }] }]);
  });

  it('splits only the span that crosses another, and marks its second part as a continuation', () => {
    // claim "one two three", caveat "three four": they cross at "three".
    const text = 'one two three four';
    const tree = highlight(text, {
      ...empty,
      claims: [{ id: 'c1', start: 0, end: 13 }],
      caveats: [{ id: 'k1', start: 8, end: 18 }],
    });
    expect(segmentText(tree)).toBe(text);
    expect(tree).toEqual([
      {
        kind: 'claim',
        id: 'c1',
        start: 0,
        end: 13,
        continued: false,
        anchor: true,
        children: [
          'one two ',
          { kind: 'caveat', id: 'k1', start: 8, end: 18, continued: false, anchor: true, children: ['three'] },
        ],
      },
      { kind: 'caveat', id: 'k1', start: 8, end: 18, continued: true, anchor: false, children: [' four'] },
    ]);
  });

  it('anchors only the first mention of an actor, so list links have one target', () => {
    const text = 'Medvedev said. Medvedev added.';
    const tree = highlight(text, {
      ...empty,
      actors: [
        {
          id: 'a1',
          mentions: [
            { start: 15, end: 23 },
            { start: 0, end: 8 },
            { start: 0, end: 8 },
          ],
        },
      ],
    });
    const found = marks(tree);
    expect(found.map((m) => [m.start, m.anchor])).toEqual([
      [0, true],
      [15, false],
    ]);
  });

  it('skips spans that do not fit the text instead of breaking the page', () => {
    const text = 'short';
    const tree = highlight(text, {
      ...empty,
      caveats: [
        { id: 'k1', start: 2, end: 99 },
        { id: 'k2', start: -1, end: 2 },
        { id: 'k3', start: 3, end: 3 },
        { id: 'k4', start: 4, end: 2 },
        { id: 'k5', start: 0.5, end: 2 },
      ],
    });
    expect(tree).toEqual(['short']);
  });
});

describe('format detection', () => {
  it('treats only all-markup input as HTML, so prose quoting a tag stays text', () => {
    expect(isHtmlArticle('<p>Storm hits coast.</p>', 'auto')).toBe(true);
    expect(isHtmlArticle('Officials said <script>alert(1)</script> was found.', 'auto')).toBe(false);
    expect(isHtmlArticle('Storm hits coast.', 'html')).toBe(true);
    expect(isHtmlArticle('<p>x</p>', 'text')).toBe(false);
  });
});

describe('result view, server-rendered', () => {
  const render = () => String(resultView(jsx as unknown as H<ReturnType<typeof jsx>>, BRIEF, TEXT, highlight));

  it('marks the caveat, the claim with its speaker, and lists actors, sources and caveats', () => {
    const out = render();
    expect(out).toMatch(
      /<mark data-kind="caveat" data-id="k1" id="span-caveat-k1" tabindex="0" title="Caveat, opinion \(author&#39;s voice\): [^"]*" data-label="opinion">distinction without substance<\/mark>/,
    );
    expect(out).toContain('data-kind="claim" data-id="c1"');
    expect(out).toContain('data-label="Dmitry Medvedev"');
    expect(out).toContain('<a class="ref" href="#span-actor-a1" data-ref="actor:a1">Dmitry Medvedev</a>');
    expect(out).toContain('Security Council Deputy Chairman');
    expect(out).toContain('<a class="ref" href="#span-source-s1" data-ref="source:s1">TASS</a>');
    expect(out).toContain('via TASS');
    expect(out).toContain('evaluative phrase in the author’s voice');
    expect(out).toContain(`href="/brief/${BRIEF.id}.md"`);
    // Open JSON asks for the JSON by name: /brief/{id} itself answers a browser with a page.
    expect(out).toContain(`href="/brief/${BRIEF.id}.json"`);
  });

  it('escapes names and titles from the brief', () => {
    expect(render()).toContain('Kremlin &lt;b&gt;fumes&lt;/b&gt;');
    expect(render()).not.toContain('<b>fumes');
  });
});

/** The article as the page shows it: the text of the `.article` element, marks and all. */
function articleText(page: string): string {
  const match = /<div class="article"[^>]*>(.*?)<\/div>/s.exec(page);
  if (!match) throw new Error('no article in the page');
  return match[1]
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});

describe('GET /', () => {
  it('serves a small form page that needs nothing from another origin', async () => {
    const res = await call('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const body = await res.text();
    expect(body.startsWith('<!doctype html>')).toBe(true);
    expect(body).toMatch(/<form id="brief-form"[^>]* method="post" action="\/"/);
    expect(body).toContain('<label for="text">Article</label>');
    expect(body).toMatch(/<textarea id="text" name="text"[^>]*required/);
    expect(body).toMatch(/<script src="\/app\.js\?v=[0-9a-f]{8}" defer(="")?><\/script>/);
    expect(body).not.toMatch(/https?:\/\//);
    expect(new TextEncoder().encode(body).length).toBeLessThan(4_000);
  });

  it('sends a strict Content-Security-Policy and the usual security headers', async () => {
    const res = await call('/');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBeTruthy();
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('serves its script and stylesheet, cacheable for good at the fingerprinted URL', async () => {
    const page = await (await call('/')).text();
    const scriptUrl = /src="(\/app\.js\?v=[0-9a-f]+)"/.exec(page)![1];
    const js = await call(scriptUrl);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(js.headers.get('cache-control')).toContain('immutable');
    const source = await js.text();
    expect(source).toContain('function highlight(');
    expect(source).not.toContain('innerHTML');
    const css = await call('/page.css');
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    expect(await css.text()).toContain('mark[data-kind=caveat]');
  });
});

describe('POST / (the form without JavaScript)', () => {
  it('answers with the page showing the brief and the text, the form filled in again', async () => {
    const res = await call(
      '/',
      form({ title: 'Storm hits coast', text: 'A storm hit the coast on Monday, officials said.' }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const body = await res.text();
    expect(body).toContain('<section id="result"');
    expect(body).toContain('<h2 id="result-title" tabindex="-1">Storm hits coast</h2>');
    expect(articleText(body)).toBe('A storm hit the coast on Monday, officials said.');
    expect(body).toContain('value="Storm hits coast"');
    expect(body).toContain('>\nA storm hit the coast on Monday, officials said.</textarea>');
  });

  it('accepts multipart and gives the same brief as the JSON API for the same text, CRLF or not', async () => {
    const data = new FormData();
    data.set('text', 'Line one.\r\n\r\nLine two, officials said.');
    const res = await call('/', { method: 'POST', body: data });
    expect(res.status).toBe(200);
    const id = /data-brief-id="([0-9a-f]{64})"/.exec(await res.text())?.[1];
    const api = (await (
      await postJson('/v1/briefs', { text: 'Line one.\n\nLine two, officials said.' })
    ).json()) as Brief;
    expect(id).toBe(api.id);
  });

  it('shows a hostile article and title as text, never as markup', async () => {
    const hostile = 'Officials said <script>alert("x")</script> and <img src=x onerror=alert(1)> were found.';
    const res = await call('/', form({ title: '"><script>alert(2)</script>', text: hostile }));
    const body = await res.text();
    expect(res.status).toBe(200);
    expect(body).not.toContain('<script>alert');
    expect(body).not.toContain('<img src=x');
    expect(body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(articleText(body)).toBe(hostile);
    expect(body).toContain('value="&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;"');
  });

  it('extracts the text when the paste is HTML', async () => {
    const res = await call(
      '/',
      form({
        text: '<article><h1>Storm</h1><p>A storm hit the coast, officials said.</p><script>bad()</script></article>',
      }),
    );
    const body = await res.text();
    expect(articleText(body)).toBe('Storm\n\nA storm hit the coast, officials said.');
  });

  it('answers blank text with the form and a message (422), not a problem document', async () => {
    const res = await call('/', form({ text: '   \r\n ' }));
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toMatch(
      /<p id="form-error" class="error" role="alert">Paste an article first: the text is blank\.<\/p>/,
    );
  });

  it('answers a body over the limit with the page and 413', async () => {
    const res = await call('/', form({ text: 'x'.repeat(2_000) }), { MAX_BODY_BYTES: '1000' });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('larger than the limit');
  });

  it('answers something that is not a form with the page and 415', async () => {
    const res = await call('/', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"text":"x"}',
    });
    expect(res.status).toBe(415);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('answers a file uploaded as the article with the page and 422, not a crash', async () => {
    const data = new FormData();
    data.set('text', new File(['A storm hit the coast.'], 'article.txt', { type: 'text/plain' }));
    const res = await call('/', { method: 'POST', body: data });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('The form could not be read');
  });

  it('answers an unknown format with the page and 422', async () => {
    const res = await call('/', form({ text: 'A storm.', format: 'pdf' }));
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('The form could not be read');
  });
});

describe('GET /v1/briefs/{id}.md', () => {
  it('downloads a stored brief as Markdown', async () => {
    const made = (await (
      await postJson('/v1/briefs', {
        title: 'Storm hits coast',
        text: 'A storm hit the coast on Monday, officials said.',
      })
    ).json()) as Brief;
    const res = await call(`/v1/briefs/${made.id}.md`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="brief-${made.id.slice(0, 12)}.md"`);
    expect(await res.text()).toMatch(/^# Brief: Storm hits coast\n/);
    const json = await call(`/v1/briefs/${made.id}`);
    expect(json.headers.get('content-type')).toMatch(/^application\/json/);
    await json.text();
  });

  it('is 404 for an unknown id', async () => {
    const res = await call(`/v1/briefs/${'0'.repeat(64)}.md`);
    expect(res.status).toBe(404);
    await res.text();
  });
});

describe('the page links to the brief it showed (GET /brief/{id})', () => {
  it('serve the brief and its Markdown without a token, even when the API needs one', async () => {
    const tokens = { API_TOKEN: 'sesame-0000' };
    const made = (await (
      await call(
        '/v1/briefs',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: 'Bearer sesame-0000' },
          body: JSON.stringify({ text: `A storm hit the coast, officials said. ${crypto.randomUUID()}` }),
        },
        tokens,
      )
    ).json()) as Brief;
    expect((await call(`/v1/briefs/${made.id}`, {}, tokens)).status).toBe(401);
    const json = await call(`/brief/${made.id}`, {}, tokens);
    expect(json.status).toBe(200);
    expect(((await json.json()) as Brief).id).toBe(made.id);
    const md = await call(`/brief/${made.id}.md`, {}, tokens);
    expect(md.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(await md.text()).toContain('## Summary');
    expect((await call(`/brief/${'0'.repeat(64)}`, {}, tokens)).status).toBe(404);
  });
});

describe('GET /brief/{id}: JSON for clients, a page for a browser', () => {
  const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';
  const STORY =
    '"We will rebuild the harbour," Mayor Jane Smith said on Monday. Officials said, speaking on condition of anonymity, that repairs would take months. The plan is surely a disaster.';

  async function made(url?: string): Promise<Brief> {
    const res = await postJson('/v1/briefs', {
      title: 'Harbour <storm>',
      text: `${STORY} ${crypto.randomUUID()}`,
      ...(url ? { url } : {}),
    });
    expect(res.status).toBe(200);
    return (await res.json()) as Brief;
  }

  it('keeps answering JSON, byte for byte, to no Accept, */* and application/json, with Vary: Accept', async () => {
    const brief = await made();
    const api = await (await call(`/v1/briefs/${brief.id}`)).text();
    for (const accept of [undefined, '*/*', 'application/json', 'application/json, text/html;q=0.5']) {
      const res = await call(`/brief/${brief.id}`, accept ? { headers: { accept } } : {});
      expect(res.status, accept).toBe(200);
      expect(res.headers.get('content-type'), accept).toBe('application/json');
      expect(res.headers.get('vary'), accept).toBe('Accept');
      expect(await res.text(), accept).toBe(api);
    }
    const named = await call(`/brief/${brief.id}.json`, { headers: { accept: BROWSER } });
    expect(named.headers.get('content-type')).toBe('application/json');
    expect(await named.text()).toBe(api);
  });

  it('answers a browser with the brief’s panels as a page, under the page CSP, linking to the article', async () => {
    const brief = await made('https://news.example/harbour');
    expect(brief.claims.length).toBeGreaterThan(0);
    const res = await call(`/brief/${brief.id}`, { headers: { accept: BROWSER } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('vary')).toBe('Accept');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const page = await res.text();
    expect(page.startsWith('<!doctype html>')).toBe(true);
    for (const heading of ['Summary', 'Actors', 'Claims', 'Sources', 'Caveats'])
      expect(page).toMatch(new RegExp(`<h3 id="h-${heading.toLowerCase()}">${heading} `));
    expect(page).toContain('<h4>Jane Smith</h4>');
    expect(page).toContain('“We will rebuild the harbour”');
    expect(page).toContain('Harbour &lt;storm&gt;');
    expect(page).toContain('text is not kept');
    expect(page).toContain('<a href="https://news.example/harbour" rel="noopener noreferrer">Read the article</a>');
    expect(page).toContain(`href="/brief/${brief.id}.json"`);
    expect(page).not.toContain('class="reading"');
    expect(page).not.toContain('href="#span-'); // no text to link into
    expect(page).not.toContain('<script');
    expect(page).not.toContain('style=');
  });

  it('links only a web address, and answers an unknown id with 404', async () => {
    const brief = await made('javascript:alert(1)');
    const page = await (await call(`/brief/${brief.id}`, { headers: { accept: BROWSER } })).text();
    expect(page).toContain('text is not kept');
    expect(page).not.toContain('Read the article');
    expect(page).not.toContain('href="javascript:');
    expect((await call(`/brief/${'0'.repeat(64)}`, { headers: { accept: BROWSER } })).status).toBe(404);
  });
});
