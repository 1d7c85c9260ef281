/**
 * Character judged by a noun (caveats/character-nouns.ts): impudence had ("had the gall to") and a
 * virtue found wanting ("lacks the courage to", "nobody has the guts to"). A virtue had, a literal
 * sense, a quotation and a reported judgement stay quiet. Every text is made up.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const rulesOf = (text: string) =>
  (brief({ text }, { trace: true }).trace ?? []).filter((e) => e.kind === 'caveat').flatMap((e) => e.rules);
const author = (text: string) =>
  brief({ text })
    .caveats.filter((k) => k.voice === 'author' && k.kind !== 'anonymous-sourcing' && k.kind !== 'single-source')
    .map((k) => k.text);

describe('character-nouns/impudence', () => {
  it('flags "have" and a noun of impudence before "to"', () => {
    expect(rulesOf('The harbour master had the gall to blame the ferry crews.')).toContain('character-nouns/impudence');
    expect(rulesOf('The depot manager has the temerity to ask for a bonus.')).toContain('character-nouns/impudence');
  });
});

describe('character-nouns/lacking-virtue', () => {
  it('flags a virtue lacked or denied before "to"', () => {
    expect(rulesOf('The canal board lacks the courage to act.')).toContain('character-nouns/lacking-virtue');
    expect(rulesOf('Nobody on the council has the guts to say so.')).toContain('character-nouns/lacking-virtue');
    expect(rulesOf("The operator didn't have the decency to warn residents.")).toContain(
      'character-nouns/lacking-virtue',
    );
  });
});

describe('look-alikes', () => {
  it('leaves a virtue had, a literal nerve, a quotation and a reported judgement alone', () => {
    expect(author('The ferry pilot had the courage to testify.')).toEqual([]);
    expect(author('The nerve to the left arm was damaged in the crash.')).toEqual([]);
    expect(rulesOf('"He had the gall to call me," the harbour master said.')).not.toContain(
      'character-nouns/impudence',
    );
    expect(rulesOf('The board lacks the courage to act, the union said.')).not.toContain(
      'character-nouns/lacking-virtue',
    );
  });
});
