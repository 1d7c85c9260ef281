/**
 * The result view: a brief and its analysed text as a tree of elements, built through an injected
 * element factory `h`. On the server `h` is hono/jsx's `jsx` (which escapes every string); in the
 * browser it is a small `document.createElement` wrapper that only ever sets text and attributes,
 * never `innerHTML`. One view, so the no-JS page and the enhanced page cannot drift apart.
 *
 * Like `highlight`, this function is shipped to the browser as its compiled source
 * (`src/page/script.ts`), so it must be self-contained: everything it uses is a parameter or is
 * declared inside its body, and it avoids syntax newer than ES2022.
 *
 * What a reader gets: the text with every span marked (`<mark data-kind data-id>`; claims carry
 * their speaker and caveats their kind as `data-label`, which CSS shows as a small tag, and every
 * mark has a `title`, on its first fragment only when a crossing span splits it), and beside it the summary, actors with roles, claims grouped by speaker,
 * sources (anonymous ones flagged) and caveats with their reason. Each list entry links to its
 * first span (`#span-<kind>-<id>`), which is how the page works with neither JS nor a mouse.
 *
 * With `text` null (a stored brief opened by its link, `/brief/{id}`: the article's text is not
 * kept) the same panels stand alone: no highlighted text and no links into it, each claim and caveat
 * quoted whole from its span, and a note saying the text is not kept, with the article's link when
 * the brief has a web address.
 */
import type { Brief } from '../schema/brief';
import type { Segment, SpannedBrief } from './highlight';

export type Attrs = Record<string, string | number | boolean | null | undefined>;
export type Child<N> = N | string | number | null | undefined | false | Child<N>[];
export type H<N> = (tag: string, attrs: Attrs | null, ...children: Child<N>[]) => N;
export type Highlight = (text: string, brief: SpannedBrief) => Segment[];

