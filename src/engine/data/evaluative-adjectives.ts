/**
 * Judgement words of craft, reasoning and conduct: adjectives (and, below, nouns) by which a
 * writer grades how well something is made, argued or done ("a muddled manifesto", "an
 * ill-conceived plan", "tedious prose"). Part
 * of LOADED_TERMS (data/loaded-terms.ts), after the hand-written and mined entries; a loaded
 * adjective takes in the noun it qualifies (caveats/cue-rules.ts).
 *
 * Origin: written for edge-brief from general English usage (issue 16, author-voice recall on text
 * unlike the dev sets), not copied from any corpus; each word was checked to have no count in the
 * news reports of PolNeAR dev outside quotations. Words a report uses of facts ("dangerous",
 * "blind", "empty", "grim", "awkward", "considerable", "perfect") are left out. Licence: Written
 * for edge-brief; MIT.
 */
export const EVALUATIVE_ADJECTIVES: readonly string[] = [
  // how well it is reasoned
  'confusing',
  'muddled',
  'illogical',
  'irrational',
  'facile',
  'glib',
  'simplistic',
  'misleading',
  'wrongheaded',
  'wrong-headed',
  'half-baked',
  'ill-conceived',
  'ill-advised',
  'imprudent',
  'foolhardy',
  'senseless',
  'risible',
  'farcical',
  // how well it is made or done
  'clumsy',
  'ham-fisted',
  'heavy-handed',
  'tone-deaf',
  'mediocre',
  'tedious',
  'dreary',
  'boring',
  'bland',
  'trite',
  'hackneyed',
  'exemplary',
  'sublime',
  // what it does to those it touches
  'deleterious',
  'insidious',
  'lamentable',
  'regrettable',
  'lacklustre',
  'lackluster',
  'uninspired',
  'turgid',
  'overwrought',
  'pretentious',
  'self-indulgent',
  'preachy',
  // praise and blame of character and conduct
  'resolute',
  'principled',
  'insightful',
  'perceptive',
  'magnanimous',
  'unscrupulous',
  'unethical',
  'dishonourable',
  'dishonorable',
  'duplicitous',
  'two-faced',
  'underhanded',
  'venal',
  'self-serving',
  'mean-spirited',
  'vindictive',
  'churlish',
  'boorish',
  'loutish',
  'thuggish',
  'craven',
  'gutless',
  'bumbling',
  'condescending',
  'patronising',
  'patronizing',
  'sneering',
  'snide',
];

/**
 * Nouns that pass the same judgement on conduct or talk ("this boondoggle", "their pandering",
 * "such claptrap"). Same origin and check as the adjectives above; literal or legal senses
 * ("temporary insanity", "madness" of a disease) are left out.
 */
export const EVALUATIVE_CONDUCT_NOUNS: readonly string[] = [
  'claptrap',
  'balderdash',
  'twaddle',
  'gibberish',
  'bluster',
  'boondoggle',
  'shambles',
  'folly',
  'incompetence',
  'ineptitude',
  'lunacy',
  'hubris',
  'pettiness',
  'duplicity',
  'chicanery',
  'skulduggery',
  'skullduggery',
  'buffoonery',
  'theatrics',
  'histrionics',
  'pandering',
  'virtue-signalling',
  'virtue-signaling',
];
