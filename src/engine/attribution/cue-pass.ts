/**
 * Pass 2, cue verbs outside quotations, sentence by sentence: "X said (that) ...", "X told
 * reporters ...", "..., X said.", "..., said X.", "according to X, ...", "..., according to X.",
 * participles after a comma ("..., also noting that ..."), evidence subjects ("the poll shows")
 * and stance verbs after a strong subject. Each rule is a named function, and each draft records
 * the rule that made it (`Draft.rule`, read by the trace).
 */
import type { Range } from '../../schema/brief';
import { CLAUSE_CONTINUERS, EVIDENCE_LEMMAS, NOUNISH, PARTICIPLE_PREPS, SUBORDINATORS } from '../data/clause-words';
import { CUES, type CueInfo } from '../data/cues';
import { AUX, DASHES, NP_STOP, SUBJECT_PRONOUNS, TIME } from '../data/speaker-words';
import type { Doc } from '../document';
import { clauseEnd, contentAfter, firstContent, lastContentEnd, nextComma, onlyAdverbial } from './clause';
import { collectVias, cueAt, endsWithNegation, isVerbLike } from './cue';
import { MAX_CONTENT_TOKENS, isCloseQuote, isFinal, isOpenQuote, mk, type Draft, type Sent, type Via } from './draft';
import {
  appositiveSpeaker,
  coordinatedSubject,
  evidenceSubject,
  hasEvidenceNoun,
  isDescriptive,
  segmentSpeaker,
  speakerBefore,
  strongSubject,
} from './speaker-phrase';
import { ACCORDING, MAY_CUE, isCap, isQuoted, isWord, type Token } from './tokens';

/** Pass 2: cue verbs outside quotations. */
export function cuePass(
  doc: Doc,
  sents: Sent[],
  withDraft: ReadonlySet<number>,
  usedCues: ReadonlySet<number>,
  inClause: Uint8Array | null,
  drafts: Draft[],
): void {
  const title = doc.titleRange;
  for (let si = 0; si < sents.length; si++) {
    const sent = sents[si];
    // No word that can start a cue or "according to": nothing for this pass.
    if (!(sent.flags & (MAY_CUE | ACCORDING))) continue;
    const heading = title !== null && sent.start >= title.start && sent.end <= title.end;
    cueDrafts(doc.text, sent, heading, withDraft.has(sent.index), usedCues, inClause, drafts);
  }
}

/** Pass 2 for one sentence: its cue verbs outside quotations, each claim added to `drafts`. */
function cueDrafts(
  text: string,
  sent: Sent,
  heading: boolean,
  sentenceHasClaim: boolean,
  usedCues: ReadonlySet<number>,
  inClause: Uint8Array | null,
  drafts: Draft[],
): void {
  const t = sent.tokens;
  for (let i = 0; i < t.length; i++) {
    const tok = t[i];
    if (!isWord(tok) || isQuoted(tok)) continue;
    // Most words neither start a cue nor "according to": one bit rules them out.
    if (!(tok.flags & (MAY_CUE | ACCORDING))) continue;
    if (usedCues.has(tok.start)) continue;
    if (inClause !== null && inClause[tok.start]) continue;
    if (tok.lower === 'according' && t[i + 1]?.lower === 'to') {
      const d = accordingTo(t, i, sent);
      if (d) {
        drafts.push(d);
        sentenceHasClaim = true;
      }
      continue;
    }
    const cue = cueAt(t, i, heading);
    if (!cue) continue;
    const span = cue.words;
    // Only next to a quotation (pass 1), or right before "that"/"whether" ("responded that ...").
    if (cue.info.cls === 'quote' && !(t[i + cue.words]?.lower === 'that' || t[i + cue.words]?.lower === 'whether'))
      continue;
    const d = verbClaim(text, t, i, span, cue.info, sent, sentenceHasClaim);
    if (d) {
      drafts.push(d);
      sentenceHasClaim = true;
      // Skip the words the claim's cue clause used.
      i += span - 1;
    }
  }
}

