/**
 * The three patterns beside the lexicons: vague attribution ("some who saw", "critics say"), a
 * generic "you" with a negative or deontic modal, and asserted superlatives ("the most effective
 * leader").
 */
import type { Sentence } from '../document';
import { VAGUE_SOURCES, VAGUE_VERBS } from '../data/hedges';
import { CONDITION_WORDS } from '../data/interjections';
import type { Token } from '../text/word-tokens';
import type { Regions } from './regions';
import { FACTUAL_SUPERLATIVES, FUNCTION_WORDS, GENERIC_MODALS, VAGUE_GLUE } from '../data/caveat-words';
import { clauseEnd, clauseStart, isLower, onlySpaceBetween } from './clauses';
import type { Draft } from './author-voice';

export const VAGUE_HEADS = new Set(VAGUE_SOURCES);

const VAGUE_VERB_SET = new Set(VAGUE_VERBS);
/** "some who saw the comment as a dig", "critics say", "many have argued": a claim on nobody's word. */
export function vagueSource(text: string, toks: Token[], i: number, s: Sentence, regions: Regions): Draft | null {
  if (!VAGUE_HEADS.has(toks[i].norm)) return null;
  let j = i + 1;
  while (j < toks.length && j <= i + 3 && (VAGUE_GLUE.has(toks[j].norm) || VAGUE_HEADS.has(toks[j].norm))) j++;
  if (j >= toks.length || j > i + 3 || !VAGUE_VERB_SET.has(toks[j].norm)) return null;
  // "In case anyone thinks ...", "if someone says ...": a condition supposes a view, it credits none.
  if (i > 0 && CONDITION_WORDS.has(toks[i - 1].norm)) return null;
  // Inside a quotation it is the speaker's vagueness. A claim whose content merely follows the head
  // ("some who saw [the comment as a dig]") is still the author's choice of source, so only the
  // head is checked.
  if (regions.overlaps(toks[i].start, toks[i].end)) return null;
  const end = Math.max(toks[j].end, clauseEnd(text, toks[j].end, s.end));
  const phrase = text.slice(toks[i].start, toks[j].end);
  return {
    start: toks[i].start,
    end,
    kind: 'unattributed-claim',
    voice: 'author',
    reason: `a view credited to unnamed people (“${phrase}”); the article does not say who`,
  };
}

/** "the most effective leader", "one of the most compelling passages": a ranking the author asserts. */
export function superlativeAt(text: string, toks: Token[], i: number, regions: Regions): Draft | null {
  if (toks[i].norm !== 'most' || i === 0 || toks[i - 1].norm !== 'the') return null;
  const adj = toks[i + 1];
  if (!adj || !isLower(text, adj) || FUNCTION_WORDS.has(adj.norm) || FACTUAL_SUPERLATIVES.has(adj.norm)) return null;
  if (regions.overlaps(toks[i - 1].start, adj.end)) return null;
  const noun = toks[i + 2];
  const end =
    noun && isLower(text, noun) && !FUNCTION_WORDS.has(noun.norm) && onlySpaceBetween(text, adj, noun)
      ? noun.end
      : adj.end;
  return {
    start: toks[i - 1].start,
    end,
    kind: 'opinion',
    voice: 'author',
    reason: 'a ranking the author asserts without a source',
  };
}

export function genericYou(text: string, toks: Token[], i: number, s: Sentence, regions: Regions): Draft | null {
  const t = toks[i];
  if (t.norm !== 'you') return null;
  const next = toks[i + 1];
  if (!next || !GENERIC_MODALS.has(next.norm)) return null;
  if (regions.overlaps(t.start, next.end)) return null;
  const start = clauseStart(text, t.start, s.start);
  return {
    start,
    end: Math.max(next.end, clauseEnd(text, next.end, s.end)),
    kind: 'opinion',
    voice: 'author',
    reason: `the author generalises to the reader (“${text.slice(t.start, next.end)}”): a view, not a report`,
  };
}
