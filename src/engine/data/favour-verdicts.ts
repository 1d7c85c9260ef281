/**
 * Words for caveats/favour-verdicts.ts: the nouns that reduce a policy to a favour done to somebody
 * ("the bill is a giveaway to donors", "the tax cut is a gift to the wealthy"), the subjects that
 * are policies, and the hedges of reduction allowed before the noun ("nothing but", "little more
 * than").
 *
 * Origin: Written for edge-brief; MIT. From general English usage (issue 16, CheckThat
 * subjectivity recall on unseen text), not copied from any list or corpus. "windfall" and
 * "bailout" were left out (terms of record in business news: "a windfall tax", "the bank bailout").
 */

/** Nouns of a favour done (the verdict sense needs a policy as subject). */
export const FAVOUR_NOUNS: readonly string[] = [
  'gift',
  'giveaway',
  'handout',
  'sop',
  'bonanza',
  'freebie',
  'favour',
  'favor',
];

/** Policy heads of the subject ("the bill", "the tax cut", "this budget"). */
export const POLICY_SUBJECTS: readonly string[] = `bill bills law laws plan plans policy policies budget budgets tax
taxes cut cuts reform reforms measure measures scheme deal package ruling decision levy subsidy subsidies exemption
exemptions loophole loopholes contract contracts proposal legislation amendment order rule rules programme program
settlement pardon pardons relief rebate rebates`
  .split(/\s+/)
  .filter(Boolean);

/** Words between the copula and the article: "is nothing but a", "is little more than a", "is simply a". */
export const REDUCING_WORDS: readonly string[] = `nothing but little more than just simply merely essentially basically
effectively really in effect yet another one big huge massive giant enormous thinly disguised naked blatant`
  .split(/\s+/)
  .filter(Boolean);
