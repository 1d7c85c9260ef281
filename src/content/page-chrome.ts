/**
 * What of a web page is not the article: elements whose text is never read, page chrome (site
 * navigation, the page's header and footer, sidebars, comment sections, share and related-links
 * boxes), and the markers of the article itself; `classifyElement` applies them to one element.
 * Read by `htmlToText` (./html.ts).
 * Origin: written for edge-brief from the HTML Living Standard's element and ARIA landmark
 * definitions and the class/id words common in news CMS templates (WordPress, Ghost, Arc, Drupal).
 * Licence: MIT, part of this project.
 */

/** Elements whose content is never article text, wherever they are: dropped with all they hold. */
export const DROPPED_TAGS: ReadonlySet<string> = new Set([
  'head',
  'title',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'picture',
  'map',
  'nav',
  'form',
  'button',
  'select',
  'textarea',
  'dialog',
]);

/** Elements that are page chrome: dropped unless that would leave no text at all. */
export const CHROME_TAGS: ReadonlySet<string> = new Set(['aside', 'menu']);

/**
 * `header` and `footer` are chrome only as the page's own (banner, contentinfo): inside one of
 * these they belong to that section ("<blockquote>… <footer>— the mayor</footer>").
 */
export const PAGE_LEVEL_TAGS: ReadonlySet<string> = new Set(['header', 'footer']);
export const SECTIONING_TAGS: ReadonlySet<string> = new Set([
  'article',
  'main',
  'section',
  'aside',
  'nav',
  'blockquote',
  'figure',
  'details',
  'td',
]);

/** ARIA roles of chrome (landmarks and widgets that are not content). */
export const CHROME_ROLES: ReadonlySet<string> = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'form',
  'menu',
  'menubar',
  'toolbar',
  'dialog',
  'alertdialog',
]);

/** Words of a class or id (split at anything not a letter or digit) that mark chrome. */
export const CHROME_WORDS: ReadonlySet<string> = new Set([
  'comment',
  'comments',
  'disqus',
  'discussion',
  'share',
  'sharing',
  'social',
  'related',
  'recommended',
  'recommendations',
  'newsletter',
  'subscribe',
  'subscription',
  'signup',
  'promo',
  'advert',
  'advertisement',
  'ad',
  'ads',
  'sponsored',
  'sidebar',
  'breadcrumb',
  'breadcrumbs',
  'cookie',
  'cookies',
  'consent',
  'popup',
  'modal',
  'navbar',
  'menu',
  'masthead',
  'footer',
  'skip',
  'outbrain',
  'taboola',
]);

/**
 * Words that keep an element whose class or id also has a chrome word ("article-comments-enabled"
 * on the article's own wrapper), as the wrapper of the page's content.
 */
export const CONTENT_WORDS: ReadonlySet<string> = new Set(['article', 'body', 'content', 'main', 'story', 'column']);

/** Elements (and roles) that hold the article: when present with text, only their text is kept. */
export const ARTICLE_TAGS: ReadonlySet<string> = new Set(['article', 'main']);
export const ARTICLE_ROLES: ReadonlySet<string> = new Set(['main']);

/** What an element is to the extractor. */
export type ElementKind = 'dropped' | 'chrome' | 'article' | 'content';

/** The attributes the classification reads (lower-cased names; values as written). */
export interface ChromeAttributes {
  class?: string;
  id?: string;
  role?: string;
  hidden?: string;
  'aria-hidden'?: string;
}

const WORD_SEPARATOR = /[^a-z0-9]+/;

function hasChromeWord(value: string | undefined): boolean {
  if (!value) return false;
  const words = value.toLowerCase().split(WORD_SEPARATOR);
  return words.some((w) => CHROME_WORDS.has(w)) && !words.some((w) => CONTENT_WORDS.has(w));
}

/**
 * Classify an element by its tag, role, class and id. `inSection` says whether it is inside a
 * sectioning element (so a header or footer there is not the page's). Linear in the attributes.
 */
export function classifyElement(name: string, attributes: ChromeAttributes, inSection: boolean): ElementKind {
  if (DROPPED_TAGS.has(name)) return 'dropped';
  const role = attributes.role?.trim().toLowerCase();
  if (ARTICLE_TAGS.has(name) || (role !== undefined && ARTICLE_ROLES.has(role))) return 'article';
  if (name === 'html' || name === 'body') return 'content';
  if (CHROME_TAGS.has(name) || (PAGE_LEVEL_TAGS.has(name) && !inSection)) return 'chrome';
  if (role !== undefined && CHROME_ROLES.has(role)) return 'chrome';
  if (attributes.hidden !== undefined || attributes['aria-hidden']?.trim().toLowerCase() === 'true') return 'chrome';
  if (hasChromeWord(attributes.class) || hasChromeWord(attributes.id)) return 'chrome';
  return 'content';
}
