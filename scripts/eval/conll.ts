/**
 * CoNLL-2003 English test (eng.testb, shared/eval/conll2003-en-test/): how well actor names find
 * people, organisations and locations.
 *
 * Each document's text is rebuilt from its tokens (one sentence a line, light detokenising so
 * "Clinton 's" reads "Clinton's" and "Japan ," reads "Japan,"), briefed with `brief()`, and every
 * actor name mention (pronoun mentions left out: CoNLL marks no pronouns) is compared with the gold
 * PER/ORG/LOC entities by exact character span: person -> PER, organization -> ORG, country and
 * place -> LOC. Groups ("U.S. officials") and MISC have no counterpart and are not scored.
 * This set is a test split: the engine is tuned on the worked examples and PolNeAR dev, and this
 * suite only measures. (CoNLL-2003 has no dev split in shared/.)
 */
import { brief } from '../../src/engine';
import type { ActorType } from '../../src/schema/brief';
import { prf, readJsonl, type Row, type Suite } from './shared';

interface Sentence {
  id: string;
  doc: number;
  tokens: string[];
  tags: string[];
}

type Kind = 'PER' | 'ORG' | 'LOC';
const KINDS: Kind[] = ['PER', 'ORG', 'LOC'];
const KIND_OF: Partial<Record<ActorType, Kind>> = { person: 'PER', organization: 'ORG', country: 'LOC', place: 'LOC' };
const PRONOUNS = new Set([
  'he',
  'him',
  'his',
  'himself',
  'she',
  'her',
  'hers',
  'herself',
  'they',
  'them',
  'their',
  'it',
  'its',
]);
/** Tokens written against the previous token. */
const NO_SPACE_BEFORE = new Set([
  ',',
  '.',
  ';',
  ':',
  '!',
  '?',
  ')',
  ']',
  '%',
  "'s",
  "'",
  "n't",
  "'re",
  "'ve",
  "'ll",
  "'d",
  "'m",
]);

export interface Entity {
  start: number;
  end: number;
  kind: string;
  text: string;
}

/** One document: its rebuilt text and its gold entities as character spans. */
export function rebuild(sentences: Sentence[]): { text: string; gold: Entity[] } {
  let text = '';
  const gold: Entity[] = [];
  sentences.forEach((s, si) => {
    if (si > 0) text += si === 1 ? '\n\n' : '\n'; // the first line is the headline
    let open: Entity | null = null;
    s.tokens.forEach((tok, ti) => {
      if (ti > 0 && !NO_SPACE_BEFORE.has(tok) && s.tokens[ti - 1] !== '(') text += ' ';
      const start = text.length;
      text += tok;
      const tag = s.tags[ti];
      if (tag.startsWith('B-') || tag === 'O') {
        if (open) gold.push(open);
        open = tag === 'O' ? null : { start, end: text.length, kind: tag.slice(2), text: '' };
      } else if (open) open.end = text.length;
    });
    if (open) gold.push(open);
  });
  for (const g of gold) g.text = text.slice(g.start, g.end);
  return { text, gold: gold.filter((g) => g.kind !== 'MISC') };
}

export function documents(limit?: number): { text: string; gold: Entity[] }[] {
  const byDoc = new Map<number, Sentence[]>();
  for (const s of readJsonl<Sentence>('eval/conll2003-en-test/test.jsonl')) {
    byDoc.set(s.doc, [...(byDoc.get(s.doc) ?? []), s]);
  }
  const docs = [...byDoc.values()].map(rebuild);
  return limit ? docs.slice(0, limit) : docs;
}

export function predictions(text: string): Entity[] {
  const out: Entity[] = [];
  for (const a of brief({ text }).actors) {
    const kind = KIND_OF[a.type];
    if (!kind) continue;
    for (const m of a.mentions) {
      const t = text.slice(m.start, m.end);
      if (!PRONOUNS.has(t.toLowerCase())) out.push({ start: m.start, end: m.end, kind, text: t });
    }
  }
  return out;
}

export const conllSuite: Suite = {
  name: 'conll',
  run({ limit }) {
    const counts = Object.fromEntries(KINDS.map((k) => [k, { tp: 0, predicted: 0, gold: 0 }])) as Record<
      Kind,
      { tp: number; predicted: number; gold: number }
    >;
    const errors: { kind: string; text: string; error: 'missed' | 'spurious' | 'wrong-type'; other?: string }[] = [];
    for (const { text, gold } of documents(limit)) {
      const predicted = predictions(text);
      const goldAt = new Map(gold.map((g) => [`${g.start}:${g.end}`, g]));
      const predAt = new Map(predicted.map((p) => [`${p.start}:${p.end}`, p]));
      for (const g of gold) {
        counts[g.kind as Kind].gold++;
        const p = predAt.get(`${g.start}:${g.end}`);
        if (p && p.kind === g.kind) counts[g.kind as Kind].tp++;
        else errors.push({ kind: g.kind, text: g.text, error: p ? 'wrong-type' : 'missed', other: p?.kind });
      }
      for (const p of predicted) {
        counts[p.kind as Kind].predicted++;
        if (!goldAt.has(`${p.start}:${p.end}`)) errors.push({ kind: p.kind, text: p.text, error: 'spurious' });
      }
    }
    const rows: Row[] = KINDS.map((k) => {
      const { p, r, f1 } = prf(counts[k].tp, counts[k].predicted, counts[k].gold);
      return {
        suite: 'conll',
        metric: `${k} F1`,
        score: f1,
        target: k === 'PER' ? 0.8 : undefined,
        detail: `P ${(p * 100).toFixed(1)} R ${(r * 100).toFixed(1)} (${counts[k].gold} gold)`,
      };
    });
    const all = KINDS.reduce(
      (acc, k) => ({
        tp: acc.tp + counts[k].tp,
        predicted: acc.predicted + counts[k].predicted,
        gold: acc.gold + counts[k].gold,
      }),
      { tp: 0, predicted: 0, gold: 0 },
    );
    const micro = prf(all.tp, all.predicted, all.gold);
    rows.push({
      suite: 'conll',
      metric: 'PER+ORG+LOC micro F1',
      score: micro.f1,
      detail: `P ${(micro.p * 100).toFixed(1)} R ${(micro.r * 100).toFixed(1)}`,
    });
    return { rows, details: { counts, errors: errors.slice(0, 2000) } };
  },
};
