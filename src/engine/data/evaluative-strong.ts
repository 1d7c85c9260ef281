/**
 * Strongly evaluative words that had slipped through the other lists: contempt for what somebody
 * says or does ("vitriol", "propagandist", "power grab", "hatchet job"), disgust ("putrid",
 * "squalid", "wretched") and the writer's sneer at a manner ("gloatingly", "unctuous"). A news
 * report leaves them to the people it quotes. Part of LOADED_TERMS (data/loaded-terms.ts); a plural
 * matches its listed singular.
 *
 * Origin: Written for edge-brief; MIT, from general knowledge of English, prompted by the
 * opinion sentences the engine missed in the CheckThat! 2025 English train split (no sentence
 * copied). Each entry was checked to have no use in PolNeAR dev's news; words with a neutral
 * sense in news ("torrential rain", "unruly passengers", "fraudulent votes", "destructive storm",
 * "skewed data", "zombie companies") were left out.
 */
export const STRONG_EVALUATIVE_TERMS: readonly string[] = [
  // Contempt for speech and its makers.
  'vitriol',
  'propagandist',
  'mouthpiece',
  'indoctrinated',
  'zealotry',
  'hatchet job',
  'smear campaign',
  'power grab',
  'grift',
  'cockamamie',
  'self-contradictory',
  // Disgust and misery, as the writer's verdict.
  'putrid',
  'squalid',
  'wretched',
  'diabolical',
  // A manner sneered at.
  'gloatingly',
  'unctuous',
  'embittered',
];
