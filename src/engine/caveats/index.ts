/**
 * Caveats: where the author stops reporting and starts opining, kept apart from attributed speech,
 * and the article's reliance on anonymous or single sources.
 *
 * Approach (all linear in the text, lexicons indexed once at module load):
 * 1. Attributed regions: quotation contents (doc.quotes) and claim content spans. Anything inside
 *    is the speaker's (`voice: 'attributed'`) and never counts against the author.
 * 2. A lexical scan of each sentence (caveats/author-voice.ts): loaded terms, boosters, stance
 *    adverbs, evaluative phrases, prescriptive modals, first-person views, generic "you",
 *    asserted superlatives, speculation, hedges, vague ("some who saw ...") and impersonal
 *    attribution, verdicts on evidence, over the document's words (tokenised once, in analyse()).
 * 3. Punctuation (caveats/scare-quotes.ts): scare quotes and rhetorical questions.
 * 4. Sourcing (caveats/sourcing.ts): anonymous-sourcing and single-source from the attribution.
 * 4b. Judging adjectives on nouns of policy or conduct (caveats/conduct-judgements.ts) and forecasts
 *    under the author's own "unless"/"without" condition (caveats/conditional-forecasts.ts).
 * 4c. Verdicts by linking verb, verbless fragments and grading asides (caveats/verdict-fragments.ts),
 *    by shell noun, negated deontic passive and the reader's imperative (caveats/verdict-shapes.ts),
 *    by rhetorical shape: "is hardly a solution", "doesn't just X", "If only ...", "we can do better"
 *    (caveats/rhetorical-verdicts.ts); by a label of authenticity: "real leaders", "the real scandal"
 *    (caveats/authentic-labels.ts); by a ranking of merit: "no better example of", "far better than"
 *    (caveats/comparative-verdicts.ts); by a forecast made with certainty: "will never admit",
 *    "will inevitably raise" (caveats/certain-forecasts.ts); by a demonstrative verdict: "That is
 *    precisely the problem." (caveats/demonstrative-verdicts.ts); by a verdict of measure: "not nearly
 *    enough", "goes too far", "makes perfect sense" (caveats/measure-verdicts.ts); by a generalisation or a habit: "politicians
 *    always ...", "has a habit of ...", "nobody in their right mind" (caveats/characterising.ts); by the writer's puzzlement or credit:
 *    "I have never understood why", "to their credit," (caveats/puzzlement.ts); by a policy reduced to
 *    a favour: "the bill is a giveaway to donors" (caveats/favour-verdicts.ts); by the writer's feeling
 *    told by a participle: "it is infuriating that", "I am stunned by" (caveats/feeling-participles.ts); by
 *    a noun of character: "had the gall to", "lacks the courage to" (caveats/character-nouns.ts); by a
 *    claim about everybody or nobody: "Nobody can explain that." (caveats/sweeping-claims.ts); by the
 *    author's "we": "we can borrow to rebuild" (caveats/author-we.ts); by harm to an abstract thing told
 *    as a bodily act: "poisons democracy" (caveats/figurative-harm.ts); by a ranking of merit after a
 *    copula: "This is the strongest case for ..." (caveats/superlative-verdicts.ts); by an adjective of
 *    judgement closing its clause: "The explanation is simple." (caveats/bare-verdicts.ts).
 * 5. Straight-news filters over the author-voice drafts (issue 16): reported frames without quote
 *    marks (caveats/reported-frames.ts), the reporter's idiom (caveats/reporting-idiom.ts) and
 *    framing questions answered from a source (caveats/sourced-answers.ts); charged verbs of natural
 *    forces ("the storm unleashed", caveats/literal-forces.ts); charged words inside a proper name
 *    ("the Foreign Corrupt Practices Act", caveats/name-words.ts); charged verbs of criticism with a work as
 *    subject or in their physical sense ("the audit slams ...", "slammed into a tree", caveats/criticism-acts.ts); nouns of violent events of
 *    record ("the victims of the massacre", caveats/event-nouns.ts) and emotions an event caused in
 *    named people ("the ruling enraged farmers", caveats/caused-reactions.ts); the clause after a named
 *    viewpoint ("In Brown's view, ...", caveats/viewpoint-frames.ts); quotation marks that name a term
 *    or quote a judge's word ("the “carried interest” loophole", caveats/quoted-terms.ts); a charged
 *    adjective grading the figure that follows ("a staggering loss of $5 billion", caveats/figure-measures.ts);
 *    the name of a historical movement of record ("the Nazis occupied ...", caveats/historical-labels.ts);
 *    hedges, guesses and boosters in a sentence that reports figures ("will probably rise to 4
 *    percent", caveats/figure-reports.ts);
 *    a "you" addressed to somebody named in a transcript or a letter (caveats/addressed-text.ts);
 *    a connective opening its sentence ("In fact, ...", "In short, ...", caveats/linking-connectives.ts).
 * Then each caveat is clipped to its sentence and overlapping ones of one kind and voice are merged
 * (caveats/bound.ts), so no input can multiply them.
 *
 * Known limits: no syntax, so the reach of a cue is its clause up to the next comma or dash;
 * sarcasm and loaded framing in neutral words ("regime" vs "government") go unseen; a partial
 * quotation not covered by a claim can read as a scare quote.
 */