export function resultView<N>(h: H<N>, brief: Brief, text: string | null, highlight: Highlight): N {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  // A list entry quotes its span, so the span's own outer quote marks and trailing comma go.
  const clip = (s: string, max: number) => {
    const flat = s
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^[\u201c"\u2018']+/, '')
      .replace(/[\u201d"\u2019',]+$/, '');
    return flat.length <= max ? flat : `${flat.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
  };
  const anchorOf = (kind: string, id: string) => `span-${kind}-${id}`;
  const sourceName = new Map(brief.sources.map((s) => [s.id, s.name]));
  const anonymousSources = new Set(brief.sources.filter((s) => s.anonymous).map((s) => s.id));

  // What each mark says about itself: a tooltip for everyone, a short visible tag for claims and caveats.
  const info = new Map<string, { title: string; label?: string }>();
  for (const a of brief.actors) {
    info.set(`actor:${a.id}`, {
      title: `Actor: ${a.name} (${a.type})${a.roles.length ? `, ${a.roles.join('; ')}` : ''}`,
    });
  }
  for (const c of brief.claims) {
    const who = c.speaker ? c.speaker.name : 'unknown speaker';
    const via = c.sourceIds.map((id) => sourceName.get(id)).filter((n) => n);
    info.set(`claim:${c.id}`, {
      title: `Claim by ${who}${c.speaker?.anonymous ? ' (anonymous)' : ''}${c.cue ? `, “${c.cue}”` : ''} (${c.kind})${via.length ? `, via ${via.join(', ')}` : ''}`,
      label: who,
    });
  }
  for (const s of brief.sources) {
    info.set(`source:${s.id}`, { title: `Source: ${s.name} (${s.type}${s.anonymous ? ', anonymous' : ''})` });
  }
  for (const k of brief.caveats) {
    info.set(`caveat:${k.id}`, {
      title: `Caveat, ${k.kind} (${k.voice === 'author' ? "author's voice" : 'attributed'}): ${k.reason}`,
      label: k.kind,
    });
  }

  const renderSegments = (segments: Segment[]): Child<N>[] =>
    segments.map((s) => {
      if (typeof s === 'string') return s;
      // Page furniture is dimmed, not an item: no id, no focus stop, its kind said in words.
      if (s.kind === 'furniture')
        return h(
          'mark',
          {
            'data-kind': 'furniture',
            'data-furniture': s.id,
            title: `Page furniture (${s.id}): not read as the article`,
          },
          ...renderSegments(s.children),
        );
      const about = info.get(`${s.kind}:${s.id}`);
      const anonymous = s.kind === 'source' && anonymousSources.has(s.id);
      return h(
        'mark',
        {
          'data-kind': s.kind,
          'data-id': s.id,
          id: s.anchor ? anchorOf(s.kind, s.id) : undefined,
          tabindex: !s.continued && s.kind !== 'actor' ? 0 : s.anchor ? -1 : undefined,
          // Title and label on a span's first fragment only: a crossing span split into many
          // fragments must not repeat them on each (issue 12.2: pages hundreds of times the input).
          title: !s.continued ? about?.title : undefined,
          'data-label': !s.continued ? about?.label : undefined,
          'data-anonymous': anonymous ? 'true' : undefined,
        },
        ...renderSegments(s.children),
      );
    });

  // Quoted spans are cut to fit beside the text; alone, they are the only place to read them.
  const quoteMax = (max: number) => (text === null ? 2000 : max);
  const ref = (kind: string, id: string, hasSpan: boolean, ...children: Child<N>[]) =>
    hasSpan && text !== null
      ? h('a', { class: 'ref', href: `#${anchorOf(kind, id)}`, 'data-ref': `${kind}:${id}` }, ...children)
      : h('span', { class: 'ref', 'data-ref': `${kind}:${id}` }, ...children);
  const tag = (text: string, extra?: string) => h('span', { class: extra ? `tag ${extra}` : 'tag' }, text);
  const none = (what: string) => h('p', { class: 'none' }, `No ${what} found.`);
  const section = (id: string, heading: string, count: number, ...body: Child<N>[]) =>
    h(
      'section',
      { class: 'panel', 'aria-labelledby': id },
      h('h3', { id }, heading, ' ', h('span', { class: 'count' }, String(count))),
      ...body,
    );

  // Claims grouped by speaker, groups in the order their first claim appears.
  const groups: { name: string; anonymous: boolean; claims: Brief['claims'] }[] = [];
  for (const c of brief.claims) {
    const name = c.speaker ? c.speaker.name : 'Unknown speaker';
    let group = groups.find((g) => g.name === name);
    if (!group) groups.push((group = { name, anonymous: !!c.speaker?.anonymous, claims: [] }));
    group.claims.push(c);
  }

  const legend = h(
    'ul',
    { class: 'legend', 'aria-label': 'Legend' },
    h('li', null, h('span', { class: 'key', 'data-key': 'actor' }, 'Actor'), ' underlined'),
    h('li', null, h('span', { class: 'key', 'data-key': 'claim' }, 'Claim'), ' shaded, tagged with the speaker'),
    h('li', null, h('span', { class: 'key', 'data-key': 'source' }, 'Source'), ' boxed'),
    h('li', null, h('span', { class: 'key', 'data-key': 'caveat' }, 'Caveat'), ' wavy line, tagged with the kind'),
    brief.furniture?.length
      ? h(
          'li',
          null,
          h('span', { class: 'key', 'data-key': 'furniture' }, 'Page furniture'),
          ' dimmed and italic (headline, byline, credits, embeds, widgets, forms): no actors, claims or caveats come from it',
        )
      : null,
  );

  const shortId = brief.id.slice(0, 12);
  const articleUrl = brief.url && /^https?:\/\//i.test(brief.url) ? brief.url : null;
  const notKept =
    text === null
      ? h(
          'p',
          { class: 'note' },
          'The article’s text is not kept, only this brief: each claim and caveat is quoted from its span.',
          articleUrl ? [' ', h('a', { href: articleUrl, rel: 'noopener noreferrer' }, 'Read the article'), '.'] : null,
        )
      : null;
  return h(
    'section',
    { id: 'result', class: 'result', 'aria-labelledby': 'result-title', 'data-brief-id': brief.id },
    h(
      'header',
      { class: 'result-head' },
      h('h2', { id: 'result-title', tabindex: -1 }, brief.title ? brief.title : 'Untitled article'),
      h(
        'p',
        { class: 'stats' },
        `${plural(brief.stats.words, 'word', 'words')} · ${plural(brief.stats.sentences, 'sentence', 'sentences')} · ${plural(brief.stats.paragraphs, 'paragraph', 'paragraphs')} · ${brief.engine} · id ${shortId}`,
      ),
      h(
        'p',
        { class: 'actions' },
        h(
          'button',
          {
            type: 'button',
            class: 'button',
            'data-action': 'copy-json',
            'data-json-href': `/brief/${brief.id}`,
            hidden: true,
          },
          'Copy JSON',
        ),
        h(
          'a',
          { class: 'button', href: `/brief/${brief.id}.md`, download: `brief-${shortId}.md` },
          'Download Markdown',
        ),
        // `.json`: the JSON whatever the browser's Accept (`/brief/{id}` itself answers a browser with HTML).
        h('a', { class: 'button secondary', href: `/brief/${brief.id}.json` }, 'Open JSON'),
      ),
      notKept,
    ),
    h(
      'div',
      { class: text === null ? 'columns brief-only' : 'columns' },
      h(
        'div',
        { class: 'brief' },
        section(
          'h-summary',
          'Summary',
          brief.summary.length,
          brief.summary.length
            ? h('ol', { class: 'summary' }, ...brief.summary.map((s) => h('li', null, s.text)))
            : none('summary sentences'),
        ),
        section(
          'h-actors',
          'Actors',
          brief.actors.length,
          brief.actors.length
            ? h(
                'ul',
                { class: 'items' },
                ...brief.actors.map((a) =>
                  h(
                    'li',
                    null,
                    ref('actor', a.id, a.mentions.length > 0, a.name),
                    ' ',
                    tag(a.type),
                    a.roles.length ? h('span', { class: 'roles' }, a.roles.join('; ')) : null,
                    h(
                      'span',
                      { class: 'meta' },
                      plural(a.mentions.length, 'mention', 'mentions'),
                      a.aliases.length ? `; also ${a.aliases.join(', ')}` : '',
                    ),
                  ),
                ),
              )
            : none('actors'),
        ),
        section(
          'h-claims',
          'Claims',
          brief.claims.length,
          groups.length
            ? groups.map((g) =>
                h(
                  'div',
                  { class: 'group' },
                  h('h4', null, g.name, g.anonymous ? [' ', tag('anonymous', 'warn')] : null),
                  h(
                    'ul',
                    { class: 'items' },
                    ...g.claims.map((c) => {
                      const via = c.sourceIds.map((id) => sourceName.get(id)).filter((n) => n);
                      return h(
                        'li',
                        null,
                        ref('claim', c.id, true, `“${clip(c.text, quoteMax(180))}”`),
                        h(
                          'span',
                          { class: 'meta' },
                          [c.cue, c.kind, via.length ? `via ${via.join(', ')}` : ''].filter((x) => x).join(' · '),
                        ),
                      );
                    }),
                  ),
                ),
              )
            : none('claims'),
        ),
        section(
          'h-sources',
          'Sources',
          brief.sources.length,
          brief.sources.length
            ? h(
                'ul',
                { class: 'items' },
                ...brief.sources.map((s) =>
                  h(
                    'li',
                    null,
                    ref('source', s.id, s.mentions.length > 0, s.name),
                    ' ',
                    s.type === 'anonymous' ? null : tag(s.type),
                    s.anonymous ? tag('anonymous', 'warn') : null,
                  ),
                ),
              )
            : none('sources'),
        ),
        section(
          'h-caveats',
          'Caveats',
          brief.caveats.length,
          brief.caveats.length
            ? h(
                'ul',
                { class: 'items' },
                ...brief.caveats.map((k) =>
                  h(
                    'li',
                    null,
                    tag(k.kind, 'caveat'),
                    ' ',
                    ref('caveat', k.id, true, `“${clip(k.text, quoteMax(140))}”`),
                    h(
                      'span',
                      { class: 'meta' },
                      `${k.voice === 'author' ? "Author's voice" : 'Attributed'}: ${k.reason}`,
                    ),
                  ),
                ),
              )
            : none('caveats'),
        ),
      ),
      // After the brief in source order; CSS puts it on the left when wide, and after the summary (before the other lists) on a phone.
      text === null
        ? null
        : h(
            'div',
            { class: 'reading' },
            h('h3', { class: 'sr-only' }, 'Article with highlights'),
            legend,
            h(
              'div',
              { class: 'article', lang: brief.language || undefined },
              ...renderSegments(highlight(text, brief)),
            ),
          ),
    ),
  );
}
