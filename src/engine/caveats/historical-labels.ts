/**
 * The name of a historical movement is not a slur when it names that movement (issue 16, a word
 * loaded only in another sense): "the Nazis occupied the city in 1940", "under Nazi rule", "Nazi
 * officers", "the Fascist regime of the 1930s". Applied to anybody else ("these little Nazis",
 * "the left are fascists", "Nazi tactics" of a rival) the same word is the author's charge, and
 * stays flagged.
 *
 * Structure: the draft starts on a capitalised word of data/news-senses.ts HISTORICAL_MOVEMENTS,
 * either followed by a noun of what the movement held or did (REGIME_HEADS: "Nazi rule", "Fascist
 * Italy"), or as "the Nazis" / "the Fascists" (the definite plural: the party of record), not
 * after a copula or "like"/"as" ("they are the Nazis of our time").
 *
 * Linear: per loaded draft, a set lookup and a look at a word on each side.
 */
import type { Doc } from '../document';
import { HISTORICAL_MOVEMENTS, REGIME_HEADS } from '../data/news-senses';
import type { Draft } from './author-voice';

const MOVEMENTS = new Set(HISTORICAL_MOVEMENTS);
const HEADS = new Set(REGIME_HEADS);
const LIKENING = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'like', 'as', 'unlike', 'new']);

export function quietHistoricalLabels(doc: Doc, drafts: Draft[]): void {
  let w = 0;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (d.voice === 'author' && d.kind === 'loaded-language' && namesMovement(doc, d)) {
      doc.trace?.add('caveat', d.start, d.end, 'historical-labels/movement-of-record');
      continue;
    }
    drafts[w++] = d;
  }
  drafts.length = w;
}

function namesMovement(doc: Doc, d: Draft): boolean {
  const first = doc.words.range(d.start, d.end)[0];
  if (!first || !MOVEMENTS.has(first.norm) || !/^[A-Z]/.test(first.text)) return false;
  const after = doc.words.range(first.end, Math.min(doc.text.length, first.end + 30))[0];
  if (after && HEADS.has(after.norm) && /^[\s-]+$/.test(doc.text.slice(first.end, after.start))) return true;
  if (!first.norm.endsWith('s')) return false;
  const before = doc.words.range(Math.max(0, d.start - 30), d.start);
  const det = before[before.length - 1];
  if (!det || det.norm !== 'the' || !/^\s+$/.test(doc.text.slice(det.end, d.start))) return false;
  const prev = before[before.length - 2];
  return !prev || !LIKENING.has(prev.norm);
}
