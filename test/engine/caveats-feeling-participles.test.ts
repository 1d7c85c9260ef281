/**
 * The writer's feeling told by a participle (caveats/feeling-participles.ts). Each flagged example
 * fails without its rule; the news look-alikes beside them (a participle with an object, a feeling
 * reported of others, quoted or reported speech, a literal sense, a numeral "I") must stay quiet.
 * Every text is made up.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const author = (text: string) =>
  brief({ text })
    .caveats.filter((k) => k.voice === 'author' && k.kind !== 'anonymous-sourcing' && k.kind !== 'single-source')
    .map((k) => k.text);
const rulesOf = (text: string) =>
  (brief({ text }, { trace: true }).trace ?? []).filter((e) => e.kind === 'caveat').flatMap((e) => e.rules);
const fires = (text: string, rule: string) => expect(rulesOf(text)).toContain(rule);
const quiet = (text: string) => expect(author(text)).toEqual([]);

describe('feeling-participles/extraposed', () => {
  it('flags "it is <feeling>-ing that/to/how" and the pseudo-cleft', () => {
    fires('It is infuriating that the depot stays shut.', 'feeling-participles/extraposed');
    fires('It is frustrating that the ferry plan still stands.', 'feeling-participles/extraposed');
    fires('It was heartbreaking to watch the orchard go.', 'feeling-participles/extraposed');
    fires('It is depressing how little the canal budget has changed.', 'feeling-participles/extraposed');
    fires("It's deeply astonishing that nobody checked the dam.", 'feeling-participles/extraposed');
    fires('What is exasperating is the silence from the depot.', 'feeling-participles/extraposed');
    fires('This is heartbreaking.', 'feeling-participles/extraposed');
    expect(author('It is infuriating that the depot stays shut.')).toContain('It is infuriating');
  });

  it('leaves a participle with an object, a literal sense and reported speech alone', () => {
    quiet('The flood is alarming residents along the canal.');
    quiet('It is raining over the harbour.');
    quiet('It is moving to a new depot in May.');
    // "boring" alone is a loaded word to the lexical scan; the frame does not read it as the writer's feeling.
    expect(rulesOf('It was boring through the rock at a metre a day.')).not.toContain('feeling-participles/extraposed');
    quiet('"It is alarming," the harbour master said.');
    quiet('The harbour master said it was infuriating that the depot stayed shut.');
  });
});

describe('feeling-participles/sentence-adverb', () => {
  it('flags the participle’s adverb opening the sentence with a comma', () => {
    fires('Infuriatingly, the depot stayed shut.', 'feeling-participles/sentence-adverb');
    fires('Dispiritingly, the orchard was sold.', 'feeling-participles/sentence-adverb');
  });

  it('leaves the adverb inside a quotation alone', () => {
    quiet('"Infuriatingly, the depot stayed shut," the harbour master said.');
  });
});

describe('feeling-participles/first-person', () => {
  it('flags "I am / we were <feeling>-ed" with its cause or at the clause end', () => {
    fires('I was stunned by the depot closure.', 'feeling-participles/first-person');
    fires("I'm frustrated that the ferry is late again.", 'feeling-participles/first-person');
    fires('We have been dismayed by the canal plan.', 'feeling-participles/first-person');
  });

  it('leaves a feeling reported of others, quoted, or a numeral "I" alone', () => {
    quiet('The ferry firm was surprised by the result, its chief executive said.');
    quiet('"We were stunned by the closure," the harbour master said.');
    quiet('World War I was devastating for the valley.');
  });
});
