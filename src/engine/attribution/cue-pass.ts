/**
 * Pass 2, cue verbs outside quotations, sentence by sentence: "X said (that) ...", "X told
 * reporters ...", "..., X said.", "..., said X.", "according to X, ...", "..., according to X.",
 * participles after a comma ("..., also noting that ..."), evidence subjects ("the poll shows")
 * and stance verbs after a strong subject. Each rule is a named function, named in its draft's `rule`.
 */
import { NAMING_VERBS } from '../data/naming-verbs';
import { gapLabelContent } from './gap-label';
import { documentBeforeParticiple } from '../speakers/document-participle';
import { EVIDENCE_LEMMAS, PARTICIPLE_PREPS, SUBORDINATORS } from '../data/clause-words';
import { TOPIC_SPEECH_LEMMAS, type CueInfo } from '../data/cues';
import { AUX, SUBJECT_PRONOUNS } from '../data/speaker-words';
import type { Doc } from '../document';
import { contentAfter, onlyAdverbial } from './clause';
import { catenativeParticiple, catenativeSubject } from './catenative-cue';
import { infinitiveSubject } from './infinitive-cue';
import { isPassiveWithBy, passiveReport } from './passive-cue';
import { frontedParticiple } from './fronted-participle';
import { agentlessPassiveDraft, shapedCueDraft } from './shape-cues';
import { coordinatedReport } from './coordinated-report-draft';
import { medialContentStart, medialHead, setMedialHead, takeMedialHead } from './medial-cue';
import {
  afterOpeners,
  endsName,
  groupHead,
  lightVerbBeforeNominal,
  nameOnly,
  pluralSubject,
  relativeClauseEnd,
} from './subject-slot';
import { trailingCueAfterClaim } from './trailing-cue';
import { pollShareSubject, shareContentEnd } from './poll-share';
import { whichSubject } from './which-subject';
import { isStateAfterLink } from './state-adjective';
import { gapReportEnd, isObjectRelative, relativeGapHead, relativeGapPronoun } from './relative-gap';
import { trailingFinding } from './trailing-finding';
import { accordingTo } from './according-to';
import { asPredicateDraft, GAP_RELATIVES } from './as-predicate';
import { quotedLabelDraft } from './quoted-label';
import { ownAccount } from './own-account';
import { reportAfterTopic } from './topic-about';
import { pollFinding } from './poll-finding';
import { afterFrontedAsClause, opensAsClause } from './as-parenthetical';
import { collectVias, cueAt, isVerbLike, traceTimeInsideCues } from './cue';
import {
  isNounBeforeSingularVerb,
  isIngNoun,
  isIngSubjectOfVerb,
  isPluralCueNounBeforeAside,
  isPluralNounUse,
} from './cue-word-noun';
import {} from './inverted-name';
import { neitherNorGroupStart } from './neither-nor';
import {
  describesTheSpeaker,
  isAddedObject,
  isAdjectivalParticiple,
  isGradedParticiple,
  isArticleIngNoun,
  isGerundAfterThat,
  isSingularNounSense,
  isAttackOnPlace,
  isContemplatedAct,
  isThinkToAct,
  isBareCriticism,
  isLegalPlea,
  isWrittenWork,
  isDeathToll,
  isNounWithComplement,
  isPassiveCue,
  isRequestCue,
  negatedGroupStart,
} from './cue-sense';
import { isCloseQuote, type Draft, type Offsets, type Sent } from './draft';
import { appositiveSpeaker, isDescriptive, segmentSpeaker, speakerBefore, strongSubject } from './speaker-phrase';
import { coordinatedSubject } from './coordinated-subject';
import { evidenceSubject, hasEvidenceNoun } from './evidence-subject';
import { isDisclosureClause } from './bare-finding-clause';
import { isCitingAside, setOffContent } from './participle-aside';
import { cueInFreeRelative } from './content-rejections';
import { isNounNotCue } from './noun-not-cue';
import { isPhoneCall } from './call-sense';
import {
  beforeAdverbs,
  isCommaParticiple,
  isPassiveAfterBe,
  isPassiveParticiple,
  isSubjectWord,
} from './cue-pass-words';
import { makesNoAssertion, subjectStart } from './non-assertion';
import { uttersQuotation, utteredQuotationEnd } from './uttered-quotation';
import { objectSpeaker } from './object-control';
import { draftOf, spanOf, type CueContext, type RuleResult } from './cue-context';
import { cueAfterContent, cueInQuestionPut, invertedCueAfterContent, type SpeakerPhrase } from './cue-after-content';
import { ACCORDING, MAY_CUE, isCap, isQuoted, isWord, type Token } from './tokens';

