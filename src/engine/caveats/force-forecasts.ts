/**
 * A forecast of a natural force is not the author's guess at a question of opinion (precision on
 * objective sentences): "The hurricane will probably make landfall on Tuesday", "Heavy rain is
 * likely to continue into the weekend", "The outbreak is likely to worsen". With a storm, a fire, a
 * flood or an epidemic as the subject, "likely" and "probably" carry the forecaster's odds of a
 * physical event, the weather report's idiom; nobody's conduct or motive is guessed at. This filter
 * drops the author-voice speculation drafts whose subject, just before the cue, is a natural force
 * (data/verdict-fragments.ts).
 *
 * Linear: per speculation draft, a look at the few words before it.
 */
import type { Doc } from '../document';
import { NATURAL_FORCES } from '../data/verdict-fragments';
import type { Draft } from './author-voice';

const FORCES = new Set(NATURAL_FORCES);
/** Words between the force and the cue: "the storm is also likely to", "the fire will probably". */
const GLUE = new Set([
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'be',
  'also',
  'now',
  'then',
  'still',
  'most',
  'very',
]);
const GLUE_MAX = 3;

export function quietForceForecasts(doc: Doc, drafts: Draft[]): void {
  let w = 0;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (d.voice === 'author' && d.kind === 'speculation' && forceBefore(doc, d.start)) {
      doc.trace?.add('caveat', d.start, d.end, 'force-forecasts/forecast-of-force');
      continue;
    }
    drafts[w++] = d;
  }
  drafts.length = w;
}

function forceBefore(doc: Doc, at: number): boolean {
  const before = doc.words.range(Math.max(0, at - 40), at);
  for (let k = before.length - 1, glue = 0; k >= 0 && glue <= GLUE_MAX; k--) {
    const norm = before[k].norm;
    if (FORCES.has(norm)) return !/[.;:!?\u2014,]/.test(doc.text.slice(before[k].end, at));
    if (!GLUE.has(norm)) return false;
    glue++;
  }
  return false;
}
