/**
 * Speech around a name: "X said", "X, 45, told", "according to X", and speech only an
 * organisation makes ("X said its assets rose"). Each test reads a bounded slice (90 characters
 * after the name, 16 before) and is ruled out by char codes before any slice is made when no verb
 * can start (or end) there.
 */
import { isSpaceCode } from '../text/spaces';

/**
 * Speech that only an organisation makes: "X said its assets rose", "X said on its website".
 * ("X said in a statement" is no evidence either way: presidents and companies both issue them.)
 */
export const ORG_SPEECH = /^(?:,[^,\n]{0,60},)?\s+(?:said|says|announced|reported)\s+(?:its|on its|in its)\s/u;
export const SPEECH_AFTER =
  /^(?:,[^,]{0,60},)?\s+(?:said|says|told|added|warned|wrote|explained|argued|noted|asked|claimed|stated|insisted|responded|replied|continued|tweeted|posted|reported|announced|blasted)\b/u;
export const SPEECH_BEFORE = /(?:said|says|told|added|warned|wrote|according to)\s+$/u;
/** First letters of the verbs of SPEECH_AFTER and ORG_SPEECH, last letters of SPEECH_BEFORE's: one bit per letter a-z. */
export const SPEECH_AFTER_FIRST = letterBits(
  'said says told added warned wrote explained argued noted asked claimed stated insisted responded replied continued tweeted posted reported announced blasted',
);
export const ORG_SPEECH_FIRST = letterBits('said says announced reported');
const SPEECH_BEFORE_LAST = letterBits('dias syas dlot dedda denraw etorw ot');

function letterBits(words: string): number {
  let bits = 0;
  for (const w of words.split(' ')) bits |= 1 << (w.charCodeAt(0) - 97);
  return bits;
}

function hasLetter(bits: number, c: number): boolean {
  return c >= 97 && c <= 122 && (bits & (1 << (c - 97))) !== 0;
}

/**
 * `pattern` (SPEECH_AFTER or ORG_SPEECH: an optional ", ...," aside, then white space and a verb)
 * on the 90 characters after `at`, ruled out without a slice when no verb can start there.
 */
export function speechAfter(text: string, at: number, pattern: RegExp, verbFirst: number): boolean {
  const max = Math.min(text.length, at + 90);
  // After a comma the verb follows the aside's closing comma: the next comma, at most 61 on.
  const from = text.charCodeAt(at) !== 44 ? at : text.indexOf(',', at + 1);
  if (from < 0 || from - at > 61 || !isSpaceCode(text.charCodeAt(from + (from === at ? 0 : 1)))) return false;
  let i = from + 1;
  while (i < max && isSpaceCode(text.charCodeAt(i))) i++;
  if (i >= max || !hasLetter(verbFirst, text.charCodeAt(i))) return false;
  return pattern.test(text.slice(at, at + 90));
}

/** SPEECH_BEFORE on the 16 characters before `at`, ruled out without a slice when no verb can end there. */
export function speechBefore(text: string, at: number): boolean {
  const min = Math.max(0, at - 16);
  let i = at - 1;
  if (i < min || !isSpaceCode(text.charCodeAt(i))) return false;
  while (i >= min && isSpaceCode(text.charCodeAt(i))) i--;
  if (i < min || !hasLetter(SPEECH_BEFORE_LAST, text.charCodeAt(i))) return false;
  // What SPEECH_BEFORE matches on text[min, at): a verb ending at i, inside the window, then the
  // white space to `at` (its verbs end in a letter, so the space run is all of the white space).
  for (const verb of VERBS_BEFORE)
    if (i + 1 - verb.length >= min && text.startsWith(verb, i + 1 - verb.length)) return true;
  return false;
}

/** SPEECH_BEFORE's verbs. */
const VERBS_BEFORE = ['said', 'says', 'told', 'added', 'warned', 'wrote', 'according to'];