/** Pass 2: cue verbs outside quotations. */
export function cuePass(
  doc: Doc,
  sents: Sent[],
  /** 1 for each sentence (by index) with a claim of the quotation passes. */
  withDraft: Uint8Array,
  usedCues: Offsets,
  inClause: Uint8Array | null,
  drafts: Draft[],
): void {
  const title = doc.titleRange;
  for (let si = 0; si < sents.length; si++) {
    const sent = sents[si];
    const had = drafts.length;
    // No word that can start a cue or "according to": nothing for this pass.
    if (sent.flags & (MAY_CUE | ACCORDING)) {
      const heading = title !== null && sent.start >= title.start && sent.end <= title.end;
      cueDrafts(doc.text, sent, heading, withDraft[sent.index] === 1, usedCues, inClause, drafts);
      if (doc.trace) traceTimeInsideCues(doc.trace, drafts, had);
    }
    // "In the latest poll, S.": the poll's finding, when nothing else in the sentence reports.
    if (drafts.length === had && withDraft[sent.index] !== 1) {
      const d = pollFinding(sent);
      if (d) drafts.push(d);
    }
  }
}

/** Pass 2 for one sentence: its cue verbs outside quotations, each claim added to `drafts`. */
function cueDrafts(
  text: string,
  sent: Sent,
  heading: boolean,
  sentenceHasClaim: boolean,
  usedCues: Offsets,
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
    if (tok.flags & ACCORDING && tok.lower !== 'according') {
      const d = ownAccount(t, i, sent);
      if (d) {
        drafts.push(d);
        sentenceHasClaim = true;
      }
      if (d || !(tok.flags & MAY_CUE)) continue;
    }
    const cue = cueAt(t, i, heading);
    if (!cue) {
      // "Critics cast the measure as an overreach": a verb that reports only with a label.
      const d = quotedLabelDraft(text, t, i, sent) ?? asPredicateDraft(text, t, i, sent);
      if (d) drafts.push(d);
      sentenceHasClaim ||= d !== null;
      continue;
    }
    // "The warning says ...": a noun, the subject's head; the verb after it is the cue.
    if (
      cue.words === 1 &&
      (isIngNoun(t, i, 0) ||
        isIngSubjectOfVerb(t, i) ||
        isNounBeforeSingularVerb(t, i) ||
        isPluralCueNounBeforeAside(t, i))
    )
      continue;
    const span = cue.words;
    // Only next to a quotation (pass 1), or right before "that"/"whether" ("responded that ...").
    if (
      cue.info.cls === 'quote' &&
      !(t[i + cue.words]?.lower === 'that' || t[i + cue.words]?.lower === 'whether') &&
      !(cue.info.lemma === 'put it' && opensAsClause(t, i)) &&
      !uttersQuotation(t, i, span, cue.info)
    )
      continue;
    const prev = sentenceHasClaim && drafts.length > 0 ? drafts[drafts.length - 1] : undefined;
    if (prev && prev.sentence === sent.index && trailingCueAfterClaim(t, i, prev.end, onlyAdverbial) >= 0) {
      // The same report: its channel ("told the Gazette") goes to the claim before it.
      const vias = collectVias(t, i, t.length);
      if (vias.length > 0) drafts[drafts.length - 1] = { ...prev, vias: [...prev.vias, ...vias] };
      i += span - 1;
      continue;
    }
    let d =
      quotedLabelDraft(text, t, i, sent) ??
      verbClaim(text, t, i, span, cue.info, sent, sentenceHasClaim) ??
      coordinatedReport(text, t, i, span, cue.info, sent, drafts) ??
      asPredicateDraft(text, t, i, sent);
    if (d && d.cueStart < d.start) {
      const end = utteredQuotationEnd(t, i, span, cue.info, relativeClauseEnd(t, i, d.start, d.end));
      if (end !== d.end) d = { ...d, end };
    }
    if (d) {
      const head = takeMedialHead();
      if (head) drafts.push(head);
      drafts.push(d);
      sentenceHasClaim = true;
      // Skip the words the claim's cue clause used (up to a rest of the content after it: "said in a report, and ...").
      i += span - 1;
      if (d.rule === 'cue/medial-cue-rest') while (i + 1 < t.length && t[i + 1].start < d.start) i++;
    }
  }
}

