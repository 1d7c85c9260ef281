/**
 * Senses the caveat scan leaves alone: measured degrees ("very few", "deeply divided"), volume
 * nouns, the literal senses of charged words ("crude oil", "outstanding debts", "Communist
 * Party") and the verbs that report somebody's characterisation ("derided ... as", "accused ... of").
 *
 * Origin: compiled by hand for this project from false alarms in PolNeAR dev's news reports;
 * common English words, no third-party list copied. Licence: same as this repository.
 */

import { MONTHS_AND_DAYS } from './speaker-words';

export const MEASURED_AFTER_VERY = new Set([
  // A level or a frequency stated ("kept very low", "very rare"), as the copula rules' measured
  // idioms (data/opinion-structures.ts JUDGEMENT_IDIOMS) are.
  'low',
  'high',
  'rare',
  'common',
  'few',
  'little',
  'different',
  'differently',
  'same',
  'first',
  'last',
  'next',
  'end',
  'beginning',
  'top',
  'bottom',
  'early',
  'least',
  // A quantity ("would very much welcome", "very many voters", "a very limited number"), as "very
  // few" and "very little" are.
  'much',
  'many',
  'limited',
  'small',
  'large',
  // A dimension of size, age, distance, time, speed or temperature stated ("a very long trial",
  // "very old buildings", "moved very slowly", "very close to the border", "very cold nights"): a
  // property one could measure, graded, not a judgement amplified (PolNeAR dev news, PTC train).
  'long',
  'short',
  'tall',
  'deep',
  'wide',
  'narrow',
  'old',
  'young',
  'senior',
  'junior',
  'close',
  'near',
  'far',
  'late',
  'soon',
  'recently',
  'recent',
  'quickly',
  'slowly',
  'fast',
  'slow',
  'quick',
  'cold',
  'hot',
  'warm',
  'heavy',
]);

/**
 * "Why is not entirely clear", "The cause isn't fully understood": a negated booster before
 * a word of knowing states what is not yet known, the reporter's own caution rather than a judgement
 * amplified.
 */
export const KNOWN_AFTER_NEGATED_BOOSTER = new Set([
  'clear',
  'certain',
  'sure',
  'known',
  'understood',
  'settled',
  'resolved',
]);
export const MEASURED_AFTER = new Map<string, Set<string>>([
  [
    'highly',
    new Set([
      'anticipated',
      'classified',
      'contagious',
      'regulated',
      'skilled',
      'trained',
      'educated',
      'contested',
      'competitive',
      'publicized',
      'publicised',
      'sensitive',
      'radioactive',
      'technical',
      'paid',
      'placed',
      'concentrated',
      'leveraged',
      'partisan',
      'infectious',
      'enriched',
    ]),
  ],
  [
    'deeply',
    new Set([
      'discounted',
      'divided',
      'split',
      'polarized',
      'polarised',
      'rooted',
      'entrenched',
      'indebted',
      'involved',
      'religious',
    ]),
  ],
]);

/** "unleashed a series of tweets": a volume of something, not a force let loose. */
export const VOLUME_NOUNS = new Set([
  'series',
  'flurry',
  'torrent',
  'barrage',
  'wave',
  'string',
  'stream',
  'spate',
  'volley',
  'round',
]);
/** "a crude atomic bomb", "crude oil": the word for unrefined or primitive, not for vulgar. */
export const CRUDE_LITERAL = new Set([
  'oil',
  'atomic',
  'nuclear',
  'bomb',
  'bombs',
  'device',
  'devices',
  'weapon',
  'weapons',
  'explosive',
  'explosives',
  'prices',
  'price',
  'futures',
  'production',
  'output',
  'exports',
  'imports',
  'stocks',
  'inventories',
  'supplies',
  'barrels',
  'benchmark',
  'estimate',
  'estimates',
  'map',
  'drawings',
  // The commodity as a noun with a price that moves ("Brent crude rose to $90", "crude ended higher").
  'rose',
  'rises',
  'fell',
  'falls',
  'ended',
  'settled',
  'traded',
  'climbed',
  'slipped',
  'gained',
  'jumped',
  'dropped',
  'slumped',
  'rallied',
]);
/**
 * Before "crude" the commodity: a benchmark, an exchange, a contract's month ("Brent crude",
 * "NYMEX crude", "January crude"). Not "of": "this sort of crude attack" is the adjective.
 */
