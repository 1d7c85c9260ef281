/**
 * A channel set off by commas between a subject and its cue ("The agency, in a brief statement,
 * rejected the audit"): the words before the cue are the subject and where it spoke, not a said
 * clause, so ", rejected the audit" is no inverted cue ("..., said the mayor") naming "the audit".
 */
import { CHANNEL_NOUNS } from '../data/channel-nouns';
import { isQuoted, isWord, type Token } from './tokens';

/** Prepositions that open a channel phrase ("in a letter", "during a briefing", "via email"). */
const OPENERS: ReadonlySet<string> = new Set(['in', 'on', 'during', 'via', 'through', 'at']);

/** The most tokens between the commas around a channel aside ("in a letter to the committee on Friday"). */
const MAX_ASIDE = 9;

/** Does the comma at t[comma] close a channel aside opened by a comma after a subject? */
export function closesChannelAside(t: readonly Token[], comma: number): boolean {
  let channel = false;
  for (let k = comma - 1; k > 0 && comma - k <= MAX_ASIDE; k--) {
    const w = t[k];
    if (w.text === ',') return channel && OPENERS.has(t[k + 1].lower) && isWord(t[k - 1]);
    if (!isWord(w) || isQuoted(w)) return false;
    if (CHANNEL_NOUNS.has(w.lower)) channel = true;
  }
  return false;
}
