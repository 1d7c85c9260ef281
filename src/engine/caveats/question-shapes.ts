/**
 * Two shapes of a short question that the signpost test of caveats/scare-quotes.ts misreads
 * (issue 16, subjectivity on unseen text):
 * - emphaticQuestion: a wh-question pressed with "exactly", "on earth", "in the world", "the
 *   hell", or asking who is "kidding" whom: "What exactly did they expect?", "Who are they
 *   kidding?" argue, although they are short and have no negation or modal ("What exactly is a
 *   caucus?" asks for a definition);
 * - explainerQuestion: "What will the new rules mean for renters?", "What does the ruling mean
 *   for tenants?": the explainer's question of consequence, answered by the text after it, like
 *   "How will the rules affect renters?"; so is a definition asked for ("What exactly is a caucus?")
 *   and a quantity ("How many migrants crossed last year?", caveats/ precision on objective text).
 * Each reads one sentence's text up to its question mark, once.
 */

/** A wh-word, then within two words a word that presses the question. */
const EMPHATIC =
  /^(?:(?:and|but|so|now)\s+)?(?:what|who|why|how|where|when|which)\b(?:\s+\S+){0,2}?\s+(?:exactly|precisely|on earth|in the world|the hell|the heck)\b/i;
/** "Who are they kidding?", "Who do they think they're fooling?" */
const KIDDING = /^(?:(?:and|but|so|now)\s+)?who\b.*\b(?:kidding|fooling)\s*$/i;

/** "What exactly is a neo-conservative?": a definition asked for, an explainer's question. */
const DEFINITION = /\b(?:exactly|precisely)\s+(?:is|are)\s+(?:a|an)(?:\s+\S+){1,3}\s*$/i;

export function emphaticQuestion(line: string): boolean {
  return (EMPHATIC.test(line) && !DEFINITION.test(line)) || KIDDING.test(line);
}

/** "What will X mean for Y?", "What does X mean?": at most eight words. */
const EXPLAINER = /^(?:(?:and|but|so|now)\s+)?what\s+(?:will|would|does|do|did|could|might)\s+(?:\S+\s+){1,4}mean\b/i;
const EXPLAINER_WORDS = 8;

/** "What exactly is a harbour trust?": a definition asked for. */
const DEFINITION_ASKED =
  /^(?:(?:and|but|so|now)\s+)?what\s+(?:exactly\s+|precisely\s+)?(?:is|are)\s+(?:a|an)(?:\s+\S+){1,3}\s*$/i;

/**
 * "How many migrants crossed last year?", "How much did the scheme cost?": a quantity asked for,
 * answered by a figure. Not "how many more", "how many times", "how much longer" (they argue), nor
 * with the writer or reader in it, a negation, a deontic or ability modal ("How many PhDs can build a shelf?"), an intensifier or a measure of
 * sufficiency ("How much is enough?").
 */
const QUANTITY = /^(?:(?:and|but|so|now)\s+)?how\s+(?:many|much)\s+(?!more\b|times\b|longer\b|worse\b)/i;
const QUANTITY_ARGUES =
  /\b(?:you|we|us|our|i|my|not|never|no|should|must|ought|can|could|really|ever|even|possibly|actually|enough|too|[a-z]+n[\u2019']t)\b/i;
const QUANTITY_WORDS = 12;

export function explainerQuestion(line: string): boolean {
  if (DEFINITION_ASKED.test(line)) return true;
  if (QUANTITY.test(line)) return !QUANTITY_ARGUES.test(line) && line.split(/\s+/).length <= QUANTITY_WORDS;
  return EXPLAINER.test(line) && line.split(/\s+/).length <= EXPLAINER_WORDS && !/\b(?:you|we|us|our|i)\b/i.test(line);
}
