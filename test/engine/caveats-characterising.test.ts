/**
 * Characterising generalisations (caveats/characterising.ts): a class of people summed up as a
 * rule ("Politicians always promise ..."), somebody's conduct as a habit ("has a habit of
 * blaming"), a choice ruled out by idiom ("Nobody in their right mind would ...") and a pattern of
 * conduct stated as fact ("They never admit ...", "They keep making excuses"). Particular groups,
 * past events, timetables and routines, records, "keep" with an object, things and reported speech
 * stay quiet. Every text is made up.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const author = (text: string) =>
  brief({ text })
    .caveats.filter((k) => k.voice === 'author' && k.kind !== 'anonymous-sourcing' && k.kind !== 'single-source')
    .map((k) => k.text);
const flags = (text: string, part: string) => author(text).some((k) => k.includes(part));
const quiet = (text: string) => expect(author(text)).toEqual([]);
/** The rule's name in the trace of some caveat of the text. */
const firesConduct = (text: string) =>
  expect(
    (brief({ text }, { trace: true }).trace ?? []).filter((e) => e.kind === 'caveat').flatMap((e) => e.rules),
  ).toContain('characterising/habitual-conduct');

describe('a class of people summed up as a rule', () => {
  it('flags a bare plural of people with "always"/"never" and a present verb', () => {
    expect(flags('Politicians always promise more than they deliver.', 'Politicians always promise')).toBe(true);
    expect(flags('Governments never learn from their mistakes.', 'Governments never learn')).toBe(true);
    expect(flags('Bankers will always look after themselves.', 'Bankers will always look')).toBe(true);
    expect(flags('Career politicians never admit a mistake.', 'Career politicians never admit')).toBe(true);
    expect(flags('Voters never forgive a broken promise.', 'Voters never forgive')).toBe(true);
  });

  it('leaves particular groups, past events, timetables and routines alone', () => {
    quiet('Politicians from all parties attended the funeral.');
    quiet('The officials always meet on Tuesdays.');
    quiet('Officials never confirmed the figure.');
    quiet('Investigators never found the weapon.');
    quiet('Residents never received the letters.');
    quiet('Ferries never run on Christmas Day.');
    quiet('Farmers always plant wheat in October in this region.');
    quiet('Officials always check passports at the border.');
    quiet('Doctors always wash their hands before surgery.');
    quiet('Volunteers never stop working during the festival.');
    quiet('The mayor said politicians always promise more than they deliver.');
  });
});

describe('conduct summed up as a habit', () => {
  it('flags "has a habit of", "has a knack for" before a verb in -ing', () => {
    expect(flags('The minister has a habit of blaming others.', 'has a habit of blaming')).toBe(true);
    expect(flags('The club has a knack for losing important games.', 'has a knack for losing')).toBe(true);
  });

  it('leaves a record, a symptom and a reported habit alone', () => {
    quiet('The minister has a history of heart problems.');
    quiet('The patient has a weakness in her left arm.');
    quiet('The singer has a habit, fans say, of arriving late.');
  });
});

describe('a choice ruled out by idiom', () => {
  it('flags "Nobody in their right mind", "No one in his right mind"', () => {
    expect(flags('Nobody in their right mind would buy a house in this market.', 'Nobody in their right mind')).toBe(
      true,
    );
    expect(flags('No one in his right mind would trust the board.', 'No one in his right mind')).toBe(true);
  });

  it('leaves a finding about somebody’s state of mind alone', () => {
    quiet('The court heard he was not in his right mind at the time.');
  });
});

describe('characterising/habitual-conduct', () => {
  it('flags a pronoun or demonstrative group with always/never and a present verb, or keep + -ing', () => {
    firesConduct('They never admit their mistakes.');
    firesConduct('She always blames the ferry crews.');
    firesConduct('These people never learn.');
    firesConduct('They keep making excuses about the depot.');
    firesConduct('Councillors keep pretending the canal is safe.');
  });

  it('leaves past tenses, keep with an object, routines and things alone', () => {
    quiet('They never found the ferry.');
    quiet('They never signed the harbour agreement.');
    quiet('They keep the depot closed on Sundays.');
    quiet('They keep coming back to the valley every summer.');
    quiet('He always travels to the depot in May.');
    quiet('Prices keep rising.');
    quiet('He never has time for the harbour board.');
  });
});

describe('characterising/they-present', () => {
  const firesThey = (text: string) =>
    expect(
      (brief({ text }, { trace: true }).trace ?? []).filter((e) => e.kind === 'caveat').flatMap((e) => e.rules),
    ).toContain('characterising/they-present');

  it('flags an opening "They" with a verb in the present', () => {
    firesThey('They want the parishes to close their schools.');
    firesThey('They publish rebuttals of the harbour survey.');
    firesThey("They don't care about the ferry crews.");
    firesThey('But they simply ignore the canal budget.');
    firesThey('And because of that blindness, they support plans that make the harbour worse.');
  });

  it('leaves verbs that describe, report or plan, past tenses, routines and reported speech alone', () => {
    quiet('They include probable and suspected cases.');
    quiet('They argue that the agency overstepped its authority.');
    quiet('They live in a two-room flat near the depot.');
    quiet('They use sealed suits and masks in the ward.');
    quiet('They went home after the vote.');
    quiet('They found a way through the harbour act.');
    quiet('They meet on Tuesdays at the town hall.');
    quiet('They, too, were surprised.');
    quiet('They want the depot reopened, the harbour master said.');
    quiet('Accordingly, they demand an open inquiry into the depot.');
    quiet('On Monday, they began clearing the canal.');
    quiet('When measuring the canal, they use laser gauges.');
  });
});

describe('characterising/denied-conduct', () => {
  const firesDenied = (text: string) =>
    expect(
      (brief({ text }, { trace: true }).trace ?? []).filter((e) => e.kind === 'caveat').flatMap((e) => e.rules),
    ).toContain('characterising/denied-conduct');

  it('flags a singular pronoun with the negated present of a verb of conduct', () => {
    firesDenied("He doesn't marshal his evidence to prove the point.");
    firesDenied('It does not touch the deeper settlement, however.');
    firesDenied("This doesn't bode well for the harbour.");
  });

  it('leaves verbs of thinking, describing and planning, a routine and the past alone', () => {
    quiet("He doesn't think so.");
    quiet('It does not include the new depot.');
    quiet("It doesn't run on Sundays.");
    quiet('She does not plan to run again.');
    quiet("He doesn't have a lawyer.");
    quiet('He did not attend the hearing.');
  });
});

describe('a routine only counts in the verb’s own clause', () => {
  it('flags "They want ..." though a later clause names a place', () => {
    expect(flags('They want the parishes to close, to put the schools at the back of the queue.', 'They want')).toBe(
      true,
    );
  });
});
