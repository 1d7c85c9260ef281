/**
 * PTC (SemEval-2020 Task 11, train split): how well author-voice caveats line up with the
 * propaganda spans annotators marked. Two numbers:
 * - coverage: of the Loaded_Language and Doubt spans outside quotations (a span inside a
 *   quotation is the speaker's, which the brief must not count against the author), the share
 *   that some author-voice caveat overlaps;
 * - unlabelled: of the author-voice caveats (sourcing caveats aside), the share that overlap no
 *   labelled span of any technique. PTC marks propaganda, not every opinion, so this is an upper
 *   bound on false alarms, for reading errors rather than a precision figure.
 * Details keep the most frequent missed words and samples of both kinds of error.
 * There is one split (train); `--split` is ignored.
 */
import { brief } from '../../src/engine';
import { analyse } from '../../src/engine/document';
import { Regions, quotesOf } from '../../src/engine/caveats/regions';
import { readJsonl, type Suite } from './shared';

interface Article {
  id: string;
  text: string;
  spans: { start: number; end: number; technique: string; text: string }[];
}

const TARGETS = ['Loaded_Language', 'Doubt'];
const ARTICLE_LEVEL = new Set(['anonymous-sourcing', 'single-source']);

export const ptcSuite: Suite = {
  name: 'ptc',
  run({ limit }) {
    let articles = readJsonl<Article>('eval/ptc-semeval2020-task11/train.jsonl');
    if (limit) articles = articles.slice(0, limit);
    const gold = new Map(TARGETS.map((t) => [t, { total: 0, covered: 0 }]));
    let caveats = 0;
    let unlabelled = 0;
    const missedWords = new Map<string, number>();
    const missed: string[] = [];
    const stray: string[] = [];
    for (const a of articles) {
      const doc = analyse(a.text);
      const quoted = new Regions(quotesOf(doc).map((q) => ({ start: q.contentStart, end: q.contentEnd })));
      const mine = brief({ text: a.text }).caveats.filter((k) => k.voice === 'author' && !ARTICLE_LEVEL.has(k.kind));
      const hits = new Regions(mine.map((k) => ({ start: k.start, end: k.end })));
      for (const span of a.spans) {
        const g = gold.get(span.technique);
        if (!g || quoted.overlaps(span.start, span.end)) continue;
        g.total++;
        if (hits.overlaps(span.start, span.end)) g.covered++;
        else {
          if (missed.length < 200) missed.push(`${span.technique}: ${span.text}`);
          if (span.technique === 'Loaded_Language') {
            const w = span.text.toLowerCase().trim();
            missedWords.set(w, (missedWords.get(w) ?? 0) + 1);
          }
        }
      }
      const labelled = new Regions(a.spans.map((s) => ({ start: s.start, end: s.end })));
      for (const k of mine) {
        caveats++;
        if (!labelled.overlaps(k.start, k.end)) {
          unlabelled++;
          if (stray.length < 200) stray.push(`${k.kind}: ${k.text}`);
        }
      }
    }
    const rows = TARGETS.map((t) => {
      const g = gold.get(t)!;
      return {
        suite: 'ptc',
        metric: `${t} covered`,
        score: g.total ? g.covered / g.total : 0,
        detail: `${g.covered}/${g.total} spans outside quotations`,
      };
    });
    rows.push({
      suite: 'ptc',
      metric: 'caveats on no labelled span',
      score: caveats ? unlabelled / caveats : 0,
      detail: `${unlabelled}/${caveats} author-voice caveats`,
    });
    const topMissed = [...missedWords].sort((x, y) => y[1] - x[1]).slice(0, 60);
    return { rows, details: { topMissed, missed, stray } };
  },
};
