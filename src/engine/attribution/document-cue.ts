/**
 * A cue after the document its subject put out (issue 16, recall): "The union sent a letter to
 * the council urging it to wait", "Ross released a letter from her lawyer that says the audit was
 * flawed", "The mayor unleashed a series of posts early Friday saying that ...". The participle (or
 * the verb of a "that"/"which" clause) is the document's, and the one who put the document out
 * speaks through it: the subject of the publishing verb, when it can speak (a name, a pronoun, a
 * group, or a body by its head noun: "The ministry issued a statement saying ..."). Bounded reads: at most
 * DOCUMENT_REACH words back to the document noun, MODIFIER_REACH more to the verb.
 */
import type { CueInfo } from '../data/cues';
import { DOCUMENT_NOUNS, INSTITUTION_EXTRA_HEADS, PUTS_OUT_DOCUMENT } from '../data/source-terms';
import { BODY_NOUNS, ORG_HEADS } from '../data/organizations';
import type { SpeakerSpan } from './draft';
import { cueAt } from './cue';
import { speakerBefore, strongSubject } from './speaker-phrase';
import { groupHead } from './subject-slot';
import { isCap, isQuoted, isWord, type Token } from './tokens';

/** Words between the document noun and its cue ("letter from his doctor Friday afternoon that says"). */
const DOCUMENT_REACH = 8;
/** Words between the publishing verb and the document noun ("a series of", "a two-page"). */
const MODIFIER_REACH = 4;

/** The subject who put out the document the cue at i belongs to, or null. */
export function documentCueSubject(t: Token[], i: number, info: CueInfo): SpeakerSpan | null {
  let k = i - 1;
  if (!info.participle) {
    // "a letter ... that says": a finite verb of saying in a relative clause on the document.
    if (info.cls !== 'say' || info.base || k < 0 || !(t[k].lower === 'that' || t[k].lower === 'which')) return null;
    k--;
  }
  let doc = -1;
  for (let n = 0; k >= 0 && n < DOCUMENT_REACH; k--, n++) {
    const w = t[k];
    if (!isWord(w) || isQuoted(w)) return null;
    // "submitted a letter from ICE saying ...": the document names its own author.
    if (w.lower === 'from' && (isCap(t[k + 1]) || (t[k + 1].lower === 'the' && isCap(t[k + 2])))) return null;
    if (isDocumentNoun(w.lower)) {
      doc = k;
      break;
    }
  }
  if (doc < 1) return null;
  let v = doc - 1;
  for (let n = 0; v >= 0 && n < MODIFIER_REACH && isWord(t[v]) && !PUTS_OUT_DOCUMENT.has(t[v].lower); n++) v--;
  if (v < 1 || !isWord(t[v]) || !PUTS_OUT_DOCUMENT.has(t[v].lower)) return null;
  const s = speakerBefore(t, v);
  if (!s || !(strongSubject(t, s) || groupHead(t[s.to - 1]) || isInstitution(t, s))) return null;
  return s;
}

/** "The ministry", "the company": a body named by its head noun after "the" puts documents out as a name does. */
function isInstitution(t: Token[], s: SpeakerSpan): boolean {
  if (s.to - s.from !== 2 || t[s.from].lower !== 'the') return false;
  const head = t[s.from + 1].lower;
  return ORG_HEADS.has(head) || INSTITUTION_EXTRA_HEADS.has(head) || BODY_NOUNS.has(head);
}

function isDocumentNoun(w: string): boolean {
  return DOCUMENT_NOUNS.has(w) || (w.length > 3 && w.endsWith('s') && DOCUMENT_NOUNS.has(w.slice(0, -1)));
}

/**
 * "Vale wrote an essay in 2019 arguing that ...": the publishing verb at i is followed by the
 * document and its own cue, which makes the claim (the essay is not what was written about).
 */
export function documentCueFollows(t: Token[], i: number): boolean {
  if (!PUTS_OUT_DOCUMENT.has(t[i].lower)) return false;
  const end = Math.min(t.length, i + 2 + MODIFIER_REACH + DOCUMENT_REACH);
  for (let k = i + 1; k < end; k++) {
    if (!isWord(t[k]) || isQuoted(t[k])) return false;
    const cue = cueAt(t, k);
    if (cue) return documentCueSubject(t, k, cue.info) !== null;
  }
  return false;
}
