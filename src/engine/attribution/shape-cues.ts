/**
 * The drafts of the cue shapes counted in the PolNeAR dev misses (issue 16, recall), for the cue
 * pass: a cue participle opening its sentence (fronted-participle.ts), a cue on a document its
 * subject put out (document-cue.ts), a report in the passive that names nobody
 * (agentless-passive.ts). Each answers a draft, null for "no claim here", or undefined when its
 * shape is not there.
 */
import type { CueInfo } from '../data/cues';
import { agentlessPassiveSubject, passiveContentEnd } from './agentless-passive';
import { contentAfter } from './clause';
import { documentCueFollows, documentCueSubject } from './document-cue';
import { mk, NO_VIAS, type Draft, type Sent } from './draft';
import { frontedParticiple } from './fronted-participle';
import type { Token } from './tokens';

/** Rules cue/fronted-participle and cue/document-cue, for the cue at i whose words end before `after`. */
export function shapedCueDraft(
  t: Token[],
  i: number,
  info: CueInfo,
  after: number,
  cueText: string,
  sent: Sent,
): Draft | null | undefined {
  const fronted = frontedParticiple(t, i, after, info);
  if (fronted) {
    const { content, subject } = fronted;
    return mk(
      'cue/fronted-participle',
      cueText,
      t[i].start,
      sent,
      t[content.from].start,
      t[content.to - 1].end,
      { start: t[subject.from].start, end: t[subject.to - 1].end },
      'np',
      NO_VIAS,
    );
  }
  // "wrote an essay ... arguing that S": the document's own cue makes the claim.
  if (documentCueFollows(t, i)) return null;
  const publisher = documentCueSubject(t, i, info);
  if (!publisher) return undefined;
  const content = contentAfter(t, after, info, true);
  if (!content) return null;
  const speaker = { start: t[publisher.from].start, end: t[publisher.to - 1].end };
  return mk('cue/document-cue', cueText, t[i].start, sent, content.start, content.end, speaker, 'np', content.vias);
}

/** Rule cue/agentless-passive: "X was accused of ...", the clause a claim with no speaker. */
export function agentlessPassiveDraft(
  t: Token[],
  i: number,
  info: CueInfo,
  after: number,
  cueText: string,
  sent: Sent,
): Draft | null | undefined {
  const s = agentlessPassiveSubject(t, i, info);
  if (s < 0) return undefined;
  const content = contentAfter(t, after, info, true);
  if (!content) return null;
  const end = passiveContentEnd(t, after, content.end);
  return mk('cue/agentless-passive', cueText, t[i].start, sent, t[s].start, end, null, 'unnamed', NO_VIAS);
}
