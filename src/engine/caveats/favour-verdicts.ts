/**
 * A policy reduced to a favour (CheckThat subjectivity recall on unseen text, issue 16): "The bill
 * is a giveaway to donors.", "The tax cut is nothing but a gift to the wealthy.", "This budget is a
 * handout for landlords." A policy as subject, a copula, and a noun of a favour done closing the
 * clause or followed by "to"/"for" and who gets it: the writer names who the policy really serves.
 * A thing as subject ("The painting is a gift to the nation"), a favour of another kind ("a
 * giveaway of free books"), and reported speech stay quiet.
 * Outside quotations and claim content and not in a sentence with a verb of saying; kind opinion,
 * the caveat runs from the policy to the noun and its recipient.
 *
 * Linear: sentences without a favour noun are passed over by their bits.
 */
import type { Doc } from '../document';
import { FAVOUR_NOUNS, POLICY_SUBJECTS, REDUCING_WORDS } from '../data/favour-verdicts';
import type { Draft } from './author-voice';
import type { Regions } from './regions';
import { SAYING_WORDS, eachTriggeredSentence, triggerClass } from './sentence-words';

const FAVOURS = new Set(FAVOUR_NOUNS);
const POLICIES = new Set(POLICY_SUBJECTS);
const REDUCING = new Set(REDUCING_WORDS);
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'remains', 'amounts', 'amount', 'to', "'s"]);
const ARTICLES = new Set(['a', 'an']);
/** Words before the policy head that belong to its noun phrase: "the proposed tax cut". */
const LEAD_WORDS = new Set([
  'the',
  'this',
  'that',
  'these',
  'its',
  'their',
  'his',
  'her',
  'new',
  'proposed',
  'latest',
  'whole',
]);
const TRIGGER = triggerClass(FAVOUR_NOUNS);
const REASON =
  'a policy reduced to a favour (“the bill is a giveaway to donors”): the author names who it really serves';

export function favourVerdicts(doc: Doc, regions: Regions, drafts: Draft[]): void {
  const { text } = doc;
  eachTriggeredSentence(doc, TRIGGER, SAYING_WORDS, (toks, s) => {
    for (let i = 3; i < toks.length; i++) {
      if (!FAVOURS.has(toks[i].norm)) continue;
      // Rule favour-verdicts/policy-as-favour: "<policy> is (nothing but) a (big) <favour> (to|for ...)".
      const next = toks[i + 1];
      const closes = /^\s*(?:[.!?;,:\u2014\u2013]|$)/.test(text.slice(toks[i].end, Math.min(s.end, toks[i].end + 4)));
      if (!closes && next?.norm !== 'to' && next?.norm !== 'for') continue;
      let k = i - 1;
      if (!ARTICLES.has(toks[k].norm)) k--; // one adjective: "a huge giveaway", "a generous gift"
      if (!ARTICLES.has(toks[k]?.norm)) continue;
      k--;
      while (k > 0 && REDUCING.has(toks[k].norm)) k--;
      if (k < 1 || !COPULAS.has(toks[k].norm)) continue;
      if (toks[k].norm === 'to' && toks[k - 1]?.norm !== 'amounts' && toks[k - 1]?.norm !== 'amount') continue;
      if (toks[k].norm === 'to') k--;
      // The policy within three words before the copula: "The bill", "The new tax cut".
      let p = k - 1;
      while (p >= 0 && k - p <= 3 && !POLICIES.has(toks[p].norm)) p--;
      if (p < 0 || k - p > 3) continue;
      while (p > 0 && k - p < 5 && (POLICIES.has(toks[p - 1].norm) || LEAD_WORDS.has(toks[p - 1].norm))) p--;
      // The recipient runs to the clause's end: "to donors", "to the oil industry".
      let e = i;
      while (e + 1 < toks.length && !/[.!?;,:\u2014\u2013]/.test(text.slice(toks[e].end, toks[e + 1].start))) e++;
      const end = closes ? toks[i] : toks[e];
      const start = toks[p].start;
      if (regions.overlaps(start, end.end)) continue;
      drafts.push({
        start,
        end: end.end,
        kind: 'opinion',
        voice: 'author',
        reason: REASON,
        rules: ['favour-verdicts/policy-as-favour'],
      });
      break;
    }
  });
}
