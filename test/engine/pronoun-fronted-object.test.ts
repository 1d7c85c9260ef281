/**
 * Rule coref/fronted-object-not-subject: a name governed by a preposition in a fronted phrase ("In
 * an interview with radio host Dana Fisk, Baxter ...") is no subject, so the comma after it is no
 * apposition and a later "he" carries on the subject, Baxter. Issue 16 (a claim given to the
 * interviewer), seen reading a PolNeAR dev article; made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const speakersOf = (text: string) => brief({ text }).claims.map((c) => c.speaker?.name ?? null);

describe('pronouns: the object of a fronted phrase is no antecedent subject', () => {
  it('gives the quotation after "he told the host" to the subject, not the host', () => {
    expect(
      speakersOf(
        'Harbor\n\nIn an interview with radio host Dana Fisk, Tom Baxter made it clear he had doubts about the plan.\n\n' +
          '“It was hard,” he told the host.',
      ),
    ).toEqual(['Tom Baxter', 'Tom Baxter']);
  });

  it('still lets an apposition’s comma mark a subject', () => {
    expect(
      speakersOf('Harbor\n\nDana Fisk, a radio host, met Tom Baxter on Monday.\n\n“It was hard,” she said.'),
    ).toEqual(['Dana Fisk']);
  });

  it('reads "an adviser to Mrs. Ortiz," as an object after "to" and a title, not a subject', () => {
    expect(
      speakersOf(
        'Harbor\n\nMayor Lena Ortiz opened the pier. Ann Lee, an adviser to Mrs. Ortiz, said the pier was failing. ' +
          'She said the toll would rise.',
      ),
    ).toEqual(['Ann Lee', 'Ann Lee']);
  });

  it('keeps the name after "According to" an antecedent', () => {
    expect(
      speakersOf(
        'Harbor\n\nTom Baxter ran the port. According to Gen. Ann Hale, the port was failing. “It was hard,” she said.',
      ),
    ).toEqual(['Ann Hale', 'Ann Hale']);
  });
});
