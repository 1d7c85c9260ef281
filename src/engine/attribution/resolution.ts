/**
 * Speaker resolution: each draft's speaker phrase to a speaker, in reading order. A pronoun to the
 * actor whose mention it is, else the nearest usable name before it, else the previous claim's
 * speaker; unnamed sourcing ("two U.S. officials", "the same official") to an anonymous source; a
 * titled phrase to its name ("Retired Lt. Gen. Michael Flynn" -> "Michael Flynn"). Each outcome
 * is a named rule, recorded in the trace for the claim and its source.
 */
import { isBodyOfPlace } from '../speakers/place-body';
import type { Actor, Claim, Range } from '../../schema/brief';
import { SPEAKER_PRONOUNS } from '../data/source-terms';
import { PRONOUN_BE } from '../data/speaker-words';
import { ROLE_MODIFIERS, TITLE_WORDS } from '../data/titles';
import type { NameSpan } from '../text/names';
import type { Quote } from '../text/quotes';
import { claimOf } from './claims';
import { isAgentPlural } from './cue';
import { traceDraft, type Draft } from './draft';
import { SourceRegistry, channelType } from './sources';
import { actorAt, mentionedIn, namedBetween, personIn, personOfHead, type Mentions } from './actor-mentions';
import { pluralAntecedent } from './plural-antecedent';
import { isPredicateWho, whoAntecedent } from '../speakers/who-antecedent';
import { closingBracketAt } from './closing-bracket';
import { beforePreposition, isLoneOfficeTitle, membersPhrase, isWhere, placeAfterPhrase } from './place-phrase';
import { PLACED } from './speaker-phrase';
import { by, carried, dropBy, lastRule, resolved, takeDropRule, type Resolved } from './resolved';
import { resolveUnnamedSourcing } from './unnamed-speaker';
import type { Trace } from '../trace';
import type { TokenStream } from './token-stream';
import { isCap, isWord, type Token, withoutFinalPeriod } from './tokens';
import { isShareSource, speakerSourceType } from './speaker-source-type';
import { ownRecordType } from './record-phrase';
import { accompaniedAt, conjunctsOf, hasAnd, resolveConjuncts } from './coordinated-speaker';
import {
  actorById,
  carriesIt,
  isCommonPlural,
  isOtherPronoun,
  pronounFits,
  pronounFitsName,
  SINGULAR_PERSONAL,
} from '../speakers/pronoun-fit';
import { continuesRoleSubject } from '../speakers/role-subject';
import { wholePhraseRule } from '../speakers/office-holder';
import { isWriterInThirdPerson, isWriterSpeaker } from '../speakers/writer-voice';
import { namesNobody, speakerCut } from '../speakers/speaker-shape';
import { continuesStatement, type Continuations } from './continuation';
import { relativeClauseAt } from '../speakers/relative-clause';
import { lastNameBefore, nameBefore, nearestInSentence } from './antecedent-names';
import { mentionAfterFronted } from '../speakers/fronted-adverbial';

/** The claims of the drafts whose speaker resolves, in the drafts' order. */
export function resolveClaims(
  text: string,
  drafts: Draft[],
  stream: TokenStream,
  names: NameSpan[],
  mentions: Mentions,
  actors: Actor[],
  registry: SourceRegistry,
  outer: readonly Quote[],
  trace: Trace | undefined,
  continuations?: Continuations,
): Claim[] {
  const claims: Claim[] = [];
  let prev = null as Resolved | null;
  let prevDraft = null as Draft | null;
  let nobodyAt = -9; // (the paragraph of the last claim whose slot named nobody: speakers/speaker-shape.ts)
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k];
    const nobody = namesNobody(text, d, prev === null ? nobodyAt : -9);
    if (d.mode === 'unnamed' || nobody) {
      // Nobody named (cue/agentless-passive, a slot with no noun phrase): no speaker, which no later draft carries on.
      if (trace) traceDraft(trace, d);
      claims.push(claimOf(text, d, null, registry, outer, stream.words));
      if (nobody) [prev, nobodyAt] = [null, d.paragraph];
      continue;
    }
    let r: Resolved | null = null;
    const last: Resolved | null = prev;
    if (d.mode === 'np' && d.speaker) {
      takeDropRule();
      r = resolvePhrase(text, stream, d, d.speaker, names, mentions, actors, registry, last, outer);
    } else if (last && (d.mode === 'participle' ? last.paragraph === d.paragraph : d.paragraph - last.paragraph <= 1)) {
      r = by('resolve/previous-speaker', carried(last, d));
    }
    if (!r) {
      const dropped = takeDropRule();
      if (dropped) trace?.add('claim', d.start, d.end, dropped);
      continue;
    }
    if (trace) {
      traceDraft(trace, d);
      trace.add('claim', d.start, d.end, lastRule());
    }
    const claim = claimOf(text, d, r, registry, outer, stream.words);
    if (continuations && prevDraft && prev && r.speaker.name === prev.speaker.name) {
      const prevClaim = claims[claims.length - 1];
      if (continuesStatement(text, prevDraft, d, continuations.has(prevClaim))) {
        continuations.link(claim, prevClaim);
        trace?.add('claim', d.start, d.end, 'claims/continues-statement');
      }
    }
    claims.push(claim);
    prev = r;
    prevDraft = d;
  }
  return claims;
}

