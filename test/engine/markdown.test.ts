/**
 * The Markdown brief (public at /brief/{id}.md) rendered the way a reader's tool renders it
 * (`marked`, GitHub-flavoured): whatever the article puts in a title, URL, name, claim or quote,
 * the output has its headings intact and no raw HTML, no image and no link but the article's own
 * http(s) URL (issue 12.7). And its quotation marks say who said what verbatim (issue 14.3).
 */
import fc from 'fast-check';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';
import { briefToMarkdown } from '../../src/engine/markdown';
import type { Brief } from '../../src/schema/brief';

const BASE = brief({
  title: 'Storm hits coast',
  url: 'https://news.example.org/storm',
  text: 'A storm hit the coast on Monday, officials said. “We are ready,” Mayor Ann Lee said on Telegram.\n\nReuters reported that power was cut.',
});

const HEADINGS = ['Summary', 'Actors', 'Claims', 'Sources', 'Caveats'];
const ALLOWED_TAGS = new Set(['h1', 'h2', 'p', 'em', 'strong', 'ul', 'li', 'blockquote', 'code', 'a']);

function render(b: Brief): string {
  return marked.parse(briefToMarkdown(b), { async: false, gfm: true });
}

/** Everything a renderer would do with the file that an article must not be able to make it do. */
function expectInert(html: string, title?: string | null) {
  const tags = [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1].toLowerCase());
  expect(tags.filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
  expect(html).not.toMatch(/<img/i);
  const hrefs = [...html.matchAll(/<a [^>]*href="([^"]*)"/g)].map((m) => m[1]);
  // Bare http(s) addresses in the article's text may be auto-linked by GFM: harmless. Nothing else.
  for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
  expect(html).not.toMatch(/<[^>]+\s(?:on[a-z]+|src|style)=/i);
  expect(html.match(/<h1>/g)).toHaveLength(1);
  expect([...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1])).toEqual(HEADINGS);
  if (title) expect(html).toMatch(/^<h1>Brief: /);
}

const HOSTILE = [
  'Title\n\n<script>alert(1)</script>\n# Owned\n## Claims',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '![tracker](https://evil.example/pixel.png)',
  '**bold** _em_ `code` ~~gone~~ | a | b |\n|---|---|',
  '> quoted\n> > nested\n- item\n1. first',
  '<a href="javascript:alert(1)">x</a>',
  'https://evil.example/<b>x</b>',
  '\\[escaped\\](javascript:x) &lt;b&gt; &#60;img&#62;',
  'line\u2028separator\rreturn\u0000nul',
  '<!-- comment --> <?php ?> <![CDATA[x]]>',
  '[ref]: javascript:alert(1)\n[ref]',
];

function hostile(b: Brief, s: string): Brief {
  return {
    ...b,
    title: s,
    summary: b.summary.map((x) => ({ ...x, text: s })),
    actors: b.actors.map((a) => ({ ...a, name: `${a.name} ${s}`, roles: [s], aliases: [s] })),
    claims: b.claims.map((c) => ({
      ...c,
      text: s,
      cue: s,
      speaker: c.speaker && { ...c.speaker, name: s },
    })),
    sources: b.sources.map((x) => ({ ...x, name: `${x.name} ${s}` })),
    caveats: [...b.caveats, { id: 'k99', start: 0, end: 1, text: s, kind: 'opinion', voice: 'author', reason: s }],
  };
}

