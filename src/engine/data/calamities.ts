/**
 * Words for caveats/calamity-magnitude.ts: nouns of calamities that befall people without anyone's
 * conduct (famines, die-offs), beside the natural forces of data/verdict-fragments.ts.
 *
 * Origin: compiled by hand for this project from the false alarms seen on the CheckThat! 2025
 * English dev split ("disastrous die-offs" of a famine read as the author's judgement); common
 * English words, no third-party list copied. Nouns used as metaphors of failure ("disaster",
 * "catastrophe", "collapse") are left out: "an unmitigated disaster" of a policy is a verdict. Licence: same as this repository.
 */
export const CALAMITY_NOUNS: readonly string[] =
  'famine famines die-off die-offs droughts flooding shipwreck accident accidents injuries injury cholera'.split(' ');
