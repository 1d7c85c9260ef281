/**
 * PolNeAR dev misses grouped by cause (issue 16): for each gold attribution no claim matches
 * (content+source, or strict content), say why: no overlapping claim at all, cut/over-long span,
 * or wrong source; grouped by the gold cue's head word. Dev split only.
 * Usage: npx tsx scripts/eval/polnear-misses.ts [--show cue] [--cause missed|short|long|source]
 * `--cause source` lists gold attributions whose content a statement matches but none with the
 * right source, with the predicted speaker(s) and the gold source in context.
 */
import { brief } from '../../src/engine';
import { goldLength, shared, sourceRight, statementLength, statementsOf, type PolnearArticle } from './polnear';
import { readJsonl } from './shared';

const args = process.argv.slice(2);
const show = args.includes('--show') ? args[args.indexOf('--show') + 1] : undefined;
const causeFilter = args.includes('--cause') ? args[args.indexOf('--cause') + 1] : undefined;

const groups = new Map<string, number>();
const causes = new Map<string, number>();
for (const art of readJsonl<PolnearArticle>('eval/polnear/dev.jsonl')) {
  const b = brief({ text: art.text });
  const statements = statementsOf(b.claims);
  for (const g of art.attributions) {
    const over = statements.filter((c) => shared(c, g.content) > 0);
    let cause: string;
    if (over.length === 0) cause = 'missed';
    else if (causeFilter === 'source') {
      if (over.some((c) => sourceRight(b, c.claim, g))) continue;
      const s = Math.max(0, Math.min(g.content.start, g.cue?.start ?? 1e9, g.source?.start ?? 1e9) - 200);
      const e = Math.max(g.content.end, g.cue?.end ?? 0, g.source?.end ?? 0) + 20;
      const names = over.map((c) => c.claim.speaker?.name ?? 'null').join(' | ');
      console.log(`--- ${art.id} gold=${g.source?.text} cue=${g.cue?.text} got=${names}`);
      console.log(art.text.slice(s, e).replace(/\n/g, ' / '));
      continue;
    } else if (over.some((c) => shared(c, g.content) >= 0.6 * Math.max(statementLength(c), goldLength(g.content))))
      continue;
    else {
      const c = over[0];
      cause = statementLength(c) > goldLength(g.content) ? 'long' : 'short';
    }
    const cue = (g.cue?.text ?? '(none)').toLowerCase().replace(/\s+/g, ' ');
    const key = `${cause}\t${cue}`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
    causes.set(cause, (causes.get(cause) ?? 0) + 1);
    if (show !== undefined && cue.includes(show) && (!causeFilter || cause === causeFilter)) {
      const s = Math.max(0, Math.min(g.content.start, g.cue?.start ?? 1e9, g.source?.start ?? 1e9) - 40);
      const e = Math.max(g.content.end, g.cue?.end ?? 0) + 20;
      console.log(`--- ${cause} ${art.id} src=${g.source?.text} cue=${g.cue?.text}`);
      console.log(art.text.slice(s, e).replace(/\n/g, ' / '));
      console.log(`   GOLD: ${g.content.text.slice(0, 200)}`);
      for (const c of over) {
        const text = c.parts.map((p) => art.text.slice(p.start, p.end)).join(' ||| ');
        console.log(`   CLAIM: ${text.slice(0, 200)} [${c.claim.speaker?.name}]`);
      }
    }
  }
}
if (show === undefined) {
  console.log([...causes].map(([k, v]) => `${k} ${v}`).join('  '));
  for (const [k, v] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 70)) console.log(v, k);
}
