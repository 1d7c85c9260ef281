/**
 * HTML input for the fuzzer (scripts/fuzz.ts) and the property tests (test/content/html.test.ts):
 * generated markup mixing news text with what breaks HTML extractors (unclosed, stray and
 * mis-nested tags, raw-text elements, comments and CDATA left open, attributes with chrome words,
 * character references of every kind, bare `<` and `&`), and the checks on `htmlToText`: it never
 * throws, the text is no longer than the markup, and time stays within a budget linear in length.
 */
import fc from 'fast-check';
import { htmlToText } from '../src/content/html';

const TAGS = [
  'p',
  'div',
  'span',
  'b',
  'i',
  'a',
  'br',
  'hr',
  'img',
  'li',
  'ul',
  'table',
  'td',
  'tr',
  'h1',
  'h2',
  'blockquote',
  'article',
  'main',
  'section',
  'header',
  'footer',
  'aside',
  'nav',
  'form',
  'script',
  'style',
  'title',
  'textarea',
  'svg',
  'math',
  'template',
  'noscript',
  'plaintext',
  'xmp',
  'html',
  'body',
  'head',
];
const ATTRIBUTES = [
  '',
  ' class="share-box"',
  ' class="article-comments"',
  ' id="comments"',
  " class='related links'",
  ' role="navigation"',
  ' role="main"',
  ' hidden',
  ' aria-hidden="true"',
  ' class=story-body',
  ' href="https://example.org/?a=1&amp;b=2"',
  ' class="a&#x20;ad"',
  ' data-x="<p>"',
  ' class="unterminated',
  '/',
];
const MARKUP = [
  '<',
  '>',
  '</',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<!doctype html>',
  '<?xml version="1.0"?>',
  '&',
  '&amp;',
  '&amp',
  '&lt;',
  '&nbsp;',
  '&mdash;',
  '&rsquo;',
  '&notin;',
  '&not',
  '&#8212;',
  '&#x1F600;',
  '&#0;',
  '&#xD800;',
  '&#x110000;',
  '&#99999999999;',
  '&nGt;',
  '&unknown;',
  '</br>',
  '</p>',
  '<p/>',
  '<svg><path/></svg>',
];
const TEXT = [
  'A storm hit the coast on Monday, officials said.',
  '"We are ready," Mayor Anne Smith told reporters.',
  'According to the ministry, two people were hurt.',
  'Sen. Lindsey Graham said he was "deeply concerned".',
  'Critics said the warnings came too late.',
  'Word',
  ' ',
  '\n',
  '\u00a0',
  '\u{1F469}\u{1F3FD}\u200d\u2695\ufe0f',
  '\udfff',
  '\u0000',
];

const pick = (items: string[]) => fc.constantFrom(...items);
const tag: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), pick(TAGS), pick(ATTRIBUTES), fc.boolean())
  .map(([closing, name, attributes, upper]) => {
    const written = upper ? name.toUpperCase() : name;
    return closing ? `</${written}>` : `<${written}${attributes}>`;
  });
const part: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: tag },
  { weight: 5, arbitrary: pick(TEXT) },
  { weight: 2, arbitrary: pick(MARKUP) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

/** Generated HTML: up to `maxParts` tags, text runs and markup fragments, joined. */
export function htmlInput(maxParts = 80): fc.Arbitrary<string> {
  return fc.array(part, { minLength: 1, maxLength: maxParts }).map((parts) => parts.join(''));
}

/** A long input for the time bound: a generated page repeated up to about `chars` characters. */
export function longHtmlInput(chars: number): fc.Arbitrary<string> {
  return htmlInput(40).map((html) =>
    html.repeat(Math.max(1, Math.ceil(chars / Math.max(1, html.length)))).slice(0, chars),
  );
}

/**
 * Extraction budget: 50 ms fixed and 2 µs a character (200 ms for 100 KB; the bench measures
 * under 50 ms per 100 KB on a quiet machine), best of three runs. Superlinear work blows far past it.
 */
export const HTML_BUDGET_FIXED_MS = 50;
export const HTML_BUDGET_US_PER_CHAR = 2;

/** The checks on one input; the extracted text (for the engine's own checks), or throws. */
export function htmlCase(html: string): { text: string; ms: number } {
  let ms = Infinity;
  let text = '';
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    text = htmlToText(html);
    ms = Math.min(ms, performance.now() - started);
    if (ms <= HTML_BUDGET_FIXED_MS + (html.length * HTML_BUDGET_US_PER_CHAR) / 1000) break;
  }
  if (text.length > html.length)
    throw new Error(`html output: ${text.length} chars of text from ${html.length} chars of HTML`);
  const budget = HTML_BUDGET_FIXED_MS + (html.length * HTML_BUDGET_US_PER_CHAR) / 1000;
  if (ms > budget)
    throw new Error(`html time: ${ms.toFixed(1)} ms for ${html.length} chars (budget ${budget.toFixed(1)} ms)`);
  return { text, ms };
}