/** "X said (that) ...", "X told reporters ...", "..., X said.", "..., said X.", "..., also noting that ...". */
function verbClaim(
  text: string,
  t: Token[],
  i: number,
  span: number,
  info: CueInfo,
  sent: Sent,
  sentenceHasClaim: boolean,
): Draft | null {
  const cueText = span === 1 ? t[i].text : text.slice(t[i].start, t[i + span - 1].end);
  const cueStart = t[i].start;
  const after = i + span;

  // Participle after a comma: continues the speaker before it ("..., also noting that ...").
  let p = i - 1;
  while (p >= 0 && isWord(t[p]) && AUX.has(t[p].lower)) p--;
  // After a comma, also one inside a closing quotation ("...ago,\" adding that ...").
  const afterComma = p >= 0 && (t[p].text === ',' || (isCloseQuote(t[p].text) && t[p - 1]?.text === ','));
  if (info.participle && p >= 0 && (afterComma || PARTICIPLE_PREPS.has(t[p].lower))) {
    const content = contentAfter(t, after, info, true);
    if (!content) return null;
    if (sentenceHasClaim)
      return mk(cueText, cueStart, sent, content.start, content.end, null, 'participle', content.vias);
    // No claim before it in the sentence: the sentence's subject speaks ("The president spoke Tuesday, saying ...").
    let e = 0;
    while (
      e < p &&
      isWord(t[e]) &&
      !NP_STOP.has(t[e].lower) &&
      !CUES.has(t[e].lower) &&
      !(isVerbLike(t[e].lower) && !isCap(t[e])) &&
      !endsWithNegation(t[e].lower) &&
      e < 8
    )
      e++;
    // A subject ends at its verb: with no capital or pronoun in it, it is probably a clause ("It goes", "RT covered").
    if (e > 0 && !(isCap(t[0]) || SUBJECT_PRONOUNS.has(t[0].lower))) return null;
    if (e === 0) return null;
    return mk(
      cueText,
      cueStart,
      sent,
      content.start,
      content.end,
      { start: t[0].start, end: t[e - 1].end },
      'np',
      content.vias,
    );
  }

  // "a flurry of tweets", "Republican claims", "face questions": plural nouns, unless a name or pronoun speaks.
  // "A Government Accountability Office report released last year found that ...": a long evidence subject.
  if (EVIDENCE_LEMMAS.has(info.lemma) && !info.participle) {
    const ev = evidenceSubject(t, i);
    const content = ev ? contentAfter(t, after, info, false, true) : null;
    if (ev && content)
      return mk(
        cueText,
        cueStart,
        sent,
        content.start,
        content.end,
        { start: t[ev.from].start, end: t[ev.to - 1].end },
        'np',
        content.vias,
      );
  }
  if (NOUNISH.has(t[i].lower)) {
    const subject = speakerBefore(t, i);
    // "A new poll shows that ...": evidence with a that-clause speaks.
    const evidenceThat = !!subject && t[i + 1]?.lower === 'that' && hasEvidenceNoun(t, subject);
    if (
      t[i - 1]?.lower === 'of' ||
      !subject ||
      !(strongSubject(t, subject) || evidenceThat) ||
      (subject.to - subject.from === 1 && /(?:an|ic)$/.test(t[subject.from].lower))
    )
      return null;
  }
  if (info.cls === 'act') {
    const subject = speakerBefore(t, i) ?? segmentSpeaker(t, i, 0);
    if (!subject || !strongSubject(t, subject)) return null;
    // "a scenario where Russia attacks NATO personnel": an event or hypothesis, not a stance.
    if (subject.boundary >= 0 && SUBORDINATORS.has(t[subject.boundary].lower)) return null;
    const content = contentAfter(t, after, info, false);
    if (!content) return null;
    return mk(
      cueText,
      cueStart,
      sent,
      content.start,
      content.end,
      { start: t[subject.from].start, end: t[subject.to - 1].end },
      'np',
      content.vias,
    );
  }
  const np = speakerBefore(t, i) ?? appositiveSpeaker(t, i, 0);
  // "whom she claims was in the house": the content is split around a relative clause; no span holds it.
  if (np && np.boundary >= 0 && t[np.boundary].lower === 'whom') return null;
  // Trailing: "..., X said." The clause before the boundary is the content.
  if (
    np &&
    np.boundary > 0 &&
    (t[np.boundary].text === ',' || isCloseQuote(t[np.boundary].text) || DASHES.has(t[np.boundary].text))
  ) {
    let end = clauseEnd(t, after);
    let rest = end.index >= t.length || t[end.index].text === ',';
    // "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt": the cue clause ends at its own comma.
    if (!(rest && onlyAdverbial(t, after, end.index))) {
      const c = nextComma(t, after, end.index);
      if (c >= 0 && CLAUSE_CONTINUERS.has(t[c + 1]?.lower ?? '') && onlyAdverbial(t, after, c)) {
        end = { index: c, offset: t[c].start };
        rest = true;
      }
    }
    if (rest && onlyAdverbial(t, after, end.index)) {
      let speaker: Range = { start: t[np.from].start, end: t[np.to - 1].end };
      let b = np.boundary;
      if (t[b].text === ',' && isDescriptive(t, np)) {
        const name = speakerBefore(t, b);
        if (name && name.boundary >= 0 && (t[name.boundary].text === ',' || isCloseQuote(t[name.boundary].text))) {
          speaker = { start: t[name.from].start, end: t[name.to - 1].end };
          b = name.boundary;
        }
      }
      const cEnd = isCloseQuote(t[b].text) ? b : b - 1;
      const last = lastContentEnd(t, cEnd + 1);
      if (last < 0) return null;
      const start = firstContent(t, Math.max(0, last - MAX_CONTENT_TOKENS), last);
      if (start > last) return null;
      return mk(cueText, cueStart, sent, t[start].start, t[last].end, speaker, 'np', collectVias(t, after, end.index));
    }
  }
  // Inverted trailing: "..., said X."
  if (!np && i > 0 && t[i - 1].text === ',' && (info.cls === 'say' || info.cls === 'weak')) {
    let e = after;
    while (
      e < t.length &&
      isWord(t[e]) &&
      !NP_STOP.has(t[e].lower) &&
      !TIME.has(t[e].lower) &&
      !endsWithNegation(t[e].lower) &&
      e - after < 7
    )
      e++;
    // "said Victor Cha, who ..." names someone; "said Ivanka Trump's statement didn't ..." is a clause.
    if (e - after >= 7 || (e < t.length && isWord(t[e]) && !TIME.has(t[e].lower) && !NP_STOP.has(t[e].lower)))
      e = after;
    const end = clauseEnd(t, e);
    const appositive = e < t.length && t[e].text === ',';
    if (
      e > after &&
      (end.index >= t.length || t[end.index].text === ',') &&
      (appositive || onlyAdverbial(t, e, end.index))
    ) {
      const last = lastContentEnd(t, i - 1);
      if (last >= 0) {
        const start = firstContent(t, Math.max(0, last - MAX_CONTENT_TOKENS), last);
        return mk(
          cueText,
          cueStart,
          sent,
          t[start].start,
          t[last].end,
          { start: t[after].start, end: t[e - 1].end },
          'np',
          collectVias(t, e, end.index),
        );
      }
    }
  }
  // Subject first: "X said (that) ...", "X, director of Y, said ...", "Cruz exhorted ... and said ...".
  const subject =
    np && !(np.boundary >= 0 && t[np.boundary].text === ',' && isDescriptive(t, np))
      ? np
      : (segmentSpeaker(t, i, 0) ?? np ?? coordinatedSubject(t, i));
  if (!subject) return null;
  // "A new poll shows Clinton ahead": evidence speaks without "that".
  const evidence = hasEvidenceNoun(t, subject);
  const content = contentAfter(t, after, info, false, evidence);
  if (!content) return null;
  return mk(
    cueText,
    cueStart,
    sent,
    content.start,
    content.end,
    { start: t[subject.from].start, end: t[subject.to - 1].end },
    'np',
    content.vias,
  );
}