import type { Caveat } from '../../schema/brief';
import type { Attribution } from '../attribution';
import { scanSentences, type Draft } from './author-voice';
import { boundCaveats } from './bound';
import { quietPrintedLetters } from './printed-letters';
import { readerAddress } from './reader-address';
import {
  Regions,
  attributedRegions,
  csvEscaped,
  csvUnescaped,
  orphanTails,
  quotesOf,
  straightOrphanTails,
} from './regions';
import { questionsAndExclamations, scareQuotes } from './scare-quotes';
import { structuralOpinions } from './opinion-structures';
import { authorStance } from './author-stance';
import { stanceOpeners } from './stance-openers';
import { contrastVerdicts } from './contrast-verdicts';
import { judgementStructures } from './judgement-structures';
import { conductJudgements } from './conduct-judgements';
import { conditionalForecasts } from './conditional-forecasts';
import { verdictFragments } from './verdict-fragments';
import { verdictShapes } from './verdict-shapes';
import { rhetoricalVerdicts } from './rhetorical-verdicts';
import { authenticLabels } from './authentic-labels';
import { comparativeVerdicts } from './comparative-verdicts';
import { certainForecasts } from './certain-forecasts';
import { demonstrativeVerdicts } from './demonstrative-verdicts';
import { measureVerdicts } from './measure-verdicts';
import { characterising } from './characterising';
import { puzzlementAndCredit } from './puzzlement';
import { favourVerdicts } from './favour-verdicts';
import { feelingParticiples } from './feeling-participles';
import { characterNouns } from './character-nouns';
import { sweepingClaims } from './sweeping-claims';
import { authorWe } from './author-we';
import { figurativeHarm } from './figurative-harm';
import { superlativeVerdicts } from './superlative-verdicts';
import { bareVerdicts } from './bare-verdicts';
import { quietRestatedSourcing, sourcingCaveats } from './sourcing';
import { quietReportedFrames } from './reported-frames';
import { quietReportingIdiom } from './reporting-idiom';
import { quietSourcedAnswers } from './sourced-answers';
import { quietNaturalForces } from './literal-forces';
import { quietRuleDescriptions } from './rule-descriptions';
import { quietGrantedFigures } from './granted-figures';
import { quietLinkingConnectives } from './linking-connectives';
import { quietCalamityMagnitude } from './calamity-magnitude';
import { quietQuotedAlternatives } from './quoted-alternatives';
import { quietInfinitiveReports } from './infinitive-reports';
import { quietCitedWorks } from './cited-works';
import { quietForceForecasts } from './force-forecasts';
import { quietNameWords } from './name-words';
import { quietCriticismActs } from './criticism-acts';
import { quietEventNouns } from './event-nouns';
import { quietCausedReactions } from './caused-reactions';
import { quietViewpointFrames } from './viewpoint-frames';
import { quietQuotedTerms } from './quoted-terms';
import { quietFigureMeasures } from './figure-measures';
import { quietFigureReports } from './figure-reports';
import { quietHistoricalLabels } from './historical-labels';
import { quietAddressedText } from './addressed-text';
import { quietCountedSuperlatives } from './counted-superlatives';
import { quietWireNouns } from './wire-nouns';
import type { Doc } from '../document';

