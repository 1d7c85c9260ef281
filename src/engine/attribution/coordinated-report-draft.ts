/**
 * Rule cue/coordinated-report as a draft: a cue verb coordinated after a claim of the same
 * sentence ("X said S and warned ...") reports for that claim's speaker (the cue pass calls it
 * when no other cue rule answered).
 */
import type { CueInfo } from '../data/cues';
import { contentAfter } from './clause';
import { coordinatorBefore, isMainSubject } from './coordinated-report';
import { mk, type Draft, type Sent } from './draft';
import type { Token } from './tokens';

/**
 * Rule cue/coordinated-report: "X said S and warned ...", "X said S, and she urged ...": the claim
 * before it in the sentence (its content cut at the coordinator) lends its speaker.
 */
export function coordinatedReport(
  text: string,
  t: Token[],
  i: number,
  span: number,
  info: CueInfo,
  sent: Sent,
  drafts: Draft[],
): Draft | null {
  const prev = drafts.length > 0 ? drafts[drafts.length - 1] : undefined;
  if (!prev || prev.sentence !== sent.index || !prev.speaker || prev.end > t[i].start) return null;
  const j = coordinatorBefore(t, i);
  if (j < 0) return null;
  // ", and said" after an embedded report ("unsure why the board wrote S, and said ...") goes with the main clause.
  if (t[j - 1].text === ',' && !isMainSubject(t, prev.speaker.start)) return null;
  const content = contentAfter(t, i + span, info, false, true);
  if (!content) return null;
  const cueText = span === 1 ? t[i].text : text.slice(t[i].start, t[i + span - 1].end);
  return mk(
    'cue/coordinated-report',
    cueText,
    t[i].start,
    sent,
    content.start,
    content.end,
    prev.speaker,
    'np',
    content.vias,
  );
}