/**
 * "X said (that) ...", "X told reporters ...", "..., X said.", "..., said X.", "..., also noting
 * that ...": the cue rules in order, the first that answers decides.
 */
function verbClaim(
  text: string,
  t: Token[],
  i: number,
  span: number,
  info: CueInfo,
  sent: Sent,
  sentenceHasClaim: boolean,
): Draft | null {
  // "has not said whether ...": the cue a reader sees keeps its negation.
  const negated = negatedGroupStart(t, i);
  const from = negated >= 0 ? negated : i;
  // "Neither the mayor nor the governor has said ...": the coordination is the negation.
  const neither = negated >= 0 ? -1 : neitherNorGroupStart(t, i);
  const verbs = from === i && span === 1 ? t[i].text : text.slice(t[from].start, t[i + span - 1].end);
  const cueText =
    neither >= 0 ? `neither \u2026 nor \u2026 ${text.slice(t[neither].start, t[i + span - 1].end)}` : verbs;
  const x: CueContext = { t, i, info, sent, sentenceHasClaim, cueText, cueStart: t[i].start, after: i + span };
  if (isGerundAfterThat(t, i, info.participle)) return null;
  let r: RuleResult = participleAfterComma(x);
  if (r !== undefined) return r;
  r = shapedCueDraft(t, i, info, x.after, cueText, sent);
  if (r !== undefined) return r;
  r = evidenceFinding(x);
  if (r !== undefined) return r;
  const finding = trailingFinding(t, i, span, info);
  if (finding) return cueAfterContent(x, finding) ?? null;
  r = passiveWithAgent(x);
  if (r !== undefined) return r;
  r = agentlessPassiveDraft(t, i, info, x.after, cueText, sent);
  if (r !== undefined) return r;
  if (
    cueInFreeRelative(t, i) ||
    cueInQuestionPut(t, i) ||
    isNounNotCue(x.t, x.i) ||
    isNounWithComplement(t, i) ||
    isPassiveCue(t, i) ||
    isRequestCue(t, i, info.lemma) ||
    isAddedObject(t, i, info.lemma) ||
    isContemplatedAct(t, i, info.lemma) ||
    isThinkToAct(t, i, info.lemma) ||
    isWrittenWork(t, i, info.lemma) ||
    isArticleIngNoun(t, i, info.participle) ||
    isSingularNounSense(t, i, info.base) ||
    isAttackOnPlace(t, i, info.lemma) ||
    isLegalPlea(t, i, info.lemma) ||
    isDeathToll(t, i, info.lemma) ||
    isPhoneCall(t, i, info.lemma) ||
    isBareCriticism(t, i, info.lemma) ||
    isAdjectivalParticiple(t, i) ||
    isStateAfterLink(t, i) ||
    isGradedParticiple(t, i)
  )
    return null;
  r = whichRelativeSubject(x);
  if (r !== undefined) return r;
  if (info.cls === 'act') return stanceOfStrongSubject(x);
  // "The man who Brown said was driving told police ...": the subject is the phrase before "who".
  const gapHead = relativeGapHead(t, i);
  let np =
    gapHead ??
    documentBeforeParticiple(t, i) ??
    speakerBefore(t, i) ??
    appositiveSpeaker(t, i, 0) ??
    catenativeSubject(t, i);
  // "The man who Brown said was driving": Brown said it, about the man.
  const gap = np && !gapHead ? relativeGapPronoun(t, np.boundary, i, x.after) : -1;
  // "The letters that Moss wrote were burned": the pronoun is the cue's object, and no report follows.
  if (gap >= 0 && isObjectRelative(info.lemma)) return null;
  if (np && gap >= np.from) np = { ...np, from: gap + 1, boundary: gap };
  // "whom she claims was in the house": the content is split around a relative clause; no span holds it.
  if (np && np.boundary >= 0 && t[np.boundary].lower === 'whom') return null;
  r = np ? cueAfterContent(x, np) : invertedCueAfterContent(x);
  if (r !== undefined) return r;
  const d = subjectBeforeCue(x, np);
  if (d && gapHead) return { ...d, rule: 'cue/relative-gap-subject' };
  // "A third person that Jones claimed was at the party says ...": what Jones claimed ends at "says".
  const end = d && gap >= 0 ? gapReportEnd(t, x.after) : -1;
  return d && end >= 0 && t[end - 1].end < d.end ? { ...d, end: t[end - 1].end, rule: 'cue/relative-gap-report' } : d;
}

