/**
 * The type of the source a named speaker phrase stands for: an outlet, agency or platform by the
 * gazetteers (the phrase's name or the actor it names), an official by a title in the phrase, a
 * document or report by its head noun, else a person or a body.
 */
import type { Actor, SourceType } from '../../schema/brief';
import {
  BODY_PLURALS,
  INQUIRY_NOUNS,
  OFFICIAL_TITLES,
  OUTLET_SPEAKER_NOUNS,
  TEXT_SPEAKER_NOUNS,
} from '../data/source-terms';
import { isMastheadWord } from '../data/outlets';
import { PREPOSITIONS } from '../data/prepositions';
import { channelType, isDocumentNoun, isInstitutionNoun } from './sources';
import { isCap, type Token, withoutFinalPeriod } from './tokens';
import { ownRecordType, recordSpeakerType } from './record-phrase';
import { isSharePhrase } from './poll-share';

export function speakerSourceType(phraseTokens: Token[], name: string, actor: Actor | null): SourceType {
  // "CBS and NPR both reported": the phrase is no outlet's name, the actor it names is.
  const channel = channelType(name) ?? (actor && actor.name !== name ? channelType(actor.name) : null);
  if (channel) return channel;
  // Rule source/poll-share: "Twelve percent said", "A third of voters say": what a share of those
  // polled holds is the poll's finding, a report, not a person's word.
  if (isShareSource(phraseTokens, name, actor)) return 'report';
  // "the Tribune reported", "the Post said": a paper called by its masthead word alone.
  if (
    phraseTokens.length === 2 &&
    phraseTokens[0].lower === 'the' &&
    isCap(phraseTokens[1]) &&
    isMastheadWord(phraseTokens[1].lower)
  )
    return 'outlet';
  if (phraseTokens.some((t) => OFFICIAL_TITLES.has(withoutFinalPeriod(t.lower)))) return 'official';
  // "court records", "a transcript of the hearing", "FBI records": the record, not the body it names.
  const record = ownRecordType(phraseTokens, name) ?? (actor ? null : recordSpeakerType(phraseTokens, name));
  if (record) return record;
  const head = phraseTokens[phraseTokens.length - 1]?.lower ?? '';
  // "the report", and with no actor named "reports", "the latest polls": documents, not a person.
  const document = documentType(head, !actor);
  if (document) return document;
  // "the Vatican's own website states", "a Times article read": the text speaks, a document.
  if (!actor && TEXT_SPEAKER_NOUNS.has(head)) return 'document';
  // Rule source/inquiry-report: "this research showed", "the investigation found": a report.
  if (!actor && isInquiry(phraseTokens[phraseTokens.length - 1])) return 'report';
  // "A British newspaper alleges", "the network reported": an outlet the article does not name.
  if (!actor && OUTLET_SPEAKER_NOUNS.has(head)) return 'outlet';
  if (actor) return actor.type === 'person' ? 'person' : 'organization';
  // "Newest reports from the island territory" (no actor named): the head before a post-modifier says what it is.
  const of = name.startsWith(phraseTokens[0]?.text ?? '\0')
    ? phraseTokens.findIndex((t, k) => k > 0 && HEAD_ENDERS.has(t.lower))
    : -1;
  const inner =
    of > 0
      ? (documentType(phraseTokens[of - 1].lower, true) ?? (isInquiry(phraseTokens[of - 1]) ? 'report' : null))
      : null;
  if (inner) return inner;
  // "the group said", and (rule source/plural-bodies) "industry groups argue": bodies, not a person;
  // "groups on and off campus": the head is the noun before the phrase's first preposition.
  const body = (name.startsWith(phraseTokens[0]?.text ?? '\0') && headBeforePreposition(phraseTokens)) || head;
  return isInstitutionNoun(body) || BODY_PLURALS.has(body) ? 'organization' : 'person';
}

/** Prepositions that end a phrase's head noun ("reports from", "notes on", "a survey at"). */
const HEAD_ENDERS: ReadonlySet<string> = new Set(['from', 'of', 'on', 'by', 'in', 'about', 'at']);

/**
 * The lower-cased word before a speaker phrase's first preposition ("groups" in "groups on campus"),
 * or null. Not "of": in "groups of protesters" the people are the head.
 */
function headBeforePreposition(phraseTokens: readonly Token[]): string | null {
  const k = phraseTokens.findIndex((t, j) => j > 0 && t.lower !== 'of' && PREPOSITIONS.has(t.lower));
  return k > 0 ? phraseTokens[k - 1].lower : null;
}

/** A document noun's source type ("report" for reports), its plural too when `plural`; null for any other word. */
function documentType(word: string, plural: boolean): SourceType | null {
  const noun = plural && !isDocumentNoun(word) && word.endsWith('s') ? word.slice(0, -1) : word;
  if (!isDocumentNoun(noun)) return null;
  return noun === 'report' ? 'report' : 'document';
}

/** An inquiry or its findings written in lower case ("a review", "research"; not "... Research" in a body's name). */
function isInquiry(token: Token | undefined): boolean {
  return token !== undefined && !isCap(token) && INQUIRY_NOUNS.has(token.lower);
}

/**
 * Rule source/poll-share: a speaker phrase that is a share of a group ("Twelve percent", "A third
 * of voters") and is its own source's name; a name in it ("half of Americans") is a group's.
 */
export function isShareSource(phraseTokens: Token[], name: string, actor: Actor | null): boolean {
  return !actor && name.startsWith(phraseTokens[0]?.text ?? '\0') && isSharePhrase(phraseTokens);
}
