/**
 * The labelled dev set of issue 16 (`npm run eval -- devset`): our own labels of PTC train
 * articles by genre (wire news with several outlets credited, opinion, anonymous sourcing, embedded
 * posts and widgets), in scripts/eval/devset/, scored per genre and overall. Labels were written by
 * reading the articles, never from engine output (devset-labels.ts has the schema).
 *
 * Scoring (micro-averaged: counts are pooled over the articles of a genre, or of all of them):
 * - claims (content + speaker): an engine claim matches a label when its text contains the
 *   label's `contains`, or lies inside it and is at least 12 characters long (quotes folded,
 *   white space collapsed), and its speaker matches (as in the worked examples: the speaker's name
 *   or its actor's name or aliases, whole or one word of it; a label speaker `null` wants no
 *   speaker; an optional label without a speaker accepts any). Recall: share of `must` labels some
 *   engine claim matches. Precision: share of engine claims that match some `must` or `optional`
 *   label; every other engine claim is a false positive, a right content with a wrong speaker too.
 * - sources: an engine source matches a label when its name equals one of `names` or contains
 *   `nameContains` (case-insensitive), and `anonymous` agrees when the label gives it. Recall over
 *   `must`; precision: share of engine sources matching some `must` or `optional` label.
 * - author-voice caveats: engine caveats with voice `author`, the article-level sourcing notes
 *   (`anonymous-sourcing`, `single-source`) aside, as in the PTC suite. A caveat matches a label
 *   when its span overlaps an occurrence of the label's text. Recall over `must`; precision: share
 *   of engine caveats overlapping some `must` or `optional` label. Kinds are not scored. Where a
 *   genre has no `must` label (straight news) recall and F1 are `n/a` and precision is the number
 *   to read: every author-voice caveat that matches no `optional` label is a false alarm.
 * - furniture: engine items made from page furniture, counted: actors every mention of which is
 *   inside a furniture line (unless `actors.must` lists it; a
 *   source named only in an embedded-post credit may be a source, not an actor), claims and author-voice
 *   caveats (any kind) overlapping one, except in the article's own headline (its first line: the
 *   publisher's words, whose loaded language the worked examples count as the author's voice).
 *   Target 0.
 * - also reported: `actors.must` found, `actors.mustNot` output, `caveats.mustNot` hit (others'
 *   words or furniture flagged as the author's voice), and `claims.mustNot` output.
 */
import { brief } from '../../src/engine';
import type { Brief, Claim, Source } from '../../src/schema/brief';
import { speakerMatches } from './examples';
import {
  GENRES,
  loadLabels,
  locate,
  ptcArticles,
  type ClaimLabel,
  type DevLabel,
  type Genre,
  type SourceLabel,
  type Span,
} from './devset-labels';
import { fold, hasSharedData, type Row, type Suite } from './shared';

const ARTICLE_LEVEL = new Set(['anonymous-sourcing', 'single-source']);
const lower = (s: string) => s.toLowerCase();

/** Counts for one article or a pool of them. */
export interface Tally {
  articles: number;
  claims: { gold: number; found: number; predicted: number; correct: number };
  sources: { gold: number; found: number; predicted: number; correct: number };
  caveats: { gold: number; found: number; predicted: number; correct: number };
  furniture: { actors: number; claims: number; caveats: number };
  actorsMust: { gold: number; found: number };
  actorsMustNot: number;
  caveatsMustNot: number;
  claimsMustNot: number;
}

export function emptyTally(): Tally {
  const pr = () => ({ gold: 0, found: 0, predicted: 0, correct: 0 });
  return {
    articles: 0,
    claims: pr(),
    sources: pr(),
    caveats: pr(),
    furniture: { actors: 0, claims: 0, caveats: 0 },
    actorsMust: { gold: 0, found: 0 },
    actorsMustNot: 0,
    caveatsMustNot: 0,
    claimsMustNot: 0,
  };
}