/**
 * The word tokens of a speaker phrase, from the document's token stream: phrases mostly lie in a
 * sentence's tokens, which are reused (no per-phrase re-tokenizing on claim-dense text).
 */
function phraseWords(stream: TokenStream, range: Range, sentence: number): Token[] {
  const { tokens, first, end } = stream.within(range.start, range.end, sentence);
  let marks = 0;
  for (let k = first; k < end; k++) if (!isWord(tokens[k])) marks++;
  return marks === 0 ? tokens.slice(first, end) : onlyWords(tokens, first, end);
}

/** The word tokens of t[from, to). (Most speaker phrases are words only: the caller slices those, an exact-size copy.) */
function onlyWords(t: readonly Token[], from: number, to: number): Token[] {
  const words: Token[] = [];
  for (let k = from; k < to; k++) if (isWord(t[k])) words.push(t[k]);
  return words;
}

export const NO_QUOTES: readonly Quote[] = [];

/**
 * Possessive pronouns a nominal cue's speaker can be ("his claim that ..."), and object pronouns an
 * "according to" source can be ("According to him, ..."), to their subject forms.
 */
const POSSESSIVE_SUBJECTS: ReadonlyMap<string, string> = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['their', 'they'],
  ['him', 'he'],
  ['them', 'they'],
]);

