/**
 * Character judged by a noun of impudence or of a virtue found wanting (CheckThat subjectivity
 * recall on opinion pieces, issue 16): what the writer thinks of somebody's nerve or spine,
 * stated as a fact about them.
 * - character-nouns/impudence: "have" and a noun of impudence before "to": "The mayor had the gall
 *   to blame the crews.", "She has the nerve to ask for more."
 * - character-nouns/lacking-virtue: a virtue found wanting before "to": "The board lacks the courage
 *   to act.", "Nobody has the guts to say so.", "He didn't have the decency to call." A virtue had
 *   ("had the courage to testify") is praise a report may print and stays quiet.
 * Nouns in data/characterising.ts. Outside quotations and claim content and not in a sentence with
 * a tag verb ("..., she said"); kind opinion.
 *
 * Linear: sentences without one of the nouns are passed over by their bits.
 */
import type { Doc } from '../document';
import type { Token } from '../text/word-tokens';
import { IMPUDENCE_NOUNS, VIRTUE_NOUNS } from '../data/characterising';
import type { Draft } from './author-voice';
import type { Regions } from './regions';
import { TAG_WORDS, eachTriggeredSentence, pushAuthorOpinion, triggerClass } from './sentence-words';

const IMPUDENCE = new Set(IMPUDENCE_NOUNS);
const VIRTUES = new Set(VIRTUE_NOUNS);
const HAVE = new Set(['has', 'have', 'had', 'having']);
const LACK = new Set(['lack', 'lacks', 'lacked', 'lacking']);
/** Words that deny the "have" before it: "didn't have", "nobody has", "never had". */
const DENIALS = new Set(['not', 'never', 'nobody', 'none', 'no', 'few', 'neither', 'nor', 'without']);
const TRIGGER = triggerClass([...IMPUDENCE_NOUNS, ...VIRTUE_NOUNS]);
const REASON = {
  impudence: 'a judgement of character (“had the gall to ...”): the author’s verdict on somebody’s nerve',
  'lacking-virtue': 'a judgement of character (“lacks the courage to ...”): the author’s verdict on a failing',
} as const;
type Why = keyof typeof REASON;

export function characterNouns(doc: Doc, regions: Regions, drafts: Draft[]): void {
  eachTriggeredSentence(doc, TRIGGER, TAG_WORDS, (toks) => {
    const found = characterNoun(toks);
    if (!found) return;
    const [from, to, why] = found;
    pushAuthorOpinion(drafts, regions, toks, from, to, REASON[why], `character-nouns/${why}`);
  });
}

const denied = (w: string) => DENIALS.has(w) || w.endsWith("n't");

/** "had the (sheer) gall to", "lacks the (political) courage to": the verb's index to the noun's. */
function characterNoun(toks: readonly Token[]): [number, number, Why] | undefined {
  for (let i = 2; i < toks.length - 1; i++) {
    const noun = toks[i].norm;
    const impudent = IMPUDENCE.has(noun);
    if ((!impudent && !VIRTUES.has(noun)) || toks[i + 1].norm !== 'to') continue;
    // "the gall", "the sheer gall", "the basic decency".
    let k = i - 1;
    if (toks[k].norm !== 'the') k--;
    if (toks[k]?.norm !== 'the') continue;
    const verb = toks[k - 1];
    if (!verb) continue;
    if (impudent && HAVE.has(verb.norm)) return [k - 1, i + 1, 'impudence'];
    if (impudent) continue;
    if (LACK.has(verb.norm)) return [k - 1, i + 1, 'lacking-virtue'];
    if (!HAVE.has(verb.norm)) continue;
    // A denial within five words before "have": "didn't have", "nobody on the board has", "has never had".
    for (let m = k - 2; m >= 0 && m >= k - 6; m--) if (denied(toks[m].norm)) return [m, i + 1, 'lacking-virtue'];
  }
  return undefined;
}