describe('the Markdown brief is inert, whatever the article says (12.7)', () => {
  it('the plain brief renders with its headings and its one link', () => {
    const html = render(BASE);
    expectInert(html, BASE.title);
    expect(html).toContain('<a href="https://news.example.org/storm">');
  });

  for (const s of HOSTILE) {
    it(`every field set to ${JSON.stringify(s).slice(0, 50)}`, () => {
      const b = hostile(BASE, s);
      expectInert(render(b), b.title);
      expect(render(b)).toMatch(/^<h1>Brief: [^\n]*<\/h1>\n/);
    });
  }

  for (const url of [
    'javascript:alert(1)',
    'https://x.example/a> <img src=x onerror=alert(1)>',
    'https://x.example/a)(b)[c]"d\'e<f>g h',
    'data:text/html,<script>alert(1)</script>',
    ' JAVASCRIPT:alert(1)',
    'https://x.example/\n# Owned',
  ]) {
    it(`the URL ${JSON.stringify(url)} is percent-encoded, or not a link`, () => {
      const html = render({ ...BASE, url });
      expectInert(html);
      for (const href of [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1])) {
        expect(href).toMatch(/^https:\/\/x\.example\//);
        expect(href).not.toMatch(/[<>\s"'`]/);
      }
    });
  }

  it('holds for random strings of markup characters in every field', () => {
    const alphabet = fc.constantFrom(...'<>[]()!*_`#|~\\-+=.:/"\'“”‘’&;\n\r\t javascriptimgsrc=1'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (chars) => {
        const s = chars.join('');
        const html = render(hostile(BASE, s || 'x'));
        expectInert(html);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the Markdown brief quotes only what was said verbatim (14.3)', () => {
  const claim = (kind: 'direct' | 'indirect' | 'mixed', text: string): Brief => ({
    ...BASE,
    claims: [{ id: 'c1', start: 0, end: text.length, text, kind, cue: 'said', speaker: null, sourceIds: [] }],
  });
  const claimLine = (b: Brief) =>
    briefToMarkdown(b)
      .split('\n')
      .find((l) => l.startsWith('- **Unknown speaker**'))!;
  const marks = (line: string) => line.replace(/^[^:]*: /, '').match(/[“”"]/g) ?? [];

  it('a direct quotation is in one balanced pair, never doubled, its trailing comma dropped', () => {
    for (const text of ['“We are ready,”', '"We are ready,"', 'We are ready', '“We are ready.”']) {
      const line = claimLine(claim('direct', text));
      expect(line, text).toMatch(/: “We are ready\.?”$/);
      expect(marks(line)).toHaveLength(2);
    }
    expect(claimLine(claim('direct', '“NATO countries.”'))).not.toContain('.””');
  });

  it('an indirect (reported) claim is not in quotation marks', () => {
    const line = claimLine(claim('indirect', 'the policy had not changed'));
    expect(line).toMatch(/: the policy had not changed$/);
    expect(marks(line)).toEqual([]);
  });

  it('a mixed claim keeps the marks of its quoted words, balanced', () => {
    expect(claimLine(claim('mixed', 'the policy “has not changed.”'))).toMatch(/: the policy “has not changed\.”$/);
    expect(claimLine(claim('mixed', 'the alliance would weigh “possible strikes'))).toMatch(
      /weigh “possible strikes”$/,
    );
    expect(claimLine(claim('mixed', 'operated by servicemen.” he said'))).toMatch(
      /: “operated by servicemen\.” he said$/,
    );
  });

  it('a source is never "(anonymous, anonymous)"', () => {
    const md = briefToMarkdown({
      ...BASE,
      sources: [{ id: 's1', name: 'two officials', type: 'anonymous', anonymous: true, mentions: [] }],
    });
    expect(md).toContain('- **two officials** (anonymous)');
  });

  it('an entity that is both an actor and a source has one type in both lists', () => {
    const md = briefToMarkdown({
      ...BASE,
      actors: [
        { id: 'a1', name: 'Telegram', type: 'organization', roles: [], aliases: [], mentions: [], salience: 0.2 },
        { id: 'a2', name: 'Ann Lee', type: 'person', roles: ['Mayor'], aliases: ['Lee'], mentions: [], salience: 0.5 },
      ],
      sources: [
        { id: 's1', name: 'Telegram', type: 'platform', anonymous: false, mentions: [] },
        { id: 's2', name: 'Lee', type: 'official', anonymous: false, mentions: [] },
      ],
    });
    expect(md).toContain('- **Telegram** (platform)');
    expect(md).not.toContain('**Telegram** (organization)');
    expect(md).toContain('- **Ann Lee** (official; Mayor)');
    expect(md).toContain('- **Lee** (official)');
  });

  it('an organisation the gazetteers know as a platform, outlet or agency shows as one, source or not', () => {
    const org = (id: string, name: string) => ({
      id,
      name,
      type: 'organization' as const,
      roles: [],
      aliases: [],
      mentions: [],
      salience: 0.1,
    });
    const md = briefToMarkdown({
      ...BASE,
      actors: [org('a1', 'Twitter'), org('a2', 'Reuters'), org('a3', 'Kessock Bakeries')],
      sources: [],
    });
    expect(md).toContain('- **Twitter** (platform)');
    expect(md).toContain('- **Reuters** (news-agency)');
    expect(md).toContain('- **Kessock Bakeries** (organization)');
  });
});