function resolvePhrase(
  text: string,
  stream: TokenStream,
  d: Draft,
  range: Range,
  names: NameSpan[],
  mentions: Mentions,
  actors: Actor[],
  registry: SourceRegistry,
  prev: Resolved | null,
  outer: readonly Quote[],
): Resolved | null {
  let t = phraseWords(stream, range, d.sentence);
  if (t.length === 0) return null;
  const cut = speakerCut(text, t, d.cue); // (two phrases run together: the speaker's is the last)
  if (cut) [t, range] = [t.slice(cut.from, cut.to), { start: t[cut.from].start, end: t[cut.to - 1].end }];
  // "Senator Ruiz (D-NM) along with a handful of other lawmakers": the one named leads, the company is no speaker.
  const along = accompaniedAt(t);
  if (along > 0) {
    const kept = text.slice(range.start, t[along].start).replace(/[\s,]+$/, '');
    [t, range] = [t.slice(0, along), { start: range.start, end: range.start + kept.length }];
  }
  // "Sen. Ann Moss (R-Ohio)": a bracket closing the phrase (party and state, an acronym) is no part of the name.
  const bracket = closingBracketAt(text, range);
  if (bracket > 0) {
    let n = t.length;
    while (n > 0 && t[n - 1].end > bracket) n--;
    // "He (Lara) had told": a bracket after a pronoun names whom it stands for, and stays.
    if (n > 1 || (n === 1 && !SPEAKER_PRONOUNS.has(t[0].lower)))
      [t, range] = [t.slice(0, n), { start: range.start, end: t[n - 1].end }];
  }
  // The draft carries the paragraph and sentence a resolution records: no object per claim for them.
  const base = d;

  // A pronoun: the actor it is a mention of, else the nearest name before it.
  // "You also agree to ...": the reader is addressed, nobody is quoted (site boilerplate, how-tos).
  if (t.length === 1 && t[0].lower === 'you') return null;
  // "Who really believes this will work?": a question opened by its wh-word asks, nobody claims.
  // (Title Case only: "WHO" is the World Health Organization.)
  if (t.length === 1 && (t[0].text === 'Who' || t[0].text === 'Whoever')) return null;
  // "I" and "we" outside quotations are the writer: the author's voice, no claim.
  if (isWriterSpeaker(t)) return dropBy('speakers/writer-no-claim');
  // "this author has written ...": the writer too.
  if (isWriterInThirdPerson(t)) return dropBy('speakers/writer-in-third-person');
  // "He’s claiming ...": the pronoun with "is" run together.
  if (t.length === 1 && PRONOUN_BE.has(t[0].lower))
    t = [{ ...t[0], end: t[0].end - 2, text: t[0].text.slice(0, -2), lower: t[0].lower.slice(0, -2) }];
  // "his claim that ...": a possessive pronoun speaks like its subject form.
  const subjectForm = t.length === 1 ? POSSESSIVE_SUBJECTS.get(t[0].lower) : undefined;
  if (subjectForm) t = [{ ...t[0], lower: subjectForm, text: subjectForm }];
  if (t.length === 1 && SPEAKER_PRONOUNS.has(t[0].lower))
    return resolvePronoun(text, stream, t, d, range, names, mentions, actors, registry, prev, outer);
  const unnamed = resolveUnnamedSourcing(text, t, range, registry, base);
  if (unnamed) return unnamed;

  // "Smith and Jones said", "The mayor and the police chief told": each conjunct resolves, the claim names them all.
  // (The resolver of a conjunct is made only for a phrase with conjuncts: a closure per phrase showed on claim-dense text.)
  const parts = hasAnd(t) ? conjunctsOf(stream.within(range.start, range.end, d.sentence), names, mentions) : null;
  const all =
    parts &&
    resolveConjuncts(parts, (p: Range) =>
      resolvePhrase(text, stream, d, p, names, mentions, actors, registry, null, outer),
    );
  if (all) return by('resolve/coordinated-speakers', all);
  // (Unnamed sourcing keeps its clause: "officials who spoke on condition of anonymity".)
  // "A teenager who supports President Trump says": the head before a restrictive relative clause speaks, not a name in it.
  const relative = relativeClauseAt(text, t);
  if (relative > 0) [t, range] = [t.slice(0, relative), { start: range.start, end: t[relative - 1].end }];
  // "A spokesman for Kiko", "The mayor of Dover", "Nine in 10 Americans": the phrase speaks, not the name in it.
  const holder = wholePhraseRule(t);
  if (holder) return by(holder, named(text.slice(range.start, range.end), null, range, t, registry, base));
  // A named speaker: the last name in the phrase without the titles before it.
  const name = nameIn(text, range, t, names);
  // "Alex Bastian of the San Francisco prosecutor’s office", "Dan Ruiz at the Tribune": a phrase headed
  // by a person's name is that person, unless its last name is a person's.
  const namedPerson = name.isName ? personIn(mentions, name.range) : null;
  const head = namedPerson ? null : personOfHead(text, mentions, range);
  const actor = namedPerson ?? head ?? actorAt(mentions, name.range) ?? actorAt(mentions, range);
  // "an employee in the southern city of Guangzhou reported": a place ending a longer phrase says where, not who.
  // "a consulate official in Veridia": the words before "in" when the place follows it at once.
  // "a former classmate from his time at Yale": a body after "at"/"from" says where they were, not who.
  const where = actor?.type === 'place' || actor?.type === 'country' || (actor?.type === 'organization' && isWhere(t));
  if (actor && where && placeAfterPhrase(text, t, range, name.range)) {
    const headWords = beforePreposition(t);
    const at = t[headWords.length + (PLACED.has(t[headWords.length]?.lower ?? '') ? 2 : 1)];
    // ("Senator from Texas": a lone title keeps its place, which says which office.)
    const cut = at && at.start === name.range.start && !isLoneOfficeTitle(headWords);
    const phrase = cut ? { start: range.start, end: headWords[headWords.length - 1].end } : range;
    const unnamed = resolveUnnamedSourcing(text, headWords, phrase, registry, base);
    if (unnamed) return unnamed;
    return by(
      'resolve/phrase-before-place',
      named(text.slice(phrase.start, phrase.end), null, phrase, headWords, registry, base),
    );
  }
  // "DR Congo’s health ministry": the place's body speaks, not the place.
  if (actor && where && isBodyOfPlace(text, range))
    return by('resolve/body-of-place', named(text.slice(range.start, range.end), null, range, t, registry, base));
  // "Democrats in the Senate": the members speak as a group, not the body ending their phrase.
  const members = membersPhrase(t, name.range, actor?.type);
  let display = actor && (name.isName || head) ? actor.name : name.text;
  if (members) display = text.slice(members.start, members.end);
  const mention = actor ? mentionAfterFronted(t, range, name.range) : range;
  return by(
    members ? 'resolve/members-of-body' : actor ? 'resolve/named-actor' : 'resolve/named-phrase',
    named(display, actor, mention, t, registry, base, true, head ? head.name : name.text),
  );
}

