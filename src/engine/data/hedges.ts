/**
 * Hedges, speculation and vague attribution: how the author signals uncertainty, guesses at what
 * will happen, or leans on unnamed people.
 *
 * Origin: compiled by hand for this project (no third-party text), after the hedge and booster
 * categories of Hyland's metadiscourse studies and Wikipedia's "weasel words" guideline, and
 * checked against the CheckThat! 2025 English dev split and the worked examples. The npm `hedges`
 * and `weasels` lists (MIT) were read and not used: they include "can", "will", "say", "about",
 * "some", which are ordinary words in a neutral wire story. Bare "may", "might", "could" are left
 * out for the same reason (news uses them to report possibilities somebody else raised); they
 * count only in the stronger patterns below. Licence: same as this repository.
 */

/** The author predicts or guesses ("surely going to be", "will likely", "may be the most"). */
export const SPECULATION: readonly string[] = [
  'likely', 'unlikely', 'probably', 'perhaps', 'maybe', 'possibly', 'presumably', 'surely',
  'no doubt', 'doubtless', 'almost certainly', 'in all likelihood', 'bound to', 'is sure to',
  'are sure to', 'is certain to', 'are certain to', 'may well', 'might well', 'could well',
  'it may be', 'it might be', 'it could be', 'may be the', 'might be the', 'could be the',
  'is going to be', 'are going to be', 'seems destined', 'seem destined', 'seems fated',
  'seem fated', 'is destined', 'are destined', 'one can only imagine', 'who knows',
  'it remains to be seen', 'remains to be seen', 'remain to be seen', 'may never know',
  'will never know', 'time will tell', 'if history is any guide', 'in the long run',
  'could have been avoided', 'will be remembered',
  'is poised to', 'are poised to', 'conceivably', 'chances are', 'odds are',
];

/** The author softens or distances a statement. */
export const HEDGES: readonly string[] = [
  'seems', 'seem', 'seemed', 'seemingly', 'appears to', 'appear to', 'appeared to',
  'apparently', 'arguably', 'somewhat', 'sort of', 'kind of', 'supposedly', 'ostensibly',
  'purportedly', 'to some extent', 'to a degree', 'in a way', 'in a sense', 'in some ways',
  'more or less', 'nominally', 'so to speak', 'if anything', 'as it were', ];

/**
 * Vague attribution: claims credited to nobody in particular ("some who saw the comment as a
 * dig", "critics say", "it is widely believed"). A head word followed within a few words by a
 * verb of saying or thinking from `VAGUE_VERBS`.
 */
export const VAGUE_SOURCES: readonly string[] = [
  'some', 'many', 'others', 'critics', 'observers', 'experts', 'analysts', 'commentators',
  'skeptics', 'sceptics', 'detractors', 'supporters', 'opponents', 'people', 'folks', 'most',
  'few', 'everyone', 'everybody', 'nobody', 'no one', 'anyone', 'somebody', 'someone',
];

export const VAGUE_VERBS: readonly string[] = [
  'say', 'says', 'said', 'saw', 'see', 'sees', 'believe', 'believes', 'believed', 'think',
  'thinks', 'thought', 'argue', 'argues', 'argued', 'claim', 'claims', 'claimed', 'suggest',
  'suggested', 'view', 'viewed', 'fear', 'feared', 'contend', 'contended', 'consider',
  'considered', 'feel', 'felt', 'worry', 'worried', 'speculate', 'speculated', 'suspect',
  'suspected', 'charge', 'charged', 'complain', 'complained', 'insist', 'insisted', 'agree',
  'agreed', 'question', 'questioned', 'wonder', 'wondered', 'noted', 'point out', 'pointed out',
];

/** Impersonal attribution with no one behind it ("it is widely believed", "reportedly"). */
export const IMPERSONAL_ATTRIBUTION: readonly string[] = [
  'reportedly', 'allegedly', 'it is said', 'it is believed', 'it is widely believed',
  'it is thought', 'it is widely thought', 'it is rumored', 'it is rumoured', 'is widely seen',
  'are widely seen', 'was widely seen', 'is widely regarded', 'are widely regarded',
  'is widely considered', 'widely believed', 'many believe', 'some say', 'some believe',
  'critics say', 'critics argue', 'experts say', 'experts agree', 'studies show',
  'research shows', 'science says', 'everyone knows', 'as everyone knows', 'it is well known',
  'it is well-known', 'this is well-known', 'well-known', 'it is no secret', 'rumor has it',
  'word is',
];

/**
 * Verdicts on evidence the author delivers without a source ("all of the evidence ... refute her
 * claims", "without any evidence").
 */
export const EVIDENCE_VERDICTS: readonly string[] = [
  'refute', 'refutes', 'refuted', 'disprove', 'disproves', 'disproved', 'debunk', 'debunks',
  'debunked', 'discredit', 'discredits', 'discredited', 'belie', 'belies', 'contradict',
  'contradicts', 'without any evidence', 'without evidence', 'no evidence', 'not a shred',
  'false claims', 'falsely', 'proven false', 'proves',
  'proved that', 'proof that', 'the facts show', 'the evidence shows', 'undisputed',
];
