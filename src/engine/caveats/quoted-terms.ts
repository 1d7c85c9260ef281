/**
 * Quotation marks that name a term or carry a judge's own word are not the author's scare quotes
 * (issue 16, precision on objective sentences):
 * - a term of art, named by the kind after it or introduced by "<kind> of" before it: "close the
 *   “carried interest” loophole", "a “pay as you go” model", "a strategy of “massive
 *   resistance”". The marks say "this is what it is called", as for a programme's name
 *   (caveats/scare-quotes.ts NAMED_KIND_AFTER);
 * - a word of the subject's judgement after a verb of judging: "the union condemned the
 *   “reckless” cuts", "the minister welcomed the “historic” deal": a partial quotation of the
 *   one who condemned or welcomed;
 * - a gloss: a translation or definition the marks give ("the name means “windy hill”",
 *   "translates literally as “...”", "stands for “...”"), words mentioned, not doubted.
 * - words mentioned after a noun of words: "the term “X”", "its slogan “X”", "the concept of “X”";
 * "so-called" before the marks keeps them the author's scare quotes whatever follows.
 *
 * Structure: the scare-quote draft (scare-quotes/scare-quote) is followed by a kind noun of
 * data/news-senses.ts (TERM_KINDS, with legal yardsticks: "the “probable cause” standard"), or
 * preceded by such a noun and "of", or by a verb of JUDGING_VERBS at most three words back in its
 * clause, or by a verb of glossing (GLOSS_VERBS) with at most two glue words between.
 *
 * Linear: per scare-quote draft, a look at three words on each side.
 */
import type { Doc } from '../document';
import { GLOSS_GLUE_WORDS, GLOSS_VERBS, JUDGING_VERBS, MENTION_NOUNS, TERM_KINDS } from '../data/news-senses';
import type { Draft } from './author-voice';

const KINDS = new Set(TERM_KINDS);
const WORD_NOUNS = new Set(MENTION_NOUNS);
const GLOSS = new Set(GLOSS_VERBS);
const GLOSS_GLUE = new Set(GLOSS_GLUE_WORDS);
/** Words between a verb of glossing and the marks ("translates literally as"). */
const GLOSS_GAP = 2;
const JUDGING = new Set(JUDGING_VERBS);
const SCARE_RULE = 'scare-quotes/scare-quote';
/** Words back from the quotation to its verb of judging ("condemned the new “reckless” cuts"). */
const VERB_REACH = 3;

export function quietQuotedTerms(doc: Doc, drafts: Draft[]): void {
  let w = 0;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (d.voice === 'author' && d.kind === 'scare-quotes' && d.rules?.includes(SCARE_RULE)) {
      const rule = quotedTerm(doc, d);
      if (rule) {
        doc.trace?.add('caveat', d.start, d.end, rule);
        continue;
      }
    }
    drafts[w++] = d;
  }
  drafts.length = w;
}

function quotedTerm(doc: Doc, d: Draft): string | null {
  const { text } = doc;
  const before = doc.words.range(Math.max(0, d.start - 60), d.start);
  const last = before.length - 1;
  if (last >= 0 && before[last].norm === 'so-called') return null;
  // The words inside the marks end the draft: the kind noun must follow them, only a space between.
  const after = doc.words.range(d.end, Math.min(text.length, d.end + 30));
  if (after.length > 0 && KINDS.has(after[0].norm) && /^['\u2019"\u201d]*\s+$/.test(text.slice(d.end, after[0].start)))
    return 'quoted-terms/named-term';
  if (last >= 1 && before[last].norm === 'of' && KINDS.has(before[last - 1].norm)) return 'quoted-terms/named-term';
  if (glossed(doc, before, d.start)) return 'quoted-terms/gloss';
  // Rule quoted-terms/mentioned-words: "the term “X”", "its slogan “X”", "the concept of “X”".
  const noun = last >= 1 && before[last].norm === 'of' ? last - 1 : last;
  if (noun >= 0 && WORD_NOUNS.has(before[noun].norm) && !/[.;:!?,()\u2014]/.test(text.slice(before[noun].end, d.start)))
    return 'quoted-terms/mentioned-words';
  for (let k = last; k >= 0 && k >= last - VERB_REACH; k--) {
    // A clause break or another quotation between them ("that “welcomes all” and “judges none”").
    if (/[.;:!?,\u2014"\u201c\u201d]/.test(text.slice(before[k].end, k < last ? before[k + 1].start : d.start - 1)))
      break;
    if (JUDGING.has(before[k].norm)) return 'quoted-terms/judge-word';
  }
  return null;
}

/**
 * "The name means “peace” in Arabic", "Famadihana, meaning ‘turning the bones’", "translates
 * literally as “objective exemplar”", "stands for “Islamic State”": a translation or a definition
 * mentions the words it gives; no doubt is cast on them. The verb of glossing (data/news-senses.ts
 * GLOSS_VERBS) stands right before the marks, with at most "as", "to", "for" or a manner adverb
 * ("literally", "roughly") between, and no punctuation.
 */
function glossed(doc: Doc, before: readonly { norm: string; end: number; start: number }[], at: number): boolean {
  for (let k = before.length - 1, seen = 0; k >= 0 && seen <= GLOSS_GAP; k--, seen++) {
    const gap = doc.text.slice(before[k].end, k + 1 < before.length ? before[k + 1].start : at);
    if (/[.;:!?,\u2014()]/.test(gap.replace(/['\u2019"\u201d\u2018\u201c]/g, ''))) return false;
    if (GLOSS.has(before[k].norm)) return true;
    if (!GLOSS_GLUE.has(before[k].norm)) return false;
  }
  return false;
}
