/**
 * The HTML extractor in Node (it is plain TypeScript on htmlparser2's Tokenizer, so the same code
 * runs here and in the Worker): layout, entities, page chrome, and time growing linearly with size.
 * Times are only ever compared with each other within one run (the machine is shared and noisy).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/content/html';
import { htmlCase, htmlInput } from '../../scripts/fuzz-html';
import { brief } from '../../src/engine';
import { SHAPES } from '../../scripts/bench/html';
import { LINEAR_GROWTH_LIMIT, growthRatio } from '../engine/growth';

const seed = Number(process.env.FC_SEED ?? 20261202);

describe('htmlToText: layout and entities', () => {
  it('puts blocks on their own paragraphs and <br> on a new line, folding white space', () => {
    expect(htmlToText('<h1>Storm  Hits \t Coast</h1><p>First line<br>second line</p><div>Next</div>Tail')).toBe(
      'Storm Hits Coast\n\nFirst line\nsecond line\n\nNext\nTail',
    );
  });

  it('decodes every character reference the HTML standard names, with and without the semicolon', () => {
    expect(htmlToText('<p>&frac12; &hearts; &Aring;ngstr&ouml;m &amp co &lt;b&gt; &#x1F600; &#0; &#xD800;</p>')).toBe(
      '\u00bd \u2665 \u00c5ngstr\u00f6m & co <b> \u{1F600} \ufffd \ufffd',
    );
  });

  it('reads raw-text elements as text only where they are text (textarea dropped, script never parsed)', () => {
    expect(htmlToText('<p>A<script>document.write("<p>B</p>")</script>C</p><textarea>D</textarea>')).toBe('AC');
  });

  it('survives markup that is not well formed (stray closers, unclosed comments, bare < and &)', () => {
    expect(htmlToText('</div></span><p>1 < 2 & 3 > 2</b></i></p>')).toBe('1 < 2 & 3 > 2');
    expect(htmlToText('<p>Kept</p><!-- never closed <p>lost')).toBe('Kept');
  });

  it('reads 20,000 nested elements, open or closed', () => {
    const text = 'A storm hit the coast, officials said.';
    expect(htmlToText(`${'<div><span>'.repeat(10_000)}${text}${'</span></div>'.repeat(10_000)}`)).toBe(text);
    expect(htmlToText(`${'<b>'.repeat(20_000)}${text}`)).toBe(text);
  });
});

describe('htmlToText: page chrome', () => {
  const page = `<!doctype html><html><head><title>Storm | The Daily</title></head><body>
    <a class="skip-link" href="#main">Skip to content</a>
    <header class="site-header"><a href="/">The Daily</a><ul class="menu"><li>World</li><li>Sport</li></ul></header>
    <nav aria-label="breadcrumbs">Home › World</nav>
    <main id="main">
      <article>
        <header><h1>Storm hits coast</h1><p class="byline">By Anne Smith</p></header>
        <p>A storm hit the coast on Monday, officials said.</p>
        <div class="social-share"><a>Share on Facebook</a><a>Tweet</a></div>
        <blockquote><p>"We are ready."</p><footer>The mayor</footer></blockquote>
        <p>Power was cut to 4,000 homes.</p>
        <aside class="pullquote">Read more: Floods last year</aside>
        <section id="comments"><h2>Comments</h2><article><p>First! This is a hoax.</p></article></section>
      </article>
      <div class="related-stories"><h2>Related</h2><a>Rain expected</a></div>
      <div role="complementary">Most read</div>
    </main>
    <aside><h2>Newsletter</h2><p>Sign up now.</p></aside>
    <footer><p>© The Daily. All rights reserved.</p></footer>
  </body></html>`;

  it('keeps the article (its own header, a quotation and its footer) and drops the rest of the page', () => {
    expect(htmlToText(page)).toBe(
      [
        'Storm hits coast',
        'By Anne Smith',
        'A storm hit the coast on Monday, officials said.',
        '"We are ready."',
        'The mayor',
        'Power was cut to 4,000 homes.',
      ].join('\n\n'),
    );
  });

  it('drops chrome by tag, role, class and id words and hidden flags on a page without <article> or <main>', () => {
    const html = `<body><header>Site name</header><div id="content"><p>The storm hit.</p>
      <div class="share-tools">Share</div><div id="disqus_thread">Comments</div><ul class="breadcrumb"><li>Home</li></ul>
      <div role="navigation">Next story</div><p hidden>Hidden</p><span aria-hidden="true">Icon</span>
      <p>Repairs will take a week.</p></div><div class="site-footer">Contact us</div></body>`;
    expect(htmlToText(html)).toBe('The storm hit.\n\nRepairs will take a week.');
  });

  it('keeps a wrapper whose class names the content as well as a chrome word', () => {
    expect(htmlToText('<div class="article-body has-comments"><p>The storm hit.</p></div>')).toBe('The storm hit.');
  });

  it('keeps the text of a page whose every block looks like chrome, rather than giving nothing', () => {
    expect(htmlToText('<div class="sidebar"><p>The storm hit the coast.</p></div>')).toBe('The storm hit the coast.');
  });

  it('keeps fragments (CMS bodies) as they are: no <article> means the whole fragment is the article', () => {
    expect(htmlToText('<p>One.</p><figure><img src="x.jpg"><figcaption>Two.</figcaption></figure><p>Three.</p>')).toBe(
      'One.\n\nTwo.\n\nThree.',
    );
  });

  it('keeps two articles apart', () => {
    expect(htmlToText('<article><p>One.</p></article><article><p>Two.</p></article>')).toBe('One.\n\nTwo.');
  });
});

describe('htmlToText: time grows linearly with size', () => {
  // Linear work doubles (2); quadratic quadruples (4). growthRatio measures again with more runs
  // when a burst of noise from other processes pushes one measurement past the limit.
  it.each(SHAPES)(
    '%s: 400 KB takes under 3x the time of 200 KB',
    (_shape, make) => {
      expect(growthRatio(make, htmlToText, 200_000, 4)).toBeLessThan(LINEAR_GROWTH_LIMIT);
    },
    180_000,
  );
});

describe('htmlToText properties', () => {
  it('never throws, gives no more text than markup, stays in its linear budget, and the text briefs', () => {
    fc.assert(
      fc.property(htmlInput(), (html) => {
        const { text } = htmlCase(html);
        expect(() => brief({ text })).not.toThrow();
      }),
      { numRuns: 1_000, seed },
    );
  }, 120_000);
});