/**
 * Rules cue/participle-continues-claim, cue/participle-embedded-subject and
 * cue/participle-sentence-subject: a participle after a comma or a preposition ("..., also noting
 * that ...", "...ago,\" adding that ...") continues the speaker of the claim before it in the
 * sentence; with none, the sentence's subject speaks ("The president spoke Tuesday, saying ...").
 * After a preposition in an embedded clause, that clause's subject speaks ("whether Lee broke the
 * rules by warning ...").
 */
function participleAfterComma(x: CueContext): RuleResult {
  const { t, i, info } = x;
  const catenative = catenativeParticiple(t, i);
  let p = (catenative >= 0 ? catenative : i) - 1;
  while (p >= 0 && isWord(t[p]) && AUX.has(t[p].lower)) p--;
  // After a comma, also one inside a closing quotation ("...ago,\" adding that ...").
  const afterComma = p >= 0 && (t[p].text === ',' || (isCloseQuote(t[p].text) && t[p - 1]?.text === ','));
  // "Before saying ..., the senator ...": a fronted participle (cue/fronted-participle).
  if (p === 0 && frontedParticiple(t, i, x.after, info)) return undefined;
  if (!((info.participle || catenative >= 0) && p >= 0 && (afterComma || PARTICIPLE_PREPS.has(t[p].lower))))
    return undefined;
  const content = contentAfter(t, x.after, info, true);
  if (!content) return null;
  if (isCitingAside(t, x.after, info.lemma, content)) return null;
  // "looking into whether Mayor Lee broke the rules by warning residents ...": after a preposition
  // the participle's subject is the embedded clause's, not the sentence's or its claim's speaker.
  const inner = afterComma ? -1 : embeddedSubjectStart(t, 0, p);
  if (inner >= 0) {
    let f = inner;
    while (f < p && f - inner < 8 && isSubjectWord(t[f]) && !endsName(t, inner, f)) f++;
    if (f > inner && (isCap(t[inner]) || SUBJECT_PRONOUNS.has(t[inner].lower)))
      return draftOf(x, 'cue/participle-embedded-subject', content, spanOf(t, inner, f), content.vias);
  }
  const object = objectSpeaker(t, p);
  if (object) return draftOf(x, object.rule, content, object.speaker, content.vias);
  if (x.sentenceHasClaim) return draftOf(x, 'cue/participle-continues-claim', content, null, content.vias);
  const s = afterOpeners(t, p);
  let e = s;
  while (e < p && e - s < 8 && isSubjectWord(t[e]) && !endsName(t, s, e)) e++;
  // A subject ends at its verb: with no capital or pronoun in it, it is probably a clause ("It goes", "RT covered").
  if (e > s && !(isCap(t[s]) || SUBJECT_PRONOUNS.has(t[s].lower) || groupHead(t[e - 1]))) return null;
  if (e === s) return null;
  // "The protesters, warning of a crackdown, said ...": a participle set off between the subject
  // and its verb says only what lies before its closing comma.
  const set = e === p && t[p].text === ',' ? setOffContent(t, x.after, content) : content;
  return draftOf(x, 'cue/participle-sentence-subject', set, spanOf(t, s, e), content.vias);
}

