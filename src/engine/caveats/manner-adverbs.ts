/**
 * A stance adverb in its manner sense (PTC train opinion pieces): "spoke frankly about the deficit",
 * "we can see more clearly where the money went", "set out the changes clearly and simply", "you
 * aren't thinking clearly". After the verb, graded by "more", or paired with another adverb of
 * manner, the word says how something is done, not what the author makes of the facts. Before the
 * verb or opening the clause ("The board clearly misled ...", "Clearly, ...") it stays a stance.
 *
 * Structure: the word before the adverb (no comma between) is a comparative degree word, a verb of
 * seeing, saying or thinking (data/caveat-words.ts), or a verb's -ing or -ed form that is not a
 * linking verb; or the adverb is joined by "and" / "or" to another -ly adverb within a few words.
 */
import { MANNER_SENSE, MANNER_VERBS } from '../data/caveat-words';
import type { Token } from '../text/word-tokens';

const DEGREE = new Set(['more', 'less', 'most', 'least', 'as']);
/** An -ing or -ed verb form ("thinking", "stated"), not a noun in -thing ("something") nor "indeed"/"need". */
const RE_VERB_FORM = /^(?:\w{2,}(?<!th)ing|\w{3,}(?<!e)ed)$/;
const RE_LINKING = /^(?:seem|appear|look|sound|becom)/;

/** Rule caveats/manner-adverb: is the stance word at `i` (`n` words) used for the manner of a verb? */
export function mannerReading(text: string, toks: Token[], i: number, n: number): boolean {
  if (n !== 1 || i === 0 || !MANNER_SENSE.has(toks[i].norm)) return false;
  const prev = toks[i - 1];
  // A comma sets the adverb off as a comment; a capitalised word before it is a name ("the United States").
  if (text.slice(prev.end, toks[i].start).includes(',') || /^\p{Lu}/u.test(prev.text)) return false;
  if (DEGREE.has(prev.norm) || MANNER_VERBS.has(prev.norm)) return true;
  if (RE_VERB_FORM.test(prev.norm) && !RE_LINKING.test(prev.norm)) return true;
  const next = toks[i + 1];
  if (next?.norm !== 'and' && next?.norm !== 'or') return false;
  for (let k = i + 2; k < Math.min(toks.length, i + 6); k++) if (/\w{3,}ly$/.test(toks[k].norm)) return true;
  return false;
}