/**
 * A pronoun speaker, by the first rule that finds its antecedent: a name earlier in the same
 * sentence ("X said Y was right when she said ..."), the actor the pronoun is a mention of, the
 * nearest usable name in the sentence, the previous claim's named speaker, a full name in the
 * 1,500 characters before; else the pronoun as written (kept rather than guessed).
 */
function resolvePronoun(
  text: string,
  stream: TokenStream,
  t: Token[],
  d: Draft,
  range: Range,
  names: NameSpan[],
  mentions: Mentions,
  actors: Actor[],
  registry: SourceRegistry,
  prev: Resolved | null,
  outer: readonly Quote[],
): Resolved | null {
  const base = d;
  {
    // "Senate investigators, who said": the phrase right before "who" (speakers/who-antecedent.ts).
    if (t[0].text === 'who' && !isPredicateWho(stream, range.start)) {
      const ante = whoAntecedent(stream, range.start, names, mentions);
      return ante && resolvePhrase(text, stream, d, ante, names, mentions, actors, registry, null, outer);
    }
    // A name earlier in the same sentence ("X said Y was right when she said ...") is the
    // nearest antecedent; otherwise the actor the pronoun is a mention of.
    const pronoun = t[0].lower;
    const local = nearestInSentence(d.sentenceStart, range.start, names, mentions, actors, outer, d);
    if (local && pronounFits(pronoun, local.actor))
      return by('resolve/pronoun-name-in-sentence', named(local.name, local.actor, range, [t[0]], registry, base));
    // "the civil lawyer wrote ... In another, she added": the role that spoke in the sentence before.
    // (Unless the person the pronoun stands for was named in that sentence or the one before: then
    // the role most likely describes them, as in "Palermo detailed. The man then goes on ...".)
    const actor = actorAt(mentions, range);
    if (
      prev &&
      continuesRoleSubject(pronoun, prev, d.sentence) &&
      !(actor && namedBetween(text, mentions, actor, sentenceStart(stream, prev.sentence - 1), range.start))
    )
      return by('resolve/pronoun-role-subject', resolved(prev.speaker, prev.sourceId, prev.person, base));
    if (actor && pronounFits(pronoun, actor))
      return by('resolve/pronoun-actor-mention', named(actor.name, actor, range, [t[0]], registry, base));
    // The nearest usable name in the sentence, else the previous claim's named speaker, else a
    // full name in the two paragraphs before.
    const inSentence = nameBefore(range.start, d.sentenceStart, names, mentions, actors, outer, false);
    if (inSentence && pronounFitsName(pronoun, inSentence.actor) && !mentionedIn(mentions, inSentence.actor, d))
      return by(
        'resolve/pronoun-usable-name-before',
        named(inSentence.name, inSentence.actor, range, t, registry, base, false),
      );
    // (A quotation's "they said" continues its plural speaker: the rule is for cue clauses.)
    const ante = pronoun === 'they' && d.rule.startsWith('cue/') ? pluralAntecedent(stream, range.start) : null;
    const plural = ante && resolvePhrase(text, stream, d, ante, names, mentions, actors, registry, null, outer);
    if (plural) return by('resolve/pronoun-plural-subject', plural);
    if (
      prev &&
      d.paragraph - prev.paragraph <= 2 &&
      // "scientists warned ... “...,” they said": a plural (named or not) continues as "they".
      ((!prev.speaker.anonymous &&
        (pronoun === 'it'
          ? carriesIt(prev, actors)
          : prev.person &&
            !(SINGULAR_PERSONAL.has(pronoun) && isCommonPlural(prev.speaker.name)) &&
            !isOtherPronoun(prev.speaker, pronoun) &&
            pronounFits(pronoun, actorById(actors, prev.speaker.actorId)))) ||
        (pronoun === 'they' && isCommonPlural(prev.speaker.name)))
    )
      return by('resolve/pronoun-previous-speaker', carried(prev, base));
    const earlier = nameBefore(range.start, range.start - 1500, names, mentions, actors, outer, true);
    // "Police are still investigating whether Paddock acted alone. They believe ...": a "they" far
    // from any plural speaker is a group, never a person named sentences before.
    const group = pronoun === 'they' && earlier?.actor?.type === 'person';
    if (earlier && !group && pronounFitsName(pronoun, earlier.actor) && !mentionedIn(mentions, earlier.actor, d))
      return by(
        'resolve/pronoun-full-name-before',
        named(earlier.name, earlier.actor, range, t, registry, base, false),
      );
    // Unresolved: keep the pronoun rather than guess.
    return by(
      'resolve/pronoun-unresolved',
      resolved({ name: t[0].text, actorId: null, anonymous: false }, null, true, base),
    );
  }
}

