/**
 * A brief as readable Markdown: what the CLI prints with `--format md` and what the form page
 * offers for download (public, at `/brief/{id}.md`). Pure, like the rest of the engine.
 *
 * Every field comes from an article, so from anyone: each is flattened to one line and escaped for
 * Markdown and HTML (`inline`), so no field can open a heading, a list, a quote block, a link, an
 * image or a raw HTML tag in whatever renders the file. The URL is a link only when it is http(s),
 * and then percent-encoded; anything else is shown as text.
 *
 * Quotation marks (issue 14.3): only words the speaker said verbatim are in quotation marks. A
 * direct claim is one balanced pair around the words (its own marks and trailing comma dropped); a
 * mixed claim keeps the marks around its quoted fragments, balanced; an indirect (reported) claim
 * has none. One type per entity: an actor that is also a source is shown with one type in both
 * lists (see `entityTypes`).
 */
import type { Brief, Claim, Source } from '../schema/brief';
import { hasMastheadShape, isNewsAgency, isOutletLower } from './data/outlets';
import { isPlatformLower } from './data/platforms';

export function briefToMarkdown(b: Brief): string {
  const lines: string[] = [];
  const typeOf = entityTypes(b);
  lines.push(`# Brief: ${b.title ? inline(b.title) : 'Untitled article'}`, '');
  lines.push(
    `*${b.stats.words} words, ${b.stats.sentences} sentences, ${b.stats.paragraphs} paragraphs. Engine ${inline(b.engine)}, id \`${b.id.slice(0, 12).replace(/[^0-9a-zA-Z]/g, '')}\`.*`,
    '',
  );
  if (b.truncated?.length) lines.push(`*Cut at their ceilings: ${b.truncated.join(', ')}.*`, '');
  if (b.url) lines.push(`Source: ${link(b.url)}`, '');
  lines.push('## Summary', '');
  for (const s of b.summary) lines.push(`> ${block(s.text)}`, '');
  section(lines, 'Actors', b.actors, (a) => {
    const roles = a.roles.length ? `; ${a.roles.map(inline).join(', ')}` : '';
    const aliases = a.aliases.length ? `, also ${a.aliases.map(inline).join(', ')}` : '';
    return `- **${inline(a.name)}** (${typeOf.get(a.name) ?? a.type}${roles})${aliases}`;
  });
  section(lines, 'Claims', b.claims, (c) => {
    const who = c.speaker ? `${inline(c.speaker.name)}${c.speaker.anonymous ? ' (anonymous)' : ''}` : 'Unknown speaker';
    // The speaker is usually a source of their own claim; "via" names only the channels and the others.
    const via = c.sourceIds
      .map((id) => b.sources.find((s) => s.id === id)?.name)
      .filter((name): name is string => !!name && name !== c.speaker?.name);
    const cue = c.cue ? ` *${inline(c.cue)}*` : '';
    return `- **${who}**${cue} (${c.kind}): ${claimText(c)}${via.length ? ` (via ${via.map(inline).join(', ')})` : ''}`;
  });
  section(lines, 'Sources', b.sources, (s) => `- **${inline(s.name)}** (${sourceDescriptors(s, typeOf).join(', ')})`);
  section(
    lines,
    'Caveats',
    b.caveats,
    (k) => `- **${k.kind}** (${k.voice} voice): ${quoted(k.text)}: ${inline(k.reason)}`,
  );
  return lines.join('\n').trimEnd() + '\n';
}

function section<T>(lines: string[], heading: string, items: T[], line: (item: T) => string): void {
  lines.push(`## ${heading}`, '');
  if (items.length === 0) lines.push('None found.');
  else for (const item of items) lines.push(line(item));
  lines.push('');
}

/**
 * One type per entity across the brief. The source registry types an entity by the part it plays
 * in the article (an outlet, a news agency, a platform, an official), which refines the actor
 * type (an organisation, a person): where it refines it, that finer type is shown in both lists;
 * where the two disagree otherwise, the actor type (from the gazetteers) is shown in both. An
 * organisation that is no source is shown as the outlet, news agency or platform the gazetteers
 * say it is.
 */
