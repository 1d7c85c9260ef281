/**
 * Readable text from HTML, in one linear pass: htmlparser2's Tokenizer (which also decodes
 * character references, with the `entities` package's WHATWG decoder) feeding our own element
 * stack.
 *
 * Drops what is never article text (script, style, nav, head, forms, embedded media) and page
 * chrome (the page's header and footer, sidebars, comment sections, share and related-links boxes;
 * see ./page-chrome.ts), keeps only the text of <article>/<main> when they hold any, puts block
 * elements on lines of their own with a blank line between paragraphs, and folds white space.
 * The result is the "analysed text" that brief offsets point into.
 *
 * Linear by construction: each tag is pushed and popped at most once, a closing tag with no open
 * element of its name is skipped in O(1) (a count per name), and no step looks back over the
 * output. htmlparser2's own Parser is not used because its stack is not (it unshifts on every open
 * tag and searches the stack on every close). Nesting depth costs memory, not time, and has no limit.
 *
 * Not @mozilla/readability on linkedom (measured for #12): it adds about 149 KiB gzipped to the
 * Worker and is not linear (nested <div>s: 10 s for 25 KB, 68 s for 50 KB; `<b>Word</b>` repeated:
 * 3.8 s for 100 KB; 100 KB of `<` throws). The chrome rules in ./page-chrome.ts do its job here.
 */
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { classifyElement, SECTIONING_TAGS, type ChromeAttributes } from './page-chrome';

const PARAGRAPH_BLOCKS: ReadonlySet<string> = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'table',
  'ul',
  'ol',
  'dl',
  'article',
  'section',
  'header',
  'footer',
  'main',
  'aside',
  'hr',
]);
const LINE_BLOCKS: ReadonlySet<string> = new Set(['li', 'dt', 'dd', 'tr', 'div', 'br', 'td', 'th']);

/** Elements that never have content or an end tag (HTML Living Standard, "void elements"). */
const VOID: ReadonlySet<string> = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'param',
  'keygen',
]);
const FOREIGN: ReadonlySet<string> = new Set(['svg', 'math']);
const READ_ATTRIBUTES: ReadonlySet<string> = new Set(['class', 'id', 'role', 'hidden', 'aria-hidden']);

/** Flags of an output piece. */
const CHROME = 1;
const ARTICLE = 2;
/** A block break: kept whatever is selected (it adds no text, and keeps kept blocks apart). */
const BREAK = 4;

/** Bits of an open element. */
const IS_DROPPED = 1;
const IS_CHROME = 2;
const IS_ARTICLE = 4;
const IS_SECTION = 8;
const IS_FOREIGN = 16;
const KIND_BITS = { dropped: IS_DROPPED, chrome: IS_CHROME, article: IS_ARTICLE, content: 0 } as const;
const NO_ATTRIBUTES: ChromeAttributes = Object.freeze({});