export const CRUDE_BEFORE: ReadonlySet<string> = new Set([
  ...['brent', 'wti', 'nymex', 'benchmark', 'russian', 'saudi', 'iranian', 'urals'],
  ...MONTHS_AND_DAYS,
]);
/** "outstanding debts", "outstanding warrants": unpaid or unresolved, not excellent. */
export const OUTSTANDING_LITERAL = new Set([
  'debt',
  'debts',
  'loan',
  'loans',
  'balance',
  'balances',
  'bills',
  'bill',
  'warrant',
  'warrants',
  'shares',
  'stock',
  'issues',
  'questions',
  'claims',
  'payments',
  'obligations',
  'invoices',
  'tickets',
  'fines',
  'taxes',
  'votes',
  'ballots',
  'cases',
  'charges',
  'amount',
]);
/** "communist country", "Communist Party", "communist Poland": a political system named, not an insult. */
export const COMMUNIST_LITERAL = new Set([
  'country',
  'countries',
  'party',
  'parties',
  'state',
  'states',
  'government',
  'governments',
  'era',
  'bloc',
  'rule',
  'revolution',
  'system',
  'leader',
  'leaders',
  // A party member named by the party ("a communist deputy made the proposal", CoNLL Reuters).
  'deputy',
  'deputies',
  'lawmaker',
  'lawmakers',
  'mayor',
  'mayors',
  'china',
  'cuba',
  'vietnam',
  'north',
  'east',
  'youth',
  'guerrillas',
  'insurgency',
  'manifesto',
]);
/** Verbs whose "as ..." is somebody's characterisation ("derided the deal as toothless"). */
export const CHARACTERISE = new Set(
  (
    'regard regards regarded regarding deride derides derided deriding describe describes described describing paint paints painted painting ' +
    'rate rates rated rating flag flags flagged flagging see sees seen saw view views viewed viewing denounce denounces denounced denouncing ' +
    'brand brands branded branding label labels labeled labelled labeling labelling dismiss dismisses dismissed dismissing portray portrays portrayed portraying ' +
    'characterize characterizes characterized characterise characterised cast casts casting condemn condemns condemned condemning criticize criticized criticised ' +
    'deem deems deemed consider considers considered call calls called blast blasted blasting slam slammed slamming attack attacked attacking'
  ).split(' '),
);
/**
 * Verbs that give a thing somebody's name for it ("opponents called it a sham", "was branded a
 * traitor"), and the words between the verb and the name.
 */
export const NAMING_VERBS = new Set(
  (
    'call calls called calling dub dubs dubbed dubbing brand brands branded branding label labels labeled labelled ' +
    'labeling labelling term terms termed deem deems deemed nickname nicknamed describe describes described describing'
  ).split(' '),
);
export const NAMING_GLUE = new Set('a an the it him her them this that as'.split(' '));

export const ACCUSE = new Set([
  'accuse',
  'accuses',
  'accused',
  'accusing',
  'accusation',
  'accusations',
  'accuser',
  'accusers',
  'charged',
  'charging',
  'suspected',
  'suspecting',
  'convicted',
  // Sanctions name the charge they were for ("fined for misleading customers", "jailed for
  // defrauding investors"): the court's or regulator's finding, reported (issue 16, neutral report).
  'fined',
  'jailed',
  'sentenced',
  'sued',
  'prosecuted',
  'indicted',
  'penalised',
  'penalized',
  'punished',
  'censured',
  'sanctioned',
  'impeached',
  'arrested',
  'investigated',
]);

/**
 * A plea, a verdict or an admission names its charge ("pleaded guilty to lying to investigators",
 * "found guilty of lying under oath", "admitted to lying", "confessed to murder"): the plea or the
 * admission is the defendant's, the charge the prosecutor's, reported (PTC train, a neutral report
 * of a plea). ADMITTED_TO are the words before "to"; "guilty" counts only after a verb of plea or
 * finding (GUILTY_BY): "the minister is guilty of lying" is the author's verdict.
 */
export const GUILTY_BY = new Set('found pleaded pleads plead pleading pled ruled declared judged'.split(' '));
export const ADMITTED_TO = new Set('admit admits admitted admitting confess confesses confessed confessing'.split(' '));

/** "lies with the board", "lies at the foot of": the verb "lie", not the loaded noun "lies". */
export const LIE_PLACE = new Set(
  'in with at ahead behind beneath between beyond on near along across among under within outside dormant idle low empty fallow just some off north south east west'.split(
    ' ',
  ),
);

/** Verbs that give somebody's grade with no "as" ("rated outstanding", "voted best", "judged unfit"). */
export const GRADE_VERBS = new Set(
  'rated rates rate graded ranked ranks judged voted deemed deems adjudged certified'.split(' '),
);