/** Rule cue/which-relative-subject (which-subject.ts): "the Trade Board, which argued that ...": the phrase before ", which" speaks. */
function whichRelativeSubject(x: CueContext): RuleResult {
  const np = whichSubject(x.t, x.i, x.info, x.after);
  if (!np) return undefined;
  const content = contentAfter(x.t, x.after, x.info, false, hasEvidenceNoun(x.t, np));
  if (!content) return null;
  return draftOf(x, 'cue/which-relative-subject', content, spanOf(x.t, np.from, np.to), content.vias);
}

/** Rule cue/poll-share-stance (poll-share.ts): "44 percent would back Ruiz, while 5 percent prefer Hale": each share backs its own. */
function pollShareStance(x: CueContext, share: SpeakerPhrase): Draft | null {
  const content = contentAfter(x.t, x.after, x.info, false);
  if (!content) return null;
  const end = shareContentEnd(x.t, x.after, content.end);
  const bounded = end === content.end ? content : { ...content, end };
  return draftOf(x, 'cue/poll-share-stance', bounded, spanOf(x.t, share.from, share.to), content.vias);
}

/** Rule cue/passive-agent: "X has been endorsed by Y", "X was reported by Y": Y holds the stance or made the report, about X. */
function passiveWithAgent(x: CueContext): RuleResult {
  if (x.info.cls !== 'act' && x.info.cls !== 'say') return undefined;
  const p = passiveReport(x.t, x.i);
  if (!p) return undefined;
  const { t } = x;
  return draftOf(
    x,
    p.cut ? 'cue/passive-agent-head' : 'cue/passive-agent',
    spanOf(t, p.content.from, p.content.to),
    spanOf(t, p.agent.from, p.agent.to),
    [],
  );
}

/**
 * Rule cue/evidence-finding: "A Government Accountability Office report released last year found
 * that ...": a long evidence subject before a finding verb.
 */
function evidenceFinding(x: CueContext): RuleResult {
  const { t, i, info } = x;
  if (!EVIDENCE_LEMMAS.has(info.lemma) || info.participle) return undefined;
  const ev = evidenceSubject(t, i);
  const content = ev ? contentAfter(t, x.after, info, false, true) : null;
  if (!ev || !content) return undefined;
  return draftOf(x, 'cue/evidence-finding', content, spanOf(t, ev.from, ev.to), content.vias);
}

/**
 * Rule cue/stance-of-strong-subject: stance and intention verbs ("wants to", "called him a genius")
 * after a name, a pronoun, a title or unnamed sourcing; never after a subordinator ("a scenario
 * where Russia attacks NATO personnel" is an event or a hypothesis, not a stance).
 */
function stanceOfStrongSubject(x: CueContext): Draft | null {
  const { t, i, info } = x;
  if (describesTheSpeaker(t, i, x.after)) return null;
  const share = pollShareSubject(t, i);
  if (share) return pollShareStance(x, share);
  const subject =
    speakerBefore(t, i) ??
    segmentSpeaker(t, beforeAdverbs(t, i), 0) ??
    catenativeSubject(t, i) ??
    (x.sentenceHasClaim ? null : (infinitiveSubject(t, i) ?? nameOnly(t, coordinatedSubject(t, i))));
  if (!subject || !(strongSubject(t, subject) || pluralSubject(t, subject, i, x.after))) return null;
  if (lightVerbBeforeNominal(t, i, x.after)) return null;
  // "have questions to answer", "More basic questions also remain ...": a plural noun, no verb.
  if (isPluralNounUse(t, i)) return null;
  // "Two clerks accused of fraud resigned": a past participle right before "of"/"by" is passive.
  if (t[i].lower.endsWith('ed') && (t[x.after]?.lower === 'of' || t[x.after]?.lower === 'by')) return null;
  // "Ruiz has been called a fraud by fellow doctors": "by" after the complement, passive too.
  if (isPassiveWithBy(t, i)) return null;
  // "The First Amendment, approved four years later, aimed at ...": set off by commas, passive too.
  if (isCommaParticiple(t, i)) return null;
  // "Democrats, including the committee’s ranking member, are blasting ...": a participle phrase is no subject.
  if (!isCap(t[subject.from]) && isVerbLike(t[subject.from].lower)) return null;
  if (subject.boundary >= 0 && SUBORDINATORS.has(t[subject.boundary].lower)) return null;
  // Rule cue/gap-label (gap-label.ts): "a measure that Republicans called unconstitutional", one word.
  const gap = NAMING_VERBS.has(t[i].lower) && GAP_RELATIVES.has(t[subject.boundary]?.lower ?? '');
  const label = gap ? gapLabelContent(t, x.after) : null;
  if (label) return draftOf(x, 'cue/gap-label', label, spanOf(t, subject.from, subject.to), label.vias);
  const content = contentAfter(t, x.after, info, false);
  if (!content) return null;
  return draftOf(x, 'cue/stance-of-strong-subject', content, spanOf(t, subject.from, subject.to), content.vias);
}

