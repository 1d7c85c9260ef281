/**
 * "according to" a record ("court records", "the filing", "police reports", "a transcript of the
 * hearing"): the record is the claim's source, typed as a document (or a report), never a person
 * nor the body it names; when the record was "obtained by" or "reviewed by" an outlet, the outlet
 * is credited beside it. Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

function sourced(text: string) {
  const b = brief({ text });
  return b.claims.map((c) => ({
    speaker: c.speaker?.name ?? null,
    sources: c.sourceIds.map((id) => {
      const s = b.sources.find((x) => x.id === id)!;
      return `${s.name}/${s.type}`;
    }),
  }));
}

describe('attribution: "according to" a record', () => {
  it('types the record as a document or report source', () => {
    expect(sourced('The ferry ran without a licence for a year, according to county records.')).toEqual([
      { speaker: 'county records', sources: ['county records/document'] },
    ]);
    expect(sourced('According to a transcript of the inquiry, the pilot blamed the fog.')).toEqual([
      { speaker: 'a transcript of the inquiry', sources: ['a transcript of the inquiry/document'] },
    ]);
    expect(sourced('The driver had two earlier crashes, according to police reports.')).toEqual([
      { speaker: 'police reports', sources: ['police reports/report'] },
    ]);
  });

  it('keeps a named body out of the record source', () => {
    const s = sourced('The depot stored twice the permitted fuel, according to FBI records.');
    expect(s.map((c) => c.sources)).toEqual([['FBI records/document']]);
  });

  it('credits the outlet that obtained the record beside it', () => {
    expect(sourced('The board paid $9,000 for chairs, according to documents obtained by the Harbor Gazette.')).toEqual(
      [{ speaker: 'documents', sources: ['documents/document', 'Harbor Gazette/outlet'] }],
    );
  });

  it('leaves an author and unnamed reports as they were', () => {
    expect(sourced('Costs rose, according to a report by the Congressional Budget Office.')[0].speaker).toBe(
      'Congressional Budget Office',
    );
    expect(sourced('Costs rose, according to media reports.')[0].sources).toEqual(['media reports/anonymous']);
  });
});
