import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

// Every article here is made up for these tests (issue 16): classes a reader met on unseen articles.

function claimWith(text: string, content: string) {
  return brief({ text }).claims.find((c) => c.text.includes(content));
}

describe('speakers a reader checks first', () => {
  it('a quoted paragraph under a line ending "reported:" is that outlet’s, with single line breaks too', () => {
    const text =
      'Council votes on budget\n\nThe council voted on Monday after a long debate over the budget. As the Herald reported on Friday:\n' +
      '“Investigators are still trying to work out whether the treasurer acted alone.\nOfficials also believe he had help.”\n' +
      'The vote passed.';
    const claim = claimWith(text, 'Investigators are still trying');
    expect(claim?.speaker?.name).toBe('Herald');
    expect(brief({ text }).sources.map((s) => s.name)).toContain('Herald');
  });

  it('a first line that ends in a colon introduces what follows; it is no headline', () => {
    const text =
      'The council voted on Monday. The Herald reported:\n\n"Investigators are still trying to work out whether the treasurer acted alone."\n\nThe vote passed.';
    const b = brief({ text });
    expect(b.furniture ?? []).toEqual([]);
    expect(b.claims[0]?.speaker?.name).toBe('Herald');
  });

  it('"they told reporters she was ..." says the clause after the cue, not the clause before it', () => {
    const text = 'While officials did not give her name, they told reporters she was a nurse from Dover.';
    const b = brief({ text });
    expect(b.claims.map((c) => c.text)).toEqual(['she was a nurse from Dover']);
  });

  it('"as he was leaving" after a cue is still its time, not a said clause', () => {
    const text = 'The budget is finished, the mayor said as he was leaving the hall.';
    expect(claimWith(text, 'The budget is finished')?.speaker?.name).toBe('the mayor');
  });

  it('a "they" sentences away from any plural speaker is never a person named earlier', () => {
    const text =
      'Detectives have been looking for a woman seen with Harold Voss in the days before the fire. ' +
      'Police are still investigating whether Voss acted alone. They believe he may have had an accomplice.';
    expect(claimWith(text, 'he may have had an accomplice')?.speaker?.name).not.toBe('Harold Voss');
  });

  it('the fields of a record ("Name:", "Location:") are no speakers', () => {
    const text =
      'The suspect was named on Monday.\nArrest record:\nName: Quentin Hale\nLocation: Dover, Ohio\nAge: 30 years';
    expect(brief({ text }).claims).toEqual([]);
  });

  it('a question asks; "Does the mayor think we are fools?" is no claim of the mayor’s', () => {
    const b = brief({
      text: 'The mayor spoke on Monday. Does the mayor really think we are fools? Why does he think so?',
    });
    expect(b.claims).toEqual([]);
    expect(b.sources).toEqual([]);
  });

  it('a negative subject says nobody said it: "No official can say that ..." is no claim', () => {
    for (const text of [
      'No official, whether or not he consults a lawyer, can declare that the contract was invalid.',
      'Nobody at the depot said the buses were late.',
    ])
      expect(brief({ text }).claims, text).toEqual([]);
    expect(brief({ text: 'The mayor said the buses were late.' }).claims).toHaveLength(1);
  });

  it('"X along with other lawmakers" is X speaking, a named source, not an anonymous one', () => {
    const b = brief({
      text: 'Senator Ann Ruiz (D-NM) along with a handful of other lawmakers are calling on the government to send aid.',
    });
    expect(b.claims[0]?.speaker?.name).toContain('Ann Ruiz');
    expect(b.sources.map((s) => [s.name, s.type])).toEqual([['Ann Ruiz', 'official']]);
  });

  it('"Dan Ruiz at the Dunmore Tribune agreed ..." is Dan Ruiz speaking, not the paper', () => {
    const b = brief({ text: 'Dan Ruiz at the Dunmore Tribune agreed that the mayor had won the debate.' });
    expect(b.claims[0]?.speaker?.name).toBe('Dan Ruiz');
  });

  it('"he" goes to the person who opens the sentence before, not to the one named after the verb', () => {
    const text =
      'The mayor won the debate, said Ann Ruiz.\n\nDan Hale at the Dunmore Tribune agreed with Ruiz about the winner.\n\n' +
      '“If the goal was to look calm, the mayor succeeded,” he wrote.';
    expect(brief({ text }).claims.find((c) => c.text.includes('look calm'))?.speaker?.name).toBe('Dan Hale');
  });

  it('"This embattled mayor said ..." is the mayor the article named, not a speaker called "embattled mayor"', () => {
    const b = brief({ text: 'Mayor Ann Ruiz spoke on Sunday. This embattled mayor said that the budget was fine.' });
    expect(b.claims[0]?.speaker?.name).toBe('Ann Ruiz');
    expect(b.sources.map((s) => s.name)).toEqual(['Ann Ruiz']);
  });

  it('"they" after a plural subject in its sentence or the one before speaks for that plural', () => {
    const same = brief({
      text: 'The mayor met the press on Monday. While officials did not give her name, they told reporters she was a nurse.',
    });
    expect(same.claims[0]?.speaker).toMatchObject({ name: 'officials', anonymous: true });
    const before = brief({
      text: 'According to the Herald, the woman has been named. Investigators are still looking into whether the mayor acted alone. They believe he may have had help.',
    });
    expect(before.claims.find((c) => c.text.includes('help'))?.speaker?.name).toBe('Investigators');
  });

  it('a plural that ends a name ("the United States has") is no antecedent for "they"', () => {
    const b = brief({ text: 'The United States has doubled down. They say the plan works.' });
    expect(b.claims[0]?.speaker?.name).toBe('They');
  });

  it('advice a notice "advised" is the notice’s claim, not the author’s prescription', () => {
    const text = 'The health alert advised that travellers in the region should see a doctor if they feel unwell.';
    const b = brief({ text });
    expect(b.claims[0]?.speaker?.name).toBe('The health alert');
    expect(b.caveats.filter((k) => k.voice === 'author')).toEqual([]);
  });

  it('a speaker "assigned to" or "based in" a place is the person posted there, not the place', () => {
    const posted = brief({
      text: 'An embassy employee assigned to the southern city of Dunmore reported "a strange humming sound."',
    });
    expect(posted.claims[0]?.speaker).toMatchObject({ anonymous: true });
    expect(posted.claims[0]?.speaker?.name).toContain('An embassy employee assigned to');
    const based = brief({ text: 'A diplomat based in Havana said the embassy was closed.' });
    expect(based.claims[0]?.speaker?.name).toBe('A diplomat');
  });
  it('"She ... She also says" keeps her, though a man is named between as the object', () => {
    const text =
      'Maria Lopez wrote that the result hurt her. She also admits the plan was meant to elect Ann Cole over Tom Reyes in the city. ' +
      'She also says that the company will try again.';
    expect(claimWith(text, 'the company will try again')?.speaker?.name).toBe('Maria Lopez');
  });

  it('a "he" carried on by "He" in the sentence before is still that man, not a man named as its object', () => {
    const text =
      'Governor Rick Vale will need to sign the bill. He has previously said he opposes the call by Senator Dan Ortiz to arm teachers. ' +
      'He had also opposed raising the purchase age.';
    expect(claimWith(text, 'raising the purchase age')?.speaker?.name).toBe('Rick Vale');
  });
  it('"the civil lawyer wrote ... she added" is the lawyer, not a woman named sentences before', () => {
    const text =
      'Vera Lane, who represents the witness, said the deal was unfair. Emails show that a civil lawyer described the pressure. ' +
      '“The government was taking a very harsh position,” ' +
      'the civil lawyer wrote in one email. In another, she added, “As you will recall the threats were serious.”';
    expect(claimWith(text, 'As you will recall')?.speaker?.name).toBe('the civil lawyer');
  });

  it('a role that gives its own gender is not continued by the other pronoun', () => {
    const text =
      'Tom Vale said the deal was unfair. Emails show the pressure. “The position was harsh,” the spokeswoman wrote in one email. In another, he added, “The threats were serious.”';
    expect(claimWith(text, 'The threats were serious')?.speaker?.name).toBe('Tom Vale');
  });
  it('a role that describes the person named just before ("Palermo detailed. The man then goes on ...") stays that person', () => {
    const text =
      '“I saw a second shooter,” Rocky Palermo detailed. The man then goes on to explain that he ran. “I hid behind a car,” he continued.';
    expect(claimWith(text, 'I hid behind a car')?.speaker?.name).toBe('Rocky Palermo');
  });
  it('a verb of aspect before a participle cue is part of the verb: "she begins writing", "went on saying"', () => {
    const text =
      'Maria Lopez met donors in May. Then she begins writing again: "But then reality set in." ' +
      'Tom Hale went on saying that the vote was lost.';
    const b = brief({ text });
    expect(b.claims.map((c) => c.speaker?.name)).toEqual(['Maria Lopez', 'Tom Hale']);
    expect(b.sources.map((s) => s.name)).not.toContain('she begins');
  });
  it('"She admits ... after Reyes crushed her. She also says" keeps her: the subject the pronouns carry on wins a tie', () => {
    const text =
      'Maria Lopez wrote that the loss to Senator Reyes hurt her. She also admits that the staff met to hug each other after Reyes crushed her. ' +
      'She also says that the company will try again.';
    expect(claimWith(text, 'the company will try again')?.speaker?.name).toBe('Maria Lopez');
  });
  it('"she" is never Donald or Bill, and "he" never Hillary: usage settles names the name lists leave open', () => {
    expect(
      claimWith('Donald Vale met Hillary Moss on Monday. “We will win,” she said.', 'We will win')?.speaker?.name,
    ).toBe('Hillary Moss');
    expect(
      claimWith('Hillary Moss met Bill Vale on Monday. “We will lose,” he said.', 'We will lose')?.speaker?.name,
    ).toBe('Bill Vale');
  });
  it('in a transcript, the lines between two turns are the turn’s speaker’s, and its questions no author opinion', () => {
    const text =
      'A mock hearing shows the problem.\nHere is what that might look like:\n' +
      'Defense Attorney : Where did it happen?\nMs. Ford : At a house in our town.\nThe house was big and old.\n' +
      'But, I can tell you that it had a swimming pool.\nDefense Attorney : Were you hurt?\nMs. Ford : I think so.\n' +
      'The hearing is on Monday.';
    const b = brief({ text });
    expect(claimWith(text, 'The house was big')?.speaker?.name).toBe('Ford');
    expect(claimWith(text, 'swimming pool')?.speaker?.name).toBe('Ford');
    expect(b.claims.find((c) => c.text.includes('The hearing is on Monday'))).toBeUndefined();
    expect(b.caveats.filter((k) => k.voice === 'author').map((k) => text.slice(k.start, k.end))).toEqual([]);
  });

  it('lines after a labelled list of fields are no turn: a dialogue needs a speaker heard before', () => {
    const text =
      'The survey came back.\nNorth Federation: The houses are full.\nThe rest are similar, and I will analyse them later.\n' +
      'South Federation: The houses are empty.\nThat is all for now.';
    expect(claimWith(text, 'The rest are similar')).toBeUndefined();
  });
  it('"X spoke to Y and said" speaks as X: an irregular past ends the subject before "and said"', () => {
    const text =
      'Ben Vale spoke to the Herald on Monday and said "the plan is dead." The mayor met reporters and said the ferry would run.';
    const b = brief({ text });
    expect(b.claims.map((c) => c.speaker?.name)).toEqual(['Ben Vale', 'The mayor']);
  });
  it('"called on X to apologize for suggesting ..." is X’s suggestion: the object of a control verb speaks', () => {
    const text =
      'Dan Ruiz on Wednesday called on Howard Vale to apologize to the mayor for suggesting the mayor takes bribes. ' +
      'The senator urged the mayor to apologize for claiming the ferry was safe.';
    const speakerOf = (content: string) => brief({ text }).claims.find((c) => c.text === content)?.speaker?.name;
    expect(speakerOf('the mayor takes bribes')).toBe('Howard Vale');
    expect(speakerOf('the ferry was safe')).toBe('the mayor');
  });
  it('"criticized X for saying ..." is X’s saying: the judged object of a verb of praise or blame speaks', () => {
    const text =
      'The senator criticized Mary Evans for saying that the plan would fail. ' +
      'The board praised the treasurer for noting that costs fell. ' +
      'A House panel voted to hold Dan Ruiz in contempt of Congress for claiming the records were lost. ' +
      'Ben Vale apologized to Tom Hale for suggesting the ferry was unsafe. ' +
      'The mayor was thanked for pointing out that the bridge was closed.';
    const speakerOf = (content: string) => brief({ text }).claims.find((c) => c.text === content)?.speaker?.name;
    expect(speakerOf('the plan would fail')).toBe('Mary Evans');
    expect(speakerOf('costs fell')).toBe('the treasurer');
    expect(speakerOf('the records were lost')).toBe('Dan Ruiz');
    // Not a judged object: the apology's own subject made the suggestion; a passive's subject was thanked.
    expect(speakerOf('the ferry was unsafe')).toBe('Ben Vale');
    expect(speakerOf('the bridge was closed')).toBe('The mayor');
  });
  it('a name inside what was said is not who said it: "Brett Hale was a “mean drunk,” she stated"', () => {
    const text = 'Julie Vale said she saw the parties. Brett Hale was a “mean drunk,” she stated.';
    expect(claimWith(text, 'mean drunk')?.speaker?.name).toBe('Julie Vale');
  });
  it('a body after "at"/"from" in a phrase with a common head says where the speaker was, not who spoke', () => {
    const text =
      'On Sunday, a former classmate from his time at Yale accused the nominee of lying. ' +
      'The nurses at Mercy Hospital said the wound was large. A letter from Google said the plan was over.';
    expect(brief({ text }).claims.map((c) => c.speaker?.name)).toEqual([
      'a former classmate from his time at Yale',
      'The nurses',
      'Google',
    ]);
  });
  it('a quotation after a cue runs to its closing mark across lines, not to the end of the first line', () => {
    const text =
      'The host was angry.\nJeanine Vale spoke to the host on Thursday night and asked, "Since when does truth depend on your party.\n' +
      'I fear for this nation.\nYou believe any woman who goes against a Republican."\nThe end.';
    const claim = claimWith(text, 'Since when');
    expect(claim?.speaker?.name).toBe('Jeanine Vale');
    expect(claim?.text).toContain('goes against a Republican');
  });
  it('first-person lines set out under "X wrote ...:" are X’s words, not the author’s opinion', () => {
    const text =
      'The company was in the news again.\nMaria Vale wrote at the outset of the lengthy message:\nWe worked very hard.\n' +
      'Many people did.\nWe feel very grateful for all the support.\nVoters turned out in record numbers across the state.\n' +
      'The email then turns to the results.\nIt is a shameful document.';
    const b = brief({ text });
    expect(b.claims.map((c) => c.text)).toEqual([
      'We worked very hard',
      'Many people did',
      'We feel very grateful for all the support',
    ]);
    expect(b.claims.every((c) => c.speaker?.name === 'Maria Vale')).toBe(true);
    const author = b.caveats.filter((k) => k.voice === 'author' && k.kind !== 'single-source');
    expect(author.map((k) => text.slice(k.start, k.end)).join(' | ')).not.toMatch(/grateful|very hard/);
  });
  it('"She continued." on its own before a quotation makes the quotation hers', () => {
    const text =
      'Jeanine Vale spoke to the host on Thursday night.\nShe continued.\n"I worry about this country.\nIt is about politics."\nThe end.';
    expect(claimWith(text, 'I worry about this country')?.speaker?.name).toBe('Jeanine Vale');
  });
  it('"A union representing flight attendants endorsed" speaks as the union: a participle after its head noun', () => {
    const text =
      'A union representing flight attendants endorsed the mayor on Thursday. A lawyer representing the family said the deal was unfair.';
    expect(brief({ text }).claims.map((c) => c.speaker?.name)).toEqual([
      'A union representing flight attendants',
      'A lawyer representing the family',
    ]);
  });
});