export function htmlToText(html: string): string {
  const pieces: string[] = [];
  const flags: number[] = [];
  // The open elements: names and bits in two parallel stacks (no object per element).
  const stackNames: string[] = [];
  const stackBits: number[] = [];
  // What an element without attributes is, by name and by whether it is inside a section.
  const plainBits = new Map<string, number>();
  const openByName = new Map<string, number>();
  let dropped = 0;
  let chrome = 0;
  let article = 0;
  let sections = 0;
  let foreign = 0;

  let tagName = '';
  let attributes: ChromeAttributes = NO_ATTRIBUTES;
  let attributeName = '';
  let attributeValue = '';

  // Text is gathered in runs of one flag; a run is one piece, so the selection below sees few.
  let run: string[] = [];
  let runFlag = BREAK;
  // Text that runs on in the input (bare `<`s, split text events) is kept as one range, not sliced.
  let rangeStart = 0;
  let rangeEnd = -1;
  const flushRange = () => {
    if (rangeEnd >= 0) run.push(html.slice(rangeStart, rangeEnd));
    rangeEnd = -1;
  };
  const push = (piece: string, flag: number) => {
    flushRange();
    if (flag !== runFlag) {
      if (run.length > 0) {
        pieces.push(run.join(''));
        flags.push(runFlag);
      }
      run = [];
      runFlag = flag;
    }
    run.push(piece);
  };
  const textFlag = () => (chrome > 0 ? CHROME : 0) | (article > 0 ? ARTICLE : 0);
  const emit = (piece: string) => {
    if (dropped === 0) push(piece, textFlag());
  };
  const emitRange = (start: number, end: number) => {
    if (dropped > 0) return;
    const flag = textFlag();
    if (flag === runFlag && start === rangeEnd) rangeEnd = end;
    else {
      push('', flag);
      rangeStart = start;
      rangeEnd = end;
    }
  };
  const blockBreak = (name: string) => {
    const piece = PARAGRAPH_BLOCKS.has(name) ? '\n\n' : LINE_BLOCKS.has(name) ? '\n' : '';
    if (piece && dropped === 0) push(piece, BREAK);
  };

  const bitsOf = (name: string): number => {
    const base = (SECTIONING_TAGS.has(name) ? IS_SECTION : 0) | (FOREIGN.has(name) ? IS_FOREIGN : 0);
    return base | KIND_BITS[classifyElement(name, attributes, sections > 0)];
  };
  const open = (name: string) => {
    blockBreak(name);
    if (VOID.has(name)) return;
    let bits: number;
    if (attributes === NO_ATTRIBUTES) {
      const key = sections > 0 ? `s:${name}` : name;
      bits = plainBits.get(key) ?? bitsOf(name);
      plainBits.set(key, bits);
    } else bits = bitsOf(name);
    stackNames.push(name);
    stackBits.push(bits);
    openByName.set(name, (openByName.get(name) ?? 0) + 1);
    if (bits !== 0) count(bits, 1);
  };
  const count = (bits: number, by: number) => {
    if (bits & IS_DROPPED) dropped += by;
    if (bits & IS_CHROME) chrome += by;
    if (bits & IS_ARTICLE) article += by;
    if (bits & IS_SECTION) sections += by;
    if (bits & IS_FOREIGN) foreign += by;
  };
  const pop = () => {
    const name = stackNames.pop()!;
    const bits = stackBits.pop()!;
    openByName.set(name, openByName.get(name)! - 1);
    if (bits !== 0) count(bits, -1);
    return name;
  };
  const close = (name: string) => {
    // Each element is popped once: the scan below costs no more than the pushes that made it.
    if ((openByName.get(name) ?? 0) > 0) while (pop() !== name);
    blockBreak(name);
  };

  const callbacks: TokenizerCallbacks = {
    ontext(start, end) {
      emitRange(start, end);
    },
    ontextentity(codePoint) {
      emit(String.fromCodePoint(codePoint));
    },
    onopentagname(start, end) {
      tagName = html.slice(start, end).toLowerCase();
      attributes = NO_ATTRIBUTES;
    },
    onattribname(start, end) {
      attributeName = html.slice(start, end).toLowerCase();
      attributeValue = '';
    },
    onattribdata(start, end) {
      if (READ_ATTRIBUTES.has(attributeName)) attributeValue += html.slice(start, end);
    },
    onattribentity(codePoint) {
      if (READ_ATTRIBUTES.has(attributeName)) attributeValue += String.fromCodePoint(codePoint);
    },
    onattribend() {
      if (READ_ATTRIBUTES.has(attributeName)) {
        if (attributes === NO_ATTRIBUTES) attributes = {};
        attributes[attributeName as keyof ChromeAttributes] ??= attributeValue;
      }
      attributeName = '';
    },
    onopentagend() {
      open(tagName);
    },
    onselfclosingtag() {
      // `<x/>` closes itself only in SVG and MathML; in HTML the slash is ignored.
      const inForeign = foreign > 0 || FOREIGN.has(tagName);
      open(tagName);
      if (inForeign && !VOID.has(tagName)) close(tagName);
    },
    onclosetag(start, end) {
      close(html.slice(start, end).toLowerCase());
    },
    isInForeignContext: () => foreign > 0,
    oncdata() {},
    oncomment() {},
    ondeclaration() {},
    onprocessinginstruction() {},
    onend() {},
  };
  const tokenizer = new Tokenizer({ decodeEntities: true }, callbacks);
  tokenizer.write(html);
  tokenizer.end();
  push('', -1);

  return normaliseWhitespace(select(pieces, flags));
}

/**
 * The pieces that make the article: without chrome, and only those inside <article>/<main> when
 * any of those hold text. When that leaves nothing (a page whose every element looks like chrome),
 * everything but the always-dropped elements, so a page is never emptied by a wrong guess.
 */
function select(pieces: string[], flags: number[]): string {
  const hasText = (keep: (f: number) => boolean) => pieces.some((p, i) => keep(flags[i]) && /\S/.test(p));
  const inArticle = (f: number) => f === ARTICLE;
  const notChrome = (f: number) => (f & CHROME) === 0;
  const keep = hasText(inArticle) ? inArticle : hasText(notChrome) ? notChrome : () => true;
  const kept: string[] = [];
  for (let i = 0; i < pieces.length; i++) if (flags[i] === BREAK || keep(flags[i])) kept.push(pieces[i]);
  return kept.join('');
}

/** Fold runs of spaces, trim lines, and keep at most one blank line between blocks. */
export function normaliseWhitespace(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v\r\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
