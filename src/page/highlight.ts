/**
 * Highlighting: the analysed text plus a brief's spans become a tree of text and marks.
 *
 * Spans overlap and nest (a claim holds actor mentions, source names and caveats), and some cross
 * (a caveat that starts inside a quote and ends after it). We sweep the sorted span boundaries
 * with a stack of open marks: a span that starts inside another becomes its child; when a span
 * ends below the top of the stack, the marks above it are closed and reopened as continuation
 * fragments (`continued: true`). So properly nested spans give properly nested marks and only a
 * crossing span is split. Cost is O(n log n) in the number of spans plus O(depth) per boundary.
 *
 * Spans that do not fit the text (negative, empty, past the end, not integers) are skipped rather
 * than trusted: the page renders whatever brief it is given.
 *
 * The server render and the browser script share this very function: `src/page/script.ts` serves
 * its compiled source, so it must stay self-contained (no imports used at run time, no references
 * to anything outside its own body).
 *
 * @example
 * highlight('Medvedev warned.', { actors: [{ id: 'a1', mentions: [{ start: 0, end: 8 }] }], claims: [], sources: [], caveats: [] })
 * // [{ kind: 'actor', id: 'a1', start: 0, end: 8, continued: false, anchor: true, children: ['Medvedev'] }, ' warned.']
 */
import type { Range } from '../schema/brief';

/** `furniture`: page furniture (byline, credit, widget ...), which the page dims; its id is its kind. */
export type MarkKind = 'actor' | 'claim' | 'source' | 'caveat' | 'furniture';

export interface MarkNode {
  kind: MarkKind;
  id: string;
  /** The whole span this fragment belongs to. */
  start: number;
  end: number;
  /** A later fragment of a span that had to be split because another span crossed it. */
  continued: boolean;
  /** The first fragment of the first span with this kind and id: the target of list links. */
  anchor: boolean;
  children: Segment[];
}

export type Segment = string | MarkNode;

/** The parts of a brief that carry spans; structural so the browser can pass parsed JSON. */
export interface SpannedBrief {
  actors: { id: string; mentions: Range[] }[];
  claims: ({ id: string } & Range)[];
  sources: { id: string; mentions: Range[] }[];
  caveats: ({ id: string } & Range)[];
  furniture?: ({ kind: string } & Range)[];
}

export function highlight(text: string, brief: SpannedBrief): Segment[] {
  // Outer first when two spans cover the same range: a claim wraps a caveat wraps a name.
  const rank: Record<MarkKind, number> = { furniture: -1, claim: 0, caveat: 1, source: 2, actor: 3 };
  type Span = { kind: MarkKind; id: string; start: number; end: number };
  const spans: Span[] = [];
  const add = (kind: MarkKind, id: string, range: Range) => {
    const { start, end } = range;
    if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length) {
      spans.push({ kind, id: String(id), start, end });
    }
  };
  for (const actor of brief.actors) for (const m of actor.mentions) add('actor', actor.id, m);
  for (const claim of brief.claims) add('claim', claim.id, claim);
  for (const source of brief.sources) for (const m of source.mentions) add('source', source.id, m);
  for (const caveat of brief.caveats) add('caveat', caveat.id, caveat);
  // Furniture wraps whatever else is marked inside it (a title's claim), so it goes outermost.
  for (const piece of brief.furniture ?? []) add('furniture', piece.kind, piece);
  spans.sort(
    (a, b) =>
      a.start - b.start || b.end - a.end || rank[a.kind] - rank[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );

  const points = Array.from(new Set(spans.flatMap((s) => [s.start, s.end]))).sort((a, b) => a - b);
  const root: Segment[] = [];
  const stack: { span: Span; node: MarkNode }[] = [];
  const anchored = new Set<string>();
  const seenSpans = new Set<string>();
  let pos = 0;
  let next = 0;

  const container = () => (stack.length ? stack[stack.length - 1].node.children : root);
  const emitText = (to: number) => {
    if (to > pos) container().push(text.slice(pos, to));
    pos = Math.max(pos, to);
  };
  const open = (span: Span, continued: boolean) => {
    const key = `${span.kind}:${span.id}`;
    const node: MarkNode = {
      kind: span.kind,
      id: span.id,
      start: span.start,
      end: span.end,
      continued,
      anchor: !continued && !anchored.has(key),
      children: [],
    };
    anchored.add(key);
    container().push(node);
    stack.push({ span, node });
  };

  for (const p of points) {
    emitText(p);
    if (stack.some((e) => e.span.end === p)) {
      const reopen: Span[] = [];
      while (stack.some((e) => e.span.end === p)) {
        const top = stack.pop()!;
        if (top.span.end !== p) reopen.push(top.span);
      }
      for (let i = reopen.length - 1; i >= 0; i--) open(reopen[i], true);
    }
    while (next < spans.length && spans[next].start === p) {
      const span = spans[next++];
      // The same span listed twice (an actor mention repeated) is one mark, not two.
      const key = `${span.kind}:${span.id}:${span.start}:${span.end}`;
      if (seenSpans.has(key)) continue;
      seenSpans.add(key);
      open(span, false);
    }
  }
  emitText(text.length);
  return root;
}

/** The plain text of a segment tree; equals the input text (used by tests and by nothing else). */
export function segmentText(segments: Segment[]): string {
  return segments.map((s) => (typeof s === 'string' ? s : segmentText(s.children))).join('');
}