/**
 * Rule cue/subject-before-cue: "X said (that) ...", "X, director of Y, said ...", "Cruz exhorted
 * ... and said ...". "A new poll shows Clinton ahead": evidence speaks without "that".
 */
function subjectBeforeCue(x: CueContext, np: SpeakerPhrase | null): Draft | null {
  const { t, i } = x;
  // "the memo, written in March, warned": a participle like "written" is passive unless "have" comes before it.
  if (isPassiveParticiple(t, i)) return null;
  // "it is found in", "she was told by": a verb of saying after "be" is passive.
  if (x.info.cls !== 'act' && isPassiveAfterBe(t, i, x.info.lemma)) return null;
  const found =
    np && !(np.boundary >= 0 && t[np.boundary].text === ',' && isDescriptive(t, np))
      ? np
      : (segmentSpeaker(t, i, 0) ?? np ?? coordinatedSubject(t, i));
  const from = found ? subjectStart(t, found.from, found.to, i) : -1;
  if (!found || from < 0 || makesNoAssertion(t, from)) return null;
  const subject = from === found.from ? found : { ...found, from, boundary: from - 1 };
  // "As the court has observed, S": the "as" clause has no object; S needs no "that".
  const asEnd = afterFrontedAsClause(t, subject.boundary, x.after);
  // "the things the mayor says about farmers ...": a topic, not a report (topic-about.ts).
  const after = TOPIC_SPEECH_LEMMAS.has(x.info.lemma) ? reportAfterTopic(t, x.after) : x.after;
  if (after < 0) return null;
  const disclosed = isDisclosureClause(t, subject.from, subject.to, x.info.lemma, after);
  const rule = disclosed ? 'cue/disclosure-clause' : after === x.after ? 'cue/subject-before-cue' : 'cue/topic-about';
  let content = contentAfter(t, after, x.info, false, asEnd >= 0 || disclosed || hasEvidenceNoun(t, subject));
  if (!content) return null;
  if (asEnd >= 0 && t[asEnd].start > content.start) content = { ...content, start: t[asEnd].start };
  const medial =
    !x.sentenceHasClaim && subject.boundary >= 0 && subject.from === subject.boundary + 1
      ? medialContentStart(t, subject.boundary, x.after, onlyAdverbial)
      : -1;
  if (medial >= 0) {
    // Two claims of one statement, the cue clause in neither: the words before it, then the rest (continuation.ts links them).
    const speaker = spanOf(t, subject.from, subject.to);
    setMedialHead(draftOf(x, 'cue/medial-cue', medialHead(t, medial, subject.boundary), speaker, content.vias));
    return draftOf(x, 'cue/medial-cue-rest', content, speaker, content.vias);
  }
  return draftOf(x, rule, content, spanOf(t, subject.from, subject.to), content.vias);
}

/** Words that open an embedded clause whose subject follows ("whether Lee broke ...", "that Lee had ..."). */
const EMBEDDING_OPENERS: ReadonlySet<string> = new Set(['whether', 'if', 'that']);

/** How far back from the preposition the clause opener is looked for, in tokens (a run-on sentence stays linear). */
const EMBEDDING_REACH = 24;

/** The first token after the last clause opener in t[from, to) within EMBEDDING_REACH of `to`, or -1 when there is none. */
function embeddedSubjectStart(t: Token[], from: number, to: number): number {
  for (let k = to - 1; k >= Math.max(from, to - EMBEDDING_REACH); k--)
    if (isWord(t[k]) && EMBEDDING_OPENERS.has(t[k].lower)) return k + 1;
  return -1;
}
