/**
 * The usual gender of given names that the Moby lists behind data/first-names.ts miss ("Donald",
 * "Barack") or put on both lists though English usage is all but one-sided ("Bill", "George",
 * "Hillary", "Frank"). Names used for both in earnest ("Chris", "Jordan", "Alex", "Robin", "Pat", "Lindsey",
 * "Kim", "Jamie", "Leslie", "Dana", "Kelly", "Lee", "Sam") stay without a gender.
 * Origin: written for edge-brief from common English usage (issue 16, pronoun resolution).
 * Licence: MIT, part of this project.
 */
export const MALE_GIVEN_NAMES: readonly string[] =
  `donald barack mitt newt reince beto bernie bill billy bobby george frank frankie fred
freddie ted teddy tim timmy tony phil jerry ray max gus tommy danny eddie randy perry glenn glen kyle quentin shane shaun
shawn sean chad barry austin blake brett cecil dale darryl daryl devin gene heath ira jesse joey leland lonnie lorne marty
mel merle noel ronnie sal sonny toby mike gary sammy cody corey cory walter willie gabriel christian`
    .split(/\s+/)
    .filter(Boolean);

export const FEMALE_GIVEN_NAMES: readonly string[] =
  `hillary hilary kamala ivanka abby abbie addie allie andrea angie ashley brandy
brooke carly cassie christie christy claire clare connie courtney emmy erin evelyn gail gayle grace hazel holly julie kylie
lauren laurie lynn mallory meredith michele nichole nikki paige patsy penny ruby shannon shelley simone stacy
tammy terri tracey ann madison`
    .split(/\s+/)
    .filter(Boolean);