export function entityTypes(b: Brief): Map<string, string> {
  const types = new Map<string, string>();
  for (const s of b.sources) {
    if (s.anonymous) continue;
    const actor = b.actors.find((a) => a.name === s.name || a.aliases.includes(s.name));
    if (!actor) continue;
    const type = REFINES[actor.type]?.includes(s.type) ? s.type : actor.type;
    types.set(actor.name, type);
    types.set(s.name, type);
  }
  // An organisation no source typed, which the gazetteers know ("found its way to Twitter").
  for (const a of b.actors) {
    if (a.type !== 'organization' || types.has(a.name)) continue;
    const lower = a.name.toLowerCase();
    const known = isNewsAgency(a.name)
      ? 'news-agency'
      : isOutletLower(lower) || hasMastheadShape(a.name)
        ? 'outlet'
        : isPlatformLower(lower)
          ? 'platform'
          : null;
    if (known) types.set(a.name, known);
  }
  return types;
}

const REFINES: Partial<Record<string, readonly string[]>> = {
  organization: ['outlet', 'news-agency', 'platform', 'official', 'organization'],
  person: ['official', 'person'],
  group: ['official', 'anonymous'],
};

/** "(news-agency)", "(anonymous)", never "(anonymous, anonymous)". */
function sourceDescriptors(s: Source, typeOf: Map<string, string>): string[] {
  const descriptors = [typeOf.get(s.name) ?? s.type];
  if (s.anonymous) descriptors.push('anonymous');
  return [...new Set(descriptors)];
}

const OPENING = '“‘"\'';
const CLOSING = '”’"\'';

/** A claim with quotation marks only around verbatim words, balanced (see the header). */
function claimText(c: Claim): string {
  const flat = flatten(c.text);
  if (c.kind === 'indirect') return inline(stripEnclosingQuotes(flat));
  if (c.kind === 'direct') return `“${inline(stripEnclosingQuotes(flat).replace(/[,;:]$/, ''))}”`;
  return inline(balanced(flat));
}

/** The span's text without the quotation marks around all of it (and the comma before the closing mark). */
function stripEnclosingQuotes(text: string): string {
  let t = text.trim();
  while (t.length > 0 && OPENING.includes(t[0])) {
    const close = CLOSING.indexOf(t[t.length - 1]);
    const inner = close >= 0 && t.length > 1 ? t.slice(1, -1) : t.slice(1);
    // Only when the opening mark pairs with the last one, not with a mark inside (“a” and “b”).
    if (close >= 0 && !isBalanced(inner)) break;
    t = inner.trim();
  }
  return t.replace(/^[\u2018\u2019\u201c\u201d"]+|[\u2018\u201c\u201d"]+$/g, '').trim();
}

function isBalanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '“') depth++;
    else if (ch === '”' && --depth < 0) return false;
  }
  return depth === 0 && (text.match(/"/g)?.length ?? 0) % 2 === 0;
}

/** Close an unclosed curly quotation (or open an unopened one), and pair straight marks. */
function balanced(text: string): string {
  let depth = 0;
  let missingOpen = 0;
  for (const ch of text) {
    if (ch === '“') depth++;
    else if (ch === '”') {
      if (depth > 0) depth--;
      else missingOpen++;
    }
  }
  let t = '“'.repeat(missingOpen) + text + '”'.repeat(depth);
  if ((t.match(/"/g)?.length ?? 0) % 2 === 1) t += '"';
  return t;
}

/** A verbatim span in quotation marks (a caveat's words), one pair, never doubled. */
function quoted(text: string): string {
  const flat = flatten(text);
  if (/^[\u2018\u201c"']/.test(flat) && isBalanced(flat)) return inline(flat);
  return `“${inline(stripEnclosingQuotes(flat))}”`;
}

/** One line: newlines and runs of whitespace (and control characters) become one space. */
function flatten(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\s\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
}

/**
 * Text safe inside a Markdown line: one line, HTML special characters as entities (no tag, no
 * autolink), and every Markdown punctuation that could start emphasis, a link or an image (`[`;
 * `!` and `(` are harmless without it), code, a heading's closing run or a table cell
 * backslash-escaped (and `@`, so no address becomes a mailto link).
 */
export function inline(text: string): string {
  return flatten(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]#|~@]/g, '\\$&');
}

/** `inline`, and nothing at the start of a line that could open a block (a list, a heading, a rule). */
function block(text: string): string {
  return inline(text)
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^([-+=])/, '\\$1');
}

/** An http(s) URL as an autolink, percent-encoded; anything else as plain text, never a link. */
function link(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return inline(url);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return inline(url);
  // The WHATWG serialisation percent-encodes spaces, quotes and angle brackets in most parts;
  // encode what it leaves that an autolink or a renderer could still read as markup.
  const href = parsed.href.replace(
    /[<>"'`\\\s{}|^]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return `<${href}>`;
}
