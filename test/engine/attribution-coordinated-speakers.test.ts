/**
 * Coordinated speakers ("Smith and Jones said", "The mayor and the police chief told reporters",
 * "CBS and NPR both reported", a list of three): the claim's speaker names every conjunct and each
 * one's source is the claim's; "between X and Y", an object before the names, and a name with
 * "and" inside stay as they were. Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

function speakers(text: string) {
  const b = brief({ text });
  return b.claims.map((c) => ({
    speaker: c.speaker?.name ?? null,
    sources: c.sourceIds.map((id) => b.sources.find((s) => s.id === id)!.name),
  }));
}

describe('attribution: coordinated speakers', () => {
  it('names both people and credits both', () => {
    expect(speakers('Lena Ortiz and Omar Haddad said the ferry would stop running in June.')).toEqual([
      { speaker: 'Lena Ortiz and Omar Haddad', sources: ['Lena Ortiz', 'Omar Haddad'] },
    ]);
  });

  it('takes in a described conjunct before the last one', () => {
    expect(speakers('The mayor and the fire chief told reporters that the dam was safe.')).toEqual([
      { speaker: 'The mayor and the fire chief', sources: ['The mayor', 'the fire chief'] },
    ]);
  });

  it('reads a list of three with titles dropped', () => {
    expect(
      speakers('Mayor Ana Ruiz, Sheriff Paul Dunn and Judge Mary Cole said the jail would close.')[0].speaker,
    ).toBe('Ana Ruiz, Paul Dunn and Mary Cole');
  });

  it('drops a floating "both"', () => {
    expect(speakers('CBS and NPR both reported that the vote was delayed.')[0].speaker).toBe('CBS and NPR');
  });

  it('leaves a prepositional object and an object of a verb alone', () => {
    expect(speakers('The feud between Lena Ortiz and Omar Haddad said little about the budget.')).toEqual([]);
    const object = speakers('Rebels shelled Dorvik and Governor Omar Haddad said the town would hold.');
    expect(object.map((c) => c.speaker)).toEqual(['Omar Haddad']);
  });
});
