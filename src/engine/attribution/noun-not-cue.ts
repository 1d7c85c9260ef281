/**
 * Cue words that are also plural nouns ("claims", "warnings", "promises"): whether the word at a cue
 * position is the noun. Split from cue-pass.ts, which runs it before every verb rule.
 */
import { NOUNISH } from '../data/clause-words';
import { PLURAL_FINITE_VERBS } from '../data/plural-verbs';
import { hasEvidenceNoun } from './evidence-subject';
import { speakerBefore, strongSubject } from './speaker-phrase';
import { POSSESSIVE_PRONOUNS } from './subject-slot';
import { isCap, isWord, type Token } from './tokens';

/**
 * "a flurry of tweets", "Republican claims", "face questions": a cue word that is also a plural
 * noun is a noun, unless a name or pronoun speaks ("A new poll shows that ...": evidence with a
 * that-clause speaks too).
 */
export function isNounNotCue(t: Token[], i: number): boolean {
  if (!NOUNISH.has(t[i].lower)) return false;
  if (pluralNounBeforeVerb(t, i)) return true;
  const subject = speakerBefore(t, i);
  const evidenceThat = !!subject && t[i + 1]?.lower === 'that' && hasEvidenceNoun(t, subject);
  // "his campaign promises": a possessive pronoun before a modifier makes the word its noun.
  if (i > 1 && POSSESSIVE_PRONOUNS.has(t[i - 2].lower) && isWord(t[i - 1]) && !isCap(t[i - 1])) return true;
  return (
    t[i - 1]?.lower === 'of' ||
    !subject ||
    !(strongSubject(t, subject) || evidenceThat) ||
    (subject.to - subject.from === 1 && /(?:an|ic)$/.test(t[subject.from].lower))
  );
}

const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'who']);
const PLURAL_VERBS: ReadonlySet<string> = new Set(PLURAL_FINITE_VERBS);

/**
 * Rule cue/plural-noun-before-verb: "Tougher questions go unasked", "campaign promises remain":
 * a finite verb of the plural right after the word makes the word its subject, a noun.
 */
function pluralNounBeforeVerb(t: Token[], i: number): boolean {
  const next = t[i + 1];
  // "those she claims remain loyal": a pronoun before the word makes it the pronoun's verb.
  if (i > 0 && PERSONAL_PRONOUNS.has(t[i - 1].lower)) return false;
  return !!next && isWord(next) && !isCap(next) && PLURAL_VERBS.has(next.lower);
}