export function addTally(into: Tally, t: Tally): void {
  into.articles += t.articles;
  for (const k of ['claims', 'sources', 'caveats'] as const)
    for (const f of ['gold', 'found', 'predicted', 'correct'] as const) into[k][f] += t[k][f];
  for (const f of ['actors', 'claims', 'caveats'] as const) into.furniture[f] += t.furniture[f];
  into.actorsMust.gold += t.actorsMust.gold;
  into.actorsMust.found += t.actorsMust.found;
  into.actorsMustNot += t.actorsMustNot;
  into.caveatsMustNot += t.caveatsMustNot;
  into.claimsMustNot += t.claimsMustNot;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function contentMatches(claimText: string, contains: string): boolean {
  const c = fold(claimText);
  const want = fold(contains);
  return c.includes(want) || (c.length >= 12 && want.includes(c));
}

function claimMatches(b: Brief, claim: Claim, label: ClaimLabel): boolean {
  if (!contentMatches(claim.text, label.contains)) return false;
  if (label.speaker === undefined) return true;
  if (label.speaker === null) return claim.speaker === null;
  const wants = Array.isArray(label.speaker) ? label.speaker : [label.speaker];
  return wants.some((w) => speakerMatches(b, claim, w));
}

function sourceMatches(s: Source, label: SourceLabel): boolean {
  const name = lower(fold(s.name));
  const byName =
    (label.names?.some((n) => lower(fold(n)) === name) ?? false) ||
    (label.nameContains !== undefined && name.includes(lower(fold(label.nameContains))));
  return byName && (label.anonymous === undefined || s.anonymous === label.anonymous);
}

/** Scores one article's brief against its label; `errors` collects readable misses and false positives. */
export function scoreArticle(label: DevLabel, text: string, b: Brief, errors: string[] = []): Tally {
  const t = emptyTally();
  t.articles = 1;
  const id = label.article.replace('ptc-train-article', '');

  // Claims.
  const claimLabels = [...label.claims.must, ...label.claims.optional];
  t.claims.gold = label.claims.must.length;
  t.claims.predicted = b.claims.length;
  for (const want of label.claims.must) {
    if (b.claims.some((c) => claimMatches(b, c, want))) t.claims.found++;
    else errors.push(`${id} claim missed: ${JSON.stringify(want.speaker)} ${want.contains}`);
  }
  for (const c of b.claims) {
    if (claimLabels.some((l) => claimMatches(b, c, l))) t.claims.correct++;
    else errors.push(`${id} claim extra: ${c.speaker?.name ?? 'null'}: ${c.text.slice(0, 100)}`);
  }
  t.claimsMustNot = label.claims.mustNot.filter((m) => b.claims.some((c) => contentMatches(c.text, m.contains))).length;

  // Sources.
  const sourceLabels = [...label.sources.must, ...label.sources.optional];
  t.sources.gold = label.sources.must.length;
  t.sources.predicted = b.sources.length;
  for (const want of label.sources.must) {
    if (b.sources.some((s) => sourceMatches(s, want))) t.sources.found++;
    else errors.push(`${id} source missed: ${JSON.stringify(want.names ?? want.nameContains)}`);
  }
  for (const s of b.sources) {
    if (sourceLabels.some((l) => sourceMatches(s, l))) t.sources.correct++;
    else errors.push(`${id} source extra: ${s.name} (${s.type})`);
  }

  // Author-voice caveats.
  const voice = b.caveats.filter((k) => k.voice === 'author' && !ARTICLE_LEVEL.has(k.kind));
  const spansOf = (l: { contains: string; occurrences: 'all' | 'first' }) => locate(text, l.contains, l.occurrences);
  const mustSpans = label.caveats.must.map(spansOf);
  const allSpans = [...mustSpans, ...label.caveats.optional.map(spansOf)].flat();
  t.caveats.gold = label.caveats.must.length;
  t.caveats.predicted = voice.length;
  label.caveats.must.forEach((want, i) => {
    if (voice.some((k) => mustSpans[i].some((s) => overlaps(k, s)))) t.caveats.found++;
    else errors.push(`${id} caveat missed: ${want.contains}`);
  });
  for (const k of voice) {
    if (allSpans.some((s) => overlaps(k, s))) t.caveats.correct++;
    else errors.push(`${id} caveat extra: ${k.kind}: ${k.text.slice(0, 100)}`);
  }
  for (const bad of label.caveats.mustNot) {
    const spans = spansOf(bad);
    if (b.caveats.some((k) => k.voice === 'author' && spans.some((s) => overlaps(k, s)))) {
      t.caveatsMustNot++;
      errors.push(`${id} caveat mustNot: ${bad.contains}`);
    }
  }

  // Page furniture.
  const furniture = label.furniture.flatMap((f) => locate(text, f.contains, f.occurrences));
  const inFurniture = (s: Span) => furniture.some((f) => s.start >= f.start && s.end <= f.end);
  const listed = new Set(label.actors.must.map((a) => lower(a.name)));
  for (const a of b.actors) {
    if (a.mentions.length === 0 || !a.mentions.every(inFurniture)) continue;
    if ([a.name, ...a.aliases].some((n) => listed.has(lower(n)))) continue;
    t.furniture.actors++;
    errors.push(`${id} furniture actor: ${a.name}`);
  }
  // The article's own headline (its first line, shown as the brief's title) is the publisher's own
  // words: its loaded language is the author's voice and a speaker it names speaks, as the worked
  // examples require (graham-hearing's title caveat). Only its actors are counted as furniture.
  const bodyFurniture = label.furniture
    .filter((f) => !(f.what === 'headline' && text.startsWith(f.contains)))
    .flatMap((f) => locate(text, f.contains, f.occurrences));
  for (const c of b.claims)
    if (bodyFurniture.some((f) => overlaps(c, f))) {
      t.furniture.claims++;
      errors.push(`${id} furniture claim: ${c.text.slice(0, 80)}`);
    }
  for (const k of b.caveats)
    if (k.voice === 'author' && bodyFurniture.some((f) => overlaps(k, f))) {
      t.furniture.caveats++;
      errors.push(`${id} furniture caveat: ${k.kind}: ${k.text.slice(0, 80)}`);
    }

  // Actors.
  t.actorsMust.gold = label.actors.must.length;
  for (const want of label.actors.must) {
    const found = b.actors.some(
      (a) => [a.name, ...a.aliases].some((n) => lower(n) === lower(want.name)) && (!want.type || a.type === want.type),
    );
    if (found) t.actorsMust.found++;
    else errors.push(`${id} actor missed: ${want.name}${want.type ? ` (${want.type})` : ''}`);
  }
  for (const name of label.actors.mustNot) {
    if (b.actors.some((a) => [a.name, ...a.aliases].some((n) => lower(n) === lower(name)))) {
      t.actorsMustNot++;
      errors.push(`${id} actor mustNot: ${name}`);
    }
  }
  return t;
}

const f2 = (x: number) => x.toFixed(2);

function rowsFor(name: string, t: Tally, targets: boolean): Row[] {
  const rows: Row[] = [];
  const pr = (metric: string, c: Tally['claims'], target: number) => {
    // Recall and precision from their own counts: a must label and an engine item are matched separately.
    const p = c.predicted ? c.correct / c.predicted : 0;
    const r = c.gold ? c.found / c.gold : 0;
    const f1 = p + r ? (2 * p * r) / (p + r) : 0;
    // No must label: recall and F1 are undefined (n/a); precision still says how much noise was output.
    const counts = `P ${c.predicted ? f2(p) : 'n/a'} (${c.correct}/${c.predicted}) R ${c.gold ? f2(r) : 'n/a'} (${c.found}/${c.gold})`;
    rows.push({
      suite: 'devset',
      metric: `${name}: ${metric}`,
      score: c.gold === 0 ? Number.NaN : f1,
      target: targets ? target : undefined,
      detail: c.gold === 0 ? `n/a: no must labels; ${counts}` : counts,
    });
  };
  pr('claims F1 (content+speaker)', t.claims, 0.85);
  pr('sources F1', t.sources, 0.8);
  pr('author-voice caveats F1', t.caveats, 0.7);
  const furniture = t.furniture.actors + t.furniture.claims + t.furniture.caveats;
  rows.push({
    suite: 'devset',
    metric: `${name}: furniture as actor/claim/caveat`,
    score: furniture,
    format: 'count',
    target: targets ? 0 : undefined,
    lowerIsBetter: true,
    detail: `${t.furniture.actors} actors, ${t.furniture.claims} claims, ${t.furniture.caveats} caveats; ${t.articles} articles`,
  });
  return rows;
}

export function runDevset(): { byGenre: Map<Genre, Tally>; all: Tally; errors: string[] } {
  const articles = ptcArticles();
  const byGenre = new Map<Genre, Tally>(GENRES.map((g) => [g, emptyTally()]));
  const all = emptyTally();
  const errors: string[] = [];
  for (const label of loadLabels()) {
    const text = articles.get(label.article);
    if (text === undefined) throw new Error(`devset: no PTC train article ${label.article}`);
    const t = scoreArticle(label, text, brief({ text }), errors);
    addTally(byGenre.get(label.genre) as Tally, t);
    addTally(all, t);
  }
  return { byGenre, all, errors };
}

export const devsetSuite: Suite = {
  name: 'devset',
  run() {
    if (!hasSharedData()) {
      console.error('devset: skipped, no shared data (the PTC articles are read from there)');
      return { rows: [] };
    }
    const { byGenre, all, errors } = runDevset();
    const rows = [...byGenre].flatMap(([genre, t]) => (t.articles ? rowsFor(genre, t, false) : []));
    rows.push(...rowsFor('all', all, true));
    rows.push(
      {
        suite: 'devset',
        metric: 'all: actors.must found',
        score: all.actorsMust.gold ? all.actorsMust.found / all.actorsMust.gold : 1,
        detail: `${all.actorsMust.found}/${all.actorsMust.gold}`,
      },
      {
        suite: 'devset',
        metric: 'all: mustNot output (actors, claims, author-voice caveats)',
        score: all.actorsMustNot + all.claimsMustNot + all.caveatsMustNot,
        format: 'count',
        target: 0,
        lowerIsBetter: true,
        detail: `${all.actorsMustNot} actors, ${all.claimsMustNot} claims, ${all.caveatsMustNot} caveats`,
      },
    );
    return { rows, details: { errors } };
  },
};
