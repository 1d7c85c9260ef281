/**
 * PolNeAR attribution (shared/eval/polnear/{dev,test}.jsonl): how well the brief's claims find the
 * annotated attributions of political news (Newell, Margolin & Ruths, LREC 2018).
 *
 * Matching (issue 4): a predicted claim matches a gold attribution when their content spans
 * overlap (on the gold fragments when the span is discontinuous); its source is right when the
 * speaker's name, or a name of the actor it resolved to, shares a word with the gold source span,
 * when one of that actor's mentions overlaps the gold source span, or when the gold source is a
 * pronoun or implicit. Precision counts predicted claims that match some gold attribution, recall
 * counts gold attributions that some claim matches (overlap matching, not one-to-one: a quotation
 * the annotators kept whole and the brief split at its cue clause is found, not penalised twice).
 * The strict variant also needs the shared length to be at least 60% of the longer span.
 * A statement split by its own cue clause ('“Q1,” X said. “Q2.”') is one gold attribution with
 * discontinuous content; the brief gives each quotation as a claim and links the later ones to
 * the first (`continues`), so a claim together with the claims that continue it is scored as one
 * predicted attribution whose content is their spans (issue 16).
 *
 * Known limits: PolNeAR also annotates internal states ("believes", "wants") and actions as
 * attributions; those are in the gold and count as misses when the brief does not report them.
 */
import { brief } from '../../src/engine';
import type { Brief, Claim } from '../../src/schema/brief';
import { NewsVoice } from './polnear-news-voice';
import { readJsonl, type Row, type Suite } from './shared';

export interface GoldSpan {
  start: number;
  end: number;
  text: string;
  fragments?: { start: number; end: number; text: string }[];
}

export interface GoldAttribution {
  id: string;
  source: GoldSpan | null;
  cue: GoldSpan | null;
  content: GoldSpan;
  source_implicit: boolean;
  /** Not gold: derived from the content text (see the shared data README). */
  type_heuristic?: string;
}

export interface PolnearArticle {
  id: string;
  text: string;
  attributions: GoldAttribution[];
}

const PRONOUNS = new Set([
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'you',
  'who',
  'which',
  'that',
  'him',
  'her',
  'them',
  'us',
  'me',
]);
const FUNCTION_WORDS = new Set([
  'the',
  'a',
  'an',
  'of',
  'and',
  'in',
  'on',
  'to',
  'for',
  'at',
  'by',
  'with',
  's',
  'its',
  'his',
  'her',
  'their',
  'our',
]);

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\u2019']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !FUNCTION_WORDS.has(w));

/** A gold span's pieces: its fragments when discontinuous, else the span itself. */
export function pieces(span: GoldSpan): { start: number; end: number }[] {
  return span.fragments?.length ? span.fragments : [span];
}

/** A predicted attribution: a claim and the claims that continue its statement (`continues`). */
export interface Statement {
  claim: Claim;
  parts: { start: number; end: number }[];
}

export function statementsOf(claims: readonly Claim[]): Statement[] {
  const byId = new Map<string, Statement>();
  const out: Statement[] = [];
  for (const c of claims) {
    const head = c.continues !== undefined ? byId.get(c.continues) : undefined;
    if (head) {
      head.parts.push(c);
      continue;
    }
    const st = { claim: c, parts: [{ start: c.start, end: c.end }] };
    byId.set(c.id, st);
    out.push(st);
  }
  return out;
}

/** Characters a statement shares with a gold span (over its fragments). */
export function shared(a: Statement, gold: GoldSpan): number {
  let n = 0;
  for (const p of a.parts)
    for (const f of pieces(gold)) n += Math.max(0, Math.min(p.end, f.end) - Math.max(p.start, f.start));
  return n;
}

export function goldLength(gold: GoldSpan): number {
  return pieces(gold).reduce((n, f) => n + f.end - f.start, 0);
}

function overlaps(st: Statement, gold: GoldSpan, strict: boolean): boolean {
  const n = shared(st, gold);
  if (n <= 0) return false;
  return !strict || n >= 0.6 * Math.max(statementLength(st), goldLength(gold));
}

