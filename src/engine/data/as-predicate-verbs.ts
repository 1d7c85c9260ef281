/**
 * Verbs that report a label or a view when an object and an "as" phrase follow them ("The senator
 * described the bill as a giveaway", "Critics cast the measure as an overreach", "who saw the
 * comment as a dig"), read by attribution/as-predicate.ts; and the words after "as" that open no
 * predicate ("as well as", "as soon as", "as a child").
 *
 * Origin: written for this project (MIT, like the repository), from the English grammar of the
 * object-predicative "as" frame (VERB + object + as + label) and the labelling cues annotated in
 * the PolNeAR dev split (Newell, Margolin & Ruths, LREC 2018: "painted X as", "is casting himself
 * as", "see X as", "referred to X as", "rated X as"). Several of these verbs are also general cues
 * (data/cues.ts); without "as" the ones only listed here ("cast", "paint", "see") report nothing.
 * Licence: same as this repository.
 */

/** base|3sg|past|-ing[|past participle]; two-word verbs ("refer to") are written with their particle. */
const AS_PREDICATE_ROWS: readonly string[] = [
  'describe|describes|described|describing',
  'characterize|characterizes|characterized|characterizing',
  'characterise|characterises|characterised|characterising',
  'mischaracterize|mischaracterizes|mischaracterized|mischaracterizing',
  'portray|portrays|portrayed|portraying',
  'depict|depicts|depicted|depicting',
  'label|labels|labeled|labeling',
  'label|labels|labelled|labelling',
  'brand|brands|branded|branding',
  'cast|casts|cast|casting',
  'recast|recasts|recast|recasting',
  'paint|paints|painted|painting',
  'frame|frames|framed|framing',
  'present|presents|presented|presenting',
  'pitch|pitches|pitched|pitching',
  'tout|touts|touted|touting',
  'hail|hails|hailed|hailing',
  'praise|praises|praised|praising',
  'welcome|welcomes|welcomed|welcoming',
  'dismiss|dismisses|dismissed|dismissing',
  'reject|rejects|rejected|rejecting',
  'denounce|denounces|denounced|denouncing',
  'condemn|condemns|condemned|condemning',
  'decry|decries|decried|decrying',
  'criticize|criticizes|criticized|criticizing',
  'criticise|criticises|criticised|criticising',
  'attack|attacks|attacked|attacking',
  'blast|blasts|blasted|blasting',
  'slam|slams|slammed|slamming',
  'deride|derides|derided|deriding',
  'ridicule|ridicules|ridiculed|ridiculing',
  'mock|mocks|mocked|mocking',
  'smear|smears|smeared|smearing',
  'see|sees|saw|seeing|seen',
  'view|views|viewed|viewing',
  'regard|regards|regarded|regarding',
  'interpret|interprets|interpreted|interpreting',
  'rate|rates|rated|rating',
  'identify|identifies|identified|identifying',
  'cite|cites|cited|citing',
  'refer to|refers to|referred to|referring to',
  'point to|points to|pointed to|pointing to',
  'single out|singles out|singled out|singling out',
  // Attacks and esteem told with a label (PolNeAR dev: "has gone after Trump as a “spoiled brat”",
  // "pounding Trump as a “con artist”", "openly admires Putin as a “strong leader”").
  'go after|goes after|went after|going after|gone after',
  'pound|pounds|pounded|pounding',
  'admire|admires|admired|admiring',
];

export interface AsPredicateVerb {
  lemma: string;
  /** The -ing form: after a comma it continues a claim, so the rule leaves it to the participle rules. */
  participle: boolean;
  /** The particle of a two-word verb ("to" of "refer to"), or null. */
  particle: string | null;
}

function build(): Map<string, AsPredicateVerb> {
  const map = new Map<string, AsPredicateVerb>();
  for (const row of AS_PREDICATE_ROWS) {
    const forms = row.split('|');
    forms.forEach((form, n) => {
      const [head, particle] = form.split(' ');
      if (!map.has(head)) map.set(head, { lemma: forms[0], participle: n === 3, particle: particle ?? null });
    });
  }
  return map;
}

/** Each verb form's first word ("described", "referred") to its verb. */
export const AS_PREDICATE_VERBS: ReadonlyMap<string, AsPredicateVerb> = build();

/** Words after "as" that open a comparison, a time or a clause, not a label ("as well as", "as soon as", "as if"). */
export const AS_NOT_PREDICATE: ReadonlySet<string> = new Set([
  'well',
  'soon',
  'much',
  'many',
  'long',
  'far',
  'if',
  'though',
  'of',
  'to',
  'for',
  'such',
  'usual',
  'expected',
  'recently',
  'early',
  'late',
  'little',
  'few',
  'quickly',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'it',
  'there',
  'part',
  'opposed',
  'is',
  'was',
]);

/** Life stages after "as a": "saw the film as a child" tells when, not what. */
export const AS_LIFE_STAGES: ReadonlySet<string> = new Set([
  'child',
  'kid',
  'boy',
  'girl',
  'teenager',
  'teen',
  'student',
  'youngster',
]);