export function findCaveats(doc: Doc, attribution: Attribution): Caveat[] {
  const quotes = quotesOf(doc);
  const straightTails = straightOrphanTails(csvEscaped(doc.text) ? csvUnescaped(doc.text) : doc.text, doc.paragraphs);
  const tails = orphanTails(doc.text, doc.paragraphs);
  const regions = attributedRegions(
    quotes,
    attribution.claims,
    straightTails.length ? [...tails, ...straightTails] : tails,
  );
  const claimRegions = new Regions(attribution.claims);
  const drafts: Draft[] = [];
  scanSentences(doc, regions, drafts);
  let from = drafts.length;
  scareQuotes(doc, quotes, claimRegions, drafts);
  from = named(drafts, from, 'scare-quotes/scare-quote');
  questionsAndExclamations(doc, regions, drafts);
  from = named(drafts, from, 'scare-quotes/question-or-exclamation');
  sourcingCaveats(attribution, drafts);
  named(drafts, from, 'sourcing/article-sourcing');
  authorStance(doc, regions, drafts);
  stanceOpeners(doc, regions, drafts);
  structuralOpinions(doc, regions, drafts);
  contrastVerdicts(doc, regions, drafts);
  judgementStructures(doc, regions, drafts);
  conductJudgements(doc, regions, drafts);
  conditionalForecasts(doc, regions, drafts);
  verdictFragments(doc, regions, drafts);
  verdictShapes(doc, regions, drafts);
  readerAddress(doc, regions, drafts);
  rhetoricalVerdicts(doc, regions, drafts);
  authenticLabels(doc, regions, drafts);
  comparativeVerdicts(doc, regions, drafts);
  certainForecasts(doc, regions, drafts);
  demonstrativeVerdicts(doc, regions, drafts);
  measureVerdicts(doc, regions, drafts);
  characterising(doc, regions, drafts);
  puzzlementAndCredit(doc, regions, drafts);
  favourVerdicts(doc, regions, drafts);
  feelingParticiples(doc, regions, drafts);
  characterNouns(doc, regions, drafts);
  sweepingClaims(doc, regions, drafts);
  authorWe(doc, regions, drafts);
  figurativeHarm(doc, regions, drafts);
  superlativeVerdicts(doc, regions, drafts);
  bareVerdicts(doc, regions, drafts);
  quietReportedFrames(doc, drafts);
  quietReportingIdiom(doc, drafts);
  quietSourcedAnswers(doc, claimRegions, drafts);
  quietNaturalForces(doc, drafts);
  quietRuleDescriptions(doc, drafts);
  quietGrantedFigures(doc, drafts);
  quietLinkingConnectives(doc, drafts);
  quietCalamityMagnitude(doc, drafts);
  quietQuotedAlternatives(doc, drafts);
  quietInfinitiveReports(doc, drafts);
  quietCitedWorks(doc, drafts);
  quietForceForecasts(doc, drafts);
  quietNameWords(doc, drafts);
  quietCriticismActs(doc, drafts);
  quietEventNouns(doc, drafts);
  quietCausedReactions(doc, drafts);
  quietViewpointFrames(doc, drafts);
  quietQuotedTerms(doc, drafts);
  quietFigureMeasures(doc, drafts);
  quietFigureReports(doc, drafts);
  quietHistoricalLabels(doc, drafts);
  quietCountedSuperlatives(doc, drafts);
  quietWireNouns(doc, drafts);
  quietAddressedText(doc, drafts);
  quietPrintedLetters(doc, drafts);
  quietRestatedSourcing(drafts);
  if (doc.trace && straightTails.length) nameTails(new Regions(straightTails), drafts);
  return finish(doc, drafts);
}

/** A caveat a straight-quoted tail made the speaker's shows the rule in the trace. */
function nameTails(tails: Regions, drafts: Draft[]): void {
  for (const d of drafts)
    if (d.voice === 'attributed' && tails.overlaps(d.start, d.end))
      d.rules = [...(d.rules ?? []), 'regions/straight-quotation-tail'];
}

/** Name the pass that made the drafts from `from` on (for the rule trace); where the next pass starts. */
function named(drafts: Draft[], from: number, rule: string): number {
  for (let i = from; i < drafts.length; i++) drafts[i].rules ??= [rule];
  return drafts.length;
}

function finish(doc: Doc, drafts: Draft[]): Caveat[] {
  const { text, trace } = doc;
  // Clipped to their sentences, and overlapping ones of one kind and voice merged (caveats/bound.ts).
  const kept = boundCaveats(text, doc.sentences, drafts, Boolean(trace));
  if (trace) for (const d of kept) for (const r of d.rules ?? []) trace.add('caveat', d.start, d.end, r);
  return kept.map((d, i) => ({
    id: `k${i + 1}`,
    kind: d.kind,
    text: text.slice(d.start, d.end),
    start: d.start,
    end: d.end,
    voice: d.voice,
    reason: d.reason,
  }));
}
