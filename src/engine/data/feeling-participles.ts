/**
 * Words for caveats/feeling-participles.ts: the participles of verbs that cause a feeling
 * ("infuriate", "dishearten", "astonish"), in -ing ("it is infuriating that ...") and in -ed ("I
 * am stunned by ..."), and the degree adverbs allowed before them ("it is deeply troubling").
 * Each counts only in its frame (an "it is ... that/to/how", "what is ... is", a sentence-opening
 * "-ingly," or a first-person "I am ..."), never alone: "the storm is alarming residents" and
 * "the company was surprised by the result" stay report.
 *
 * Origin: Written for edge-brief; MIT. From general English usage (issue 16, CheckThat
 * subjectivity recall on opinion pieces), not copied from any list or corpus.
 */

/** Participles in -ing of verbs that cause a feeling in whoever meets the thing. */
export const FEELING_ING: readonly string[] = `infuriating maddening galling enraging exasperating irritating annoying
frustrating dispiriting disheartening depressing saddening heartbreaking heartening encouraging reassuring
comforting refreshing gratifying satisfying pleasing delighting amusing baffling puzzling perplexing bewildering
confusing mystifying worrying troubling alarming disturbing distressing unsettling disquieting concerning frightening
terrifying horrifying chilling sickening nauseating disgusting revolting appalling shocking stunning staggering
astonishing astounding amazing surprising striking startling embarrassing humiliating mortifying shaming
disappointing exhausting tiring wearying boring dismaying demoralising demoralizing galvanising galvanizing inspiring
uplifting`
  .split(/\s+/)
  .filter(Boolean);

/** Participles in -ed of the same verbs: how the writer was made to feel ("I am stunned that ..."). */
export const FEELING_ED: readonly string[] = `infuriated maddened galled enraged exasperated irritated annoyed irked
frustrated dispirited disheartened depressed saddened heartbroken heartened encouraged reassured comforted refreshed
gratified delighted amused baffled puzzled perplexed bewildered confused mystified worried troubled alarmed disturbed
distressed unsettled frightened terrified horrified chilled sickened disgusted revolted appalled shocked stunned
staggered astonished astounded amazed surprised startled embarrassed humiliated mortified ashamed disappointed
exhausted tired concerned dismayed demoralised demoralized outraged incensed livid furious sick`
  .split(/\s+/)
  .filter(Boolean);

/** Degree and stance adverbs between the copula and the participle: "it is deeply troubling". */
export const FEELING_DEGREES: readonly string[] = `so truly really deeply particularly especially just all the more
most very quite frankly utterly genuinely downright profoundly doubly absolutely also equally somewhat rather
increasingly simply both still pretty`
  .split(/\s+/)
  .filter(Boolean);

/** What follows the participle in an extraposed frame: "it is galling that/to/how/when ...". */
export const FEELING_COMPLEMENTS: readonly string[] = `that to how when what whether seeing watching hearing
reading`
  .split(/\s+/)
  .filter(Boolean);
