/**
 * Intention verbs and the linkers after a comma that end their content ("wants to widen the road,
 * but the council would have to pay"): a new clause of another subject begins there, not more of
 * what was wanted or planned.
 *
 * Origin: written for edge-brief (MIT, like the repository); plain English words, chosen from the
 * over-long intention contents among the PolNeAR dev misses (issue 16). No third-party list.
 */
import { ARTICLES_AND_POSSESSIVES } from './speaker-words';

/** Lemmas of cue verbs of intention (data/cues.ts class `act`) whose content is a verb phrase. */
export const INTENTION_LEMMAS: ReadonlySet<string> = new Set([
  'want',
  'plan',
  'seek',
  'expect',
  'hope',
  'vow',
  'pledge',
  'promise',
]);

/** Linkers that can open a clause of another subject after the comma. */
export const INTENTION_CLAUSE_LINKERS: ReadonlySet<string> = new Set([
  'but',
  'although',
  'though',
  'while',
  'whereas',
  'yet',
]);

/** Lower-case words that open a clause's subject right after such a linker ("but her plan", "while they"). */
export const CLAUSE_SUBJECT_STARTS: ReadonlySet<string> = new Set([
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'you',
  'there',
  ...ARTICLES_AND_POSSESSIVES,
  'this',
  'these',
  'those',
  'that',
  'some',
  'many',
  'most',
  'others',
]);
