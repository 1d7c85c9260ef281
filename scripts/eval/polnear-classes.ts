/**
 * PolNeAR dev misses by class (issue 16): every gold attribution that no statement matches on
 * content+source, classed by the shape of its cue and source: cue lemma, where the cue stands
 * (before / after / inside the content), what the source is (pronoun, name, group, none), and
 * whether the content is quoted. Also strict-content boundary errors of matched ones. Dev split only.
 * Usage: npx tsx scripts/eval/polnear-classes.ts [--by lemma|shape|pos|src|kind] [--show KEY] [--limit N]
 */
import { writeFileSync } from 'node:fs';
import { brief } from '../../src/engine';
import {
  goldLength,
  pieces,
  shared,
  sourceRight,
  statementLength,
  statementsOf,
  type GoldAttribution,
  type PolnearArticle,
} from './polnear';
import { CUES } from '../../src/engine/data/cues';
import { readJsonl } from './shared';

const args = process.argv.slice(2);
const opt = (k: string) => (args.includes(k) ? args[args.indexOf(k) + 1] : undefined);
const by = opt('--by') ?? 'shape';
const show = opt('--show');
const limit = Number(opt('--limit') ?? 60);

const AUX =
  /^(has|have|had|is|was|were|are|be|been|being|will|would|could|can|may|might|should|must|did|does|do|not|n't|also|reportedly|repeatedly|previously|later|then|just|still|even|never|often|publicly|recently|already|has been|had been|to|and)$/;
const PRONOUN = /^(he|she|they|it|we|i|you|who|which|that|him|her|them|us|me|his|its|their|this|these|those)$/i;

function lemma(cue: string): string {
  const ws = cue
    .toLowerCase()
    .replace(/[\u2019']/g, "'")
    .split(/[^a-z':]+/)
    .filter((w) => w && !AUX.test(w));
  const w = ws[0] ?? cue.trim().toLowerCase();
  if (w === ':' || cue.trim() === ':') return ':';
  if (/^according/.test(cue.toLowerCase())) return 'according to';
  return w
    .replace(/ies$/, 'y')
    .replace(/(ss|sh|ch|x)es$/, '$1')
    .replace(/([^s])s$/, '$1')
    .replace(/ied$/, 'y')
    .replace(/([^e])ed$/, '$1')
    .replace(/ing$/, '');
}

function known(cue: string): string {
  const ws = cue
    .toLowerCase()
    .replace(/[\u2019']/g, "'")
    .split(/[^a-z']+/)
    .filter(Boolean);
  for (let i = 0; i < ws.length; i++)
    if (CUES.has(ws[i]) || (i + 1 < ws.length && CUES.has(`${ws[i]} ${ws[i + 1]}`))) return 'known';
  return /^\s*according/i.test(cue) ? 'known' : 'unknown';
}

function srcKind(g: GoldAttribution): string {
  if (!g.source || g.source_implicit) return 'none';
  const t = g.source.text.trim();
  if (PRONOUN.test(t)) return 'pron';
  const words = t.split(/\s+/);
  if (/^(the |a |an |some |many |most |several |other |two |three |one |more )?[a-z]/.test(t)) {
    if (words.some((w) => /^[A-Z]/.test(w) && !/^(The|A|An)$/.test(w))) return 'mixed';
    return 'group';
  }
  return 'name';
}

function pos(g: GoldAttribution): string {
  if (!g.cue) return 'nocue';
  const ps = pieces(g.content);
  if (g.cue.end <= ps[0].start) return 'before';
  if (g.cue.start >= ps[ps.length - 1].end) return 'after';
  return 'inside';
}

function kind(g: GoldAttribution): string {
  const t = g.content.text.trim();
  if (/^["\u201c\u2018']/.test(t)) return 'direct';
  if (/["\u201c\u201d]/.test(t)) return 'mixed';
  return 'indirect';
}

const groups = new Map<string, { n: number; ex: string[] }>();
const causes = new Map<string, number>();
const add = (key: string, ex: string) => {
  const g = groups.get(key) ?? { n: 0, ex: [] };
  g.n++;
  g.ex.push(ex);
  groups.set(key, g);
};
let total = 0;
const dump: unknown[] = [];
for (const art of readJsonl<PolnearArticle>('eval/polnear/dev.jsonl')) {
  const b = brief({ text: art.text });
  const statements = statementsOf(b.claims);
  for (const g of art.attributions) {
    total++;
    const over = statements.filter((c) => shared(c, g.content) > 0);
    let cause: string;
    if (over.length === 0) cause = 'missed';
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    else if (!over.some((c) => sourceRight(b, c.claim, g as any))) cause = 'source';
    else if (over.some((c) => shared(c, g.content) >= 0.6 * Math.max(statementLength(c), goldLength(g.content))))
      cause = 'ok';
    else cause = statementLength(over[0]) > goldLength(g.content) ? 'long' : 'short';
    causes.set(cause, (causes.get(cause) ?? 0) + 1);
    if (cause === 'ok') continue;
    const miss = cause === 'missed' || cause === 'source';
    if (by !== 'bound' && !miss) continue;
    if (by === 'bound' && miss) continue;
    const lem = g.cue ? lemma(g.cue.text) : '(none)';
    const key =
      by === 'lemma'
        ? lem
        : by === 'known'
          ? `${cause}\t${g.cue ? known(g.cue.text) : 'nocue'}\t${pos(g)}`
          : by === 'pos'
            ? pos(g)
            : by === 'src'
              ? srcKind(g)
              : by === 'kind'
                ? kind(g)
                : by === 'bound'
                  ? `${cause}\t${pos(g)}\t${kind(g)}`
                  : `${cause}\t${lem}\t${pos(g)}\t${srcKind(g)}\t${kind(g)}`;
    const s = Math.max(0, Math.min(g.content.start, g.cue?.start ?? 1e9, g.source?.start ?? 1e9) - 30);
    const e = Math.max(g.content.end, g.cue?.end ?? 0, g.source?.end ?? 0) + 15;
    let ex = `${art.id.slice(11, 50)} src=[${g.source?.text ?? ''}] cue=[${g.cue?.text ?? ''}]\n   ${art.text
      .slice(s, e)
      .replace(/\n/g, ' / ')
      .slice(0, 400)}\n   GOLD: ${g.content.text.slice(0, 200)}`;
    for (const c of over)
      ex += `\n   CLAIM: ${c.parts
        .map((p) => art.text.slice(p.start, p.end))
        .join(' ||| ')
        .slice(0, 200)} [${c.claim.speaker?.name ?? '-'}]`;
    add(key, ex);
    dump.push({
      art: art.id,
      cause,
      cue: g.cue?.text ?? '',
      src: g.source?.text ?? '',
      pos: pos(g),
      ctx: art.text.slice(s, e),
    });
  }
}
if (opt('--dump')) writeFileSync(opt('--dump')!, JSON.stringify(dump));
console.log(`total ${total}`, [...causes].map(([k, v]) => `${k} ${v}`).join('  '));
const sorted = [...groups].sort((a, b) => b[1].n - a[1].n);
if (show) {
  for (const [k, v] of sorted)
    if (k.includes(show)) {
      console.log(`=== ${k} (${v.n})`);
      for (const ex of v.ex) console.log(ex);
    }
} else for (const [k, v] of sorted.slice(0, limit)) console.log(v.n, k);

/** With --tails: for over-long matched claims, the words right after the gold content's end. */
if (args.includes('--tails')) {
  const tails = new Map<string, number>();
  for (const art of readJsonl<PolnearArticle>('eval/polnear/dev.jsonl')) {
    const statements = statementsOf(brief({ text: art.text }).claims);
    for (const g of art.attributions) {
      const over = statements.filter((c) => shared(c, g.content) > 0);
      if (
        !over.length ||
        over.some((c) => shared(c, g.content) >= 0.6 * Math.max(statementLength(c), goldLength(g.content)))
      )
        continue;
      const c = over[0];
      const gEnd = pieces(g.content)[pieces(g.content).length - 1].end;
      const cEnd = c.parts[c.parts.length - 1].end;
      const gStart = pieces(g.content)[0].start;
      const cStart = c.parts[0].start;
      let key = '';
      if (cEnd > gEnd + 1)
        key += `END+ ${art.text
          .slice(gEnd, Math.min(cEnd, gEnd + 40))
          .replace(/\n/g, ' ')
          .split(/\s+/)
          .slice(0, 3)
          .join(' ')}`;
      if (cStart < gStart - 1)
        key += ` START- ${art.text.slice(Math.max(cStart, gStart - 30), gStart).replace(/\n/g, ' ')}`;
      if (!key) key = `short ${cEnd < gEnd ? 'end' : ''} ${cStart > gStart ? 'start' : ''}`;
      tails.set(key, (tails.get(key) ?? 0) + 1);
    }
  }
  for (const [k, v] of [...tails].sort((a, b) => b[1] - a[1])) console.log(v, k);
}
