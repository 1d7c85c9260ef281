/**
 * Worst shapes for output size: texts built to make the brief (and the form page) as large as
 * possible per input byte. Each came out of a red-team pass (issue 12) or from reading which rule
 * emits an item per word, per name or per quotation. Used by `npm run bench:output`, the fuzzer
 * and the output-size tests.
 */

export interface Shape {
  name: string;
  /** What the shape attacks. */
  about: string;
  /** Text of about `bytes` UTF-16 code units (at least one unit of the pattern). */
  make(bytes: number): string;
}

/** `unit(i)` repeated until the text reaches `bytes`. */
function fill(bytes: number, unit: (i: number) => string): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const u = unit(i);
    parts.push(u);
    n += u.length;
  }
  return parts.join('');
}

const FIRST = ['John', 'Mary', 'Robert', 'Linda', 'Michael', 'Susan', 'David', 'Karen', 'James', 'Nancy'];
const LAST = ['Smith', 'Jones', 'Brown', 'Miller', 'Davis', 'Garcia', 'Wilson', 'Moore', 'Taylor', 'Clark'];
const OPINION = [
  'I think we should',
  'must',
  'surely',
  'clearly',
  'the outrageous',
  'relentless assault',
  'is highly dangerous',
  'will likely',
  'seems',
  'apparently',
  'critics say',
  'the best',
  'we must',
];
/** A pseudo-name that no gazetteer knows: capitalised letters from the counter. */
const coined = (i: number) => {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor(n / 26)) s += String.fromCharCode(97 + (n % 26));
  return `Z${s}ova`;
};

export const SHAPES: Shape[] = [
  {
    name: 'opinion-no-comma',
    about: 'opinion cues with no comma or full stop: every cue reaches to the end of one huge clause',
    make: (bytes) => fill(bytes, (i) => `${OPINION[i % OPINION.length]} `),
  },
  {
    name: 'opinion-sentences',
    about: 'the same cues in 800-character sentences',
    make: (bytes) => fill(bytes, (i) => `${OPINION[i % OPINION.length]}${i % 60 === 59 ? '. ' : ' '}`),
  },
  {
    name: 'short-sentences',
    about: 'many tiny opinionated sentences, questions and exclamations',
    make: (bytes) => fill(bytes, (i) => ['Outrageous! ', 'Why? ', 'We must act. ', 'Surely not. '][i % 4]),
  },
  {
    name: 'name-list',
    about: 'a comma list of distinct coined names with titles: one actor (and role) per name',
    make: (bytes) => fill(bytes, (i) => `Sen. ${FIRST[i % 10]} ${coined(i)}, `),
  },
  {
    name: 'name-run',
    about: 'capitalised words with no punctuation: one endless proper name',
    make: (bytes) => fill(bytes, (i) => `${coined(i)} `),
  },
  {
    name: 'repeated-names',
    about: 'the same few names over and over: one mention each',
    make: (bytes) => fill(bytes, (i) => `${FIRST[i % 10]} ${LAST[i % 10]} said. `),
  },
  {
    name: 'quote-flood',
    about: 'He said "x." over and over: one claim, speaker and source per quotation',
    make: (bytes) => fill(bytes, (i) => `${FIRST[i % 10]} ${LAST[(i >> 1) % 10]} said "we must act ${i}." `),
  },
  {
    name: 'scare-quotes',
    about: 'short quoted terms that quote nobody',
    make: (bytes) => fill(bytes, (i) => `the ‘allowable’ ‘${coined(i)}’ plan `),
  },
  {
    name: 'nested-quotes',
    about: 'quotations nested inside quotations inside reported speech',
    make: (bytes) =>
      fill(
        bytes,
        (i) => `${FIRST[i % 10]} ${LAST[i % 10]} said “she told me ‘they said “this is outrageous” today’ again.” `,
      ),
  },
  {
    name: 'roles',
    about: 'long title runs before names and appositions after them',
    make: (bytes) =>
      fill(
        bytes,
        (i) =>
          `Former Russian president and Security Council Deputy Chairman ${FIRST[i % 10]} ${coined(i)}, the attorney general, warned that it is outrageous. `,
      ),
  },
  {
    name: 'acronyms',
    about: 'bracketed acronyms after coined organisation names',
    make: (bytes) =>
      fill(
        bytes,
        (i) => `the ${coined(i)} Bureau of ${coined(i + 7)} (${coined(i).slice(0, 3).toUpperCase()}) said it. `,
      ),
  },
];

export function shapeNamed(name: string): Shape {
  const s = SHAPES.find((x) => x.name === name);
  if (!s) throw new Error(`no shape ${name}`);
  return s;
}