/** "According to X, ..." and "..., according to X." */
function accordingTo(t: Token[], i: number, sent: Sent): Draft | null {
  const cueStart = t[i].start;
  // The source phrase: to the next comma or the sentence end.
  let e = i + 2;
  // A source phrase is short ("according to a report by the Congressional Budget Office"): at most 14 tokens.
  while (
    e < t.length &&
    e - i < 16 &&
    t[e].text !== ',' &&
    !isFinal(t[e].text) &&
    t[e].text !== ';' &&
    !isQuoted(t[e]) &&
    !isOpenQuote(t[e].text)
  )
    e++;
  if (e === i + 2) return null;
  const speaker = { start: t[i + 2].start, end: t[e - 1].end };
  const vias: Via[] = [{ start: speaker.start, end: speaker.end, how: 'according' }];
  let b = i - 1;
  while (b >= 0 && !isWord(t[b]) && !isQuoted(t[b]) && !isOpenQuote(t[b].text) && !isCloseQuote(t[b].text)) b--;
  if (b < 0) {
    // Sentence start: "According to X, content."
    const last = lastContentEnd(t, t.length);
    let s = e + 1;
    if (s > last) return null;
    while (s <= last && !isWord(t[s]) && !isOpenQuote(t[s].text) && !isQuoted(t[s])) s++;
    if (s > last) return null;
    return mk('according to', cueStart, sent, t[s].start, t[last].end, speaker, 'np', vias);
  }
  // Trailing: "content, according to X."
  const last = lastContentEnd(t, i);
  if (last < 0) return null;
  const start = firstContent(t, Math.max(0, last - MAX_CONTENT_TOKENS), last);
  if (start >= last) return null; // one word ("basically, according to X") is no content
  return mk('according to', cueStart, sent, t[start].start, t[last].end, speaker, 'np', vias);
}