function named(
  name: string,
  actor: Actor | null,
  range: Range,
  phraseTokens: Token[],
  registry: SourceRegistry,
  base: { paragraph: number; sentence: number },
  register = true,
  sourceName = name,
): Resolved {
  const type = speakerSourceType(phraseTokens, sourceName, actor);
  // An outlet keeps the name it was credited by ("the Post"), unless only its actor's name is one.
  // A record ("FBI records", "Acme's filing") is its own source, not the body it names.
  const record = ownRecordType(phraseTokens, sourceName) !== null;
  const byActor =
    actor && !record && ((type !== 'outlet' && type !== 'news-agency') || channelType(sourceName) === null);
  const source = register
    ? registry.add(
        byActor ? actor.name : sourceName,
        type,
        false,
        range,
        type === 'report' && isShareSource(phraseTokens, sourceName, actor) ? 'source/poll-share' : 'source/speaker',
      )
    : null;
  return resolved(
    { name, actorId: actor?.id ?? null, anonymous: false },
    source?.id ?? null,
    // A pronoun may carry a phrase with no actor behind it over to the next claim ("The group
    // said ... They said"), a body or a text as well as a person ("the article read ... it added").
    actor ? actor.type === 'person' : type !== 'outlet' && type !== 'news-agency' && type !== 'platform',
    base,
  );
}

/** "by " right before a name: its agent ("a poll by Ipsos"). */
const AGENT_BY = /\bby\s+$/;
/** "for (the) " right before a name: whom the work was done for ("... for The Times"). */
const CLIENT_FOR = /\bfor\s+(?:[Tt]he\s+)?$/;

/** The name a speaker phrase refers to: its last proper name, titles stripped; else the phrase itself. */
function nameIn(
  text: string,
  range: Range,
  t: Token[],
  names: NameSpan[],
): { text: string; range: Range; isName: boolean } {
  let last: NameSpan | null = null;
  let agent: NameSpan | null = null;
  for (let k = Math.max(0, lastNameBefore(names, range.start)); k < names.length; k++) {
    const n = names[k];
    if (n.start >= range.end) break;
    if (n.start < range.start || n.end > range.end) continue;
    last = n;
    if (!agent && AGENT_BY.test(text.slice(Math.max(range.start, n.start - 4), n.start))) agent = n;
  }
  // "a poll by Ipsos for The Times": who did it speaks, not whom it was done for.
  if (agent && last !== agent && CLIENT_FOR.test(text.slice(Math.max(range.start, last!.start - 9), last!.start)))
    return { text: agent.text, range: { start: agent.start, end: agent.end }, isName: true };
  // "Connecticut's tax commissioner": the name is a modifier; the phrase is the speaker.
  const lastWord = t[t.length - 1];
  // "advisers to Mr. Obama": the plural before the preposition is who speaks; the name only says whose.
  if (last && hasAgentPluralBefore(t, last.start)) {
    return { text: text.slice(range.start, range.end), range, isName: false };
  }
  // "Whitlow’s assertion that ...": a phrase that is all possessor (cue/nominal-that) names its speaker.
  const possessor = last !== null && last.possessive && last.end >= lastWord.end;
  if (last && (possessor || !(last.possessive || last.end < lastWord.start))) {
    return { text: last.text, range: { start: last.start, end: last.end }, isName: true };
  }
  // No name found by Engine I: the trailing capitalised words without title words.
  let k = t.length - 1;
  while (k >= 0 && isCap(t[k]) && !TITLE_WORDS.has(withoutFinalPeriod(t[k].lower)) && !ROLE_MODIFIERS.has(t[k].lower))
    k--;
  if (k < t.length - 1 && !last) {
    const s = t[k + 1];
    return { text: text.slice(s.start, lastWord.end), range: { start: s.start, end: lastWord.end }, isName: true };
  }
  return { text: text.slice(range.start, range.end), range, isName: false };
}

/** "advisers to Mr. Obama", "attorneys for Smith": an agent plural (lower-case, or first) with to/of/for, before `nameStart`. */
function hasAgentPluralBefore(t: Token[], nameStart: number): boolean {
  for (let k = 0; k < t.length; k++) {
    const w = t[k];
    if (w.end > nameStart || (isCap(w) && k !== 0) || !isAgentPlural(w.lower)) continue;
    const next = t[k + 1]?.lower;
    if (next === 'to' || next === 'of' || next === 'for') return true;
  }
  return false;
}

/** Where sentence `k` starts (the text's start for k < 0). */
function sentenceStart(stream: TokenStream, k: number): number {
  return k < 0 ? 0 : (stream.bySentence[k]?.[0]?.start ?? 0);
}