export function statementLength(st: Statement): number {
  return st.parts.reduce((k, p) => k + p.end - p.start, 0);
}

export function sourceRight(b: Brief, claim: Claim, gold: GoldAttribution): boolean {
  if (gold.source_implicit || !gold.source) return true;
  const goldWords = words(gold.source.text);
  if (goldWords.length === 0 || goldWords.every((w) => PRONOUNS.has(w))) return true;
  if (!claim.speaker) return false;
  const actor = claim.speaker.actorId ? b.actors.find((a) => a.id === claim.speaker!.actorId) : undefined;
  const names = [claim.speaker.name, ...(actor ? [actor.name, ...actor.aliases] : [])];
  const goldSet = new Set(goldWords);
  if (names.some((n) => words(n).some((w) => goldSet.has(w)))) return true;
  return !!actor?.mentions.some((m) => m.start < gold.source!.end && gold.source!.start < m.end);
}

interface Tally {
  predicted: number;
  predictedHit: number;
  gold: number;
  goldHit: number;
}

const tally = (): Tally => ({ predicted: 0, predictedHit: 0, gold: 0, goldHit: 0 });

export const polnearSuite: Suite = {
  name: 'polnear',
  run({ split, limit }) {
    const articles = readJsonl<PolnearArticle>(`eval/polnear/${split}.jsonl`).slice(0, limit);
    const kinds = ['content', 'content+source', 'content (strict)', 'content+source (strict)'] as const;
    const t = Object.fromEntries(kinds.map((k) => [k, tally()])) as Record<(typeof kinds)[number], Tally>;
    const misses: { article: string; gold: string; source: string | null; cue: string | null }[] = [];
    const falsePositives: { article: string; claim: string; speaker: string | null }[] = [];
    const newsVoice = new NewsVoice(split);
    for (const article of articles) {
      const b = brief({ text: article.text });
      newsVoice.add(article.id, article.text, b);
      const statements = statementsOf(b.claims);
      for (const kind of kinds) {
        const strict = kind.includes('strict');
        const withSource = kind.includes('source');
        const ok = (st: Statement, g: GoldAttribution) =>
          overlaps(st, g.content, strict) && (!withSource || sourceRight(b, st.claim, g));
        const tk = t[kind];
        tk.predicted += statements.length;
        tk.gold += article.attributions.length;
        for (const c of statements) {
          const hit = article.attributions.some((g) => ok(c, g));
          if (hit) tk.predictedHit++;
          else if (kind === 'content+source' && falsePositives.length < 400)
            falsePositives.push({
              article: article.id,
              claim: c.claim.text.slice(0, 160),
              speaker: c.claim.speaker?.name ?? null,
            });
        }
        for (const g of article.attributions) {
          const hit = statements.some((c) => ok(c, g));
          if (hit) tk.goldHit++;
          else if (kind === 'content+source' && misses.length < 800)
            misses.push({
              article: article.id,
              gold: g.content.text.slice(0, 160),
              source: g.source?.text ?? null,
              cue: g.cue?.text ?? null,
            });
        }
      }
    }
    const rows: Row[] = [];
    for (const kind of kinds) {
      const tk = t[kind];
      const p = tk.predicted ? tk.predictedHit / tk.predicted : 0;
      const r = tk.gold ? tk.goldHit / tk.gold : 0;
      const f1 = p + r ? (2 * p * r) / (p + r) : 0;
      const target = kind === 'content+source' ? 0.7 : undefined;
      rows.push({
        suite: 'polnear',
        metric: `${kind} F1`,
        score: f1,
        target,
        detail: `P ${(p * 100).toFixed(1)} R ${(r * 100).toFixed(1)} (${tk.predicted} statements, ${tk.gold} gold)`,
      });
    }
    const voice = newsVoice.row();
    if (voice) rows.push(voice);
    return { rows, details: { misses, falsePositives } };
  },
};
