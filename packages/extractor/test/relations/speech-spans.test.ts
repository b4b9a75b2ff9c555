// Who speaks and which words are theirs, for constructions beyond "X said that …"; sentences written for
// this test. Each line is "Speaker [verb]: content".
import { speechOf as speech } from './speech-of.js';

describe('speech spans', () => {
  test.each([
    [
      'a gerund after "said" opens the content',
      'Paula Grant said closing the mine would hurt Ely.',
      'Paula Grant [say]: closing the mine would hurt Ely',
    ],
    [
      'a modal after "said" in a relative clause',
      'Acme Corp picked a site for the plant, which Acme Corp said might open in June.',
      'Acme Corp [say]: the plant, which Acme Corp said might open in June',
    ],
    [
      '"went on to say" says',
      'Paula Grant spoke first. She went on to say, “The mine will close.”',
      'Paula Grant [say]: The mine will close',
    ],
    [
      '"continued" before a quotation',
      'Paula Grant continued, “The mine will close.”',
      'Paula Grant [continue]: The mine will close',
    ],
    [
      'a statement "reads", its author speaks',
      '“The ban is lawful,” reads Judge Ana Ruiz’s statement.',
      'Ana Ruiz [read]: The ban is lawful',
    ],
    [
      '"according to" at the end, after a quotation closed by a full stop',
      'Tom Hale told reporters: “We lost. We will be back.” Two ships sank near Oslo, according to Acme Corp.',
      'Acme Corp [according to]: Two ships sank near Oslo',
    ],
    [
      'a quotation on both sides of the attribution',
      '“We lost,” said Tom Hale, “but we learned.”',
      'Tom Hale [say]: but we learned',
    ],
    [
      'a title with "for" before the name',
      'At a briefing in Oslo, US Special Representative for Syria Joel Rayburn said, “Talks will resume.”',
      'Joel Rayburn [say]: Talks will resume',
    ],
    [
      '"later reported" is a verb',
      'Local radio NRK later reported the fire started in a van.',
      'NRK [report]: the fire started in a van',
    ],
    [
      'an apposition after a fronted phrase',
      'In a radio interview, Dr Ann Lowe, an economist from Ghent University, said prices would fall.',
      'Ann Lowe [say]: prices would fall',
    ],
    [
      'a coordinated reporting verb with "there"',
      'Mayor Tom Hale opposed the plan, and suggested there were cheaper options.',
      'Tom Hale [suggest]: there were cheaper options',
    ],
    [
      'the antecedent of "which", not its object, speaks',
      'Acme Corp, which owns Beta Mills, and Gamma Paper which makes Softex, stressed they were working hard.',
      'Gamma Paper [stress]: they were working hard',
    ],
    [
      '"expressed" with a clause',
      'Ana Ruiz has expressed she is not interested in the post.',
      'Ana Ruiz [express]: she is not interested in the post',
    ],
    [
      'a parenthetical "in its statement" between speaker and verb',
      'Acme Corp, in its annual report, said sales had doubled.',
      'Acme Corp [say]: sales had doubled',
    ],
    [
      'the quoted word after the object of "call", with the object',
      'Acme Corp called the demand “unprecedented” on Monday.',
      'Acme Corp [call]: the demand “unprecedented”',
    ],
    [
      'a gerund of saying after "by" shares the subject',
      'Ann Cole ended the debate by saying “we are ready to talk.”',
      'Ann Cole [say]: we are ready to talk',
    ],
    [
      'a quotation without a comma still runs into its attribution',
      '“The plan could work” Tom Hale told reporters on Monday. “We will see.”',
      'Tom Hale [tell]: The plan could work',
    ],
    [
      'a quotation opening with a contracted verb after a phrase and a colon',
      'Ola Berg of Acme Corp spoke of the deal with Beta Holdings: “It’s a good partner for us.”',
      'Ola Berg [speak]: It’s a good partner for us',
    ],
    [
      'a quotation of "we" with a contracted verb',
      'Tom Hale said in a letter: “We’re proud of Dorn.”',
      'Tom Hale [say]: We’re proud of Dorn',
    ],
    [
      'an attribution at the end reports the whole sentence, not the words of the first speaker',
      'Paula Grant said the mine would close in June, the Ely Courier reported.',
      'Paula Grant [say]: the mine would close in June',
    ],
    [
      'so does "according to" at the end',
      'Paula Grant said the mine would close in June, according to Reuters.',
      'Paula Grant [say]: the mine would close in June',
    ],
    [
      'a noun with a quoted adjective before the clause subject still opens a clause',
      'Tom Hale said the “phony” Paula Grant attacked Acme Corp.',
      'Tom Hale [say]: the “phony” Paula Grant attacked Acme Corp',
    ],
    [
      'a quoted title set off by commas names the subject; the clause is what was said',
      'Tom Hale says his film, "Oslo Nights, We Are Here", was made as a joke.',
      'Tom Hale [say]: his film, "Oslo Nights, We Are Here", was made as a joke',
    ],
    [
      'a quotation after a comma and no noun is what was said',
      'Tom Hale told reporters, "We will win, and we will govern."',
      'Tom Hale [tell]: We will win, and we will govern',
    ],
    [
      'what is said follows the "that" of an "as" clause right after the verb',
      'Ann Cole said as she left the court that the ruling was unjust.',
      'Ann Cole [say]: the ruling was unjust',
    ],
    [
      "a named addressee right before the subject's name is no part of what was told",
      'Tom Hale told Dorn Radio Ann Cole had left the company.',
      'Tom Hale [tell]: Ann Cole had left the company',
    ],
    [
      'nor one run into the subject of a quoted predicate',
      'Ann Cole told MSNBC Hale "was a great man".',
      'Ann Cole [tell]: Hale "was a great man"',
    ],
    [
      'also after an outlet with an article',
      'Ann Cole told the Daily Post Eide "was a great man".',
      'Ann Cole [tell]: Eide "was a great man"',
    ],
    [
      'nor before a possessive opening the subject',
      'Tom Hale told the Dorn Post their inquiry could last two years.',
      'Tom Hale [tell]: their inquiry could last two years',
    ],
    [
      'a source relaying another reports the clause before it',
      'The hospital in Dorn treated 25 wounded people, the Dorn Post reported the governor said.',
      'Dorn Post [report]: The hospital in Dorn treated 25 wounded people',
    ],
    [
      'a day and its part after the verb say when, not what',
      'Ann Cole said yesterday morning the road would be examined.',
      'Ann Cole [say]: the road would be examined',
    ],
    [
      'what is said follows the "that" of an "after" clause right after the verb',
      'Ann Cole said after Tom Hale left that the ruling was unjust.',
      'Ann Cole [say]: the ruling was unjust',
    ],
    [
      'what is said follows the "that" after a phrase of time opened by "after"',
      'Ann Cole said after the hearing that the ruling was unjust.',
      'Ann Cole [say]: the ruling was unjust',
    ],
    [
      'an "as" phrase with no verb of its own opens what was said',
      'Ann Cole said as a teenager she worked in Oslo.',
      'Ann Cole [say]: as a teenager she worked in Oslo',
    ],
    [
      '"X writes:" ending a sentence gives X the quotation that opens the next',
      'In a blog post, party chairman Tom Hale writes:\n\n"It is a long shot, but our ticket may draw enough votes."',
      'Tom Hale [write]: It is a long shot, but our ticket may draw enough votes',
    ],
    [
      'a title and its "of" phrase after a name and a comma describe the person, the closing comma left out',
      'Ann Cole, Dean of Dorn University School of Law called it "a truly silly argument."',
      'Ann Cole [call]: it "a truly silly argument."',
    ],
    [
      "an editor's bracket opening a quotation is part of what was said",
      'Ann Cole said: "[The mine is] like the younger sibling of the old one."',
      'Ann Cole [say]: [The mine is] like the younger sibling of the old one',
    ],
    [
      '"quoted X as saying": X speaks',
      'Dorn Radio quoted Ann Cole, formerly a deputy director at the Harbour Trust, as saying "the dam will hold".',
      'Ann Cole [say]: the dam will hold',
    ],
    [
      '"cited X as stating": X speaks, and a verb after ", and" is the reporter\'s again',
      'The paper cited the Dorn Navy as stating Acme Corp owned the ship, and claimed a second death.',
      'Dorn Navy [state]: Acme Corp owned the ship',
    ],
    [
      'a subject pronoun written with its verb ("I\'m") opens what was told after the one told',
      'Ann Cole spoke on Friday: "I will also tell you I\'m not going to celebrate until Tom and Bo are home."',
      "Ann Cole [tell]: I'm not going to celebrate until Tom and Bo are home",
    ],
    [
      "a titled name after another person's name and a preposition is the subject, not a modifier of it",
      'Tom Hale died on Friday. Longtime Hale at Noon writer Ann Cole tweeted: "He was a rebel."',
      'Ann Cole [tweet]: He was a rebel',
    ],
    [
      'the same with two role words joined by "and"',
      'Tom Hale died on Friday. Longtime Hale at Noon writer and performer Ann Cole tweeted: "He was a rebel."',
      'Ann Cole [tweet]: He was a rebel',
    ],
    [
      'a body after a name and "of" still describes the person (guard)',
      'Ann Cole of the Dorn Trust said: "The plan failed."',
      'Ann Cole [say]: The plan failed',
    ],
    [
      "an inverted attribution to a body's role set off before a person's name: the person speaks",
      "“We will appeal the ruling,” said Dorn Mining's lawyer, Ann Cole.",
      'Ann Cole [say]: We will appeal the ruling',
    ],
    [
      'the same after a quotation without a comma inside it, the role a concept of its own',
      "It is not for the court to judge the motives, argued the council's lawyer, Tom Hale.",
      'Tom Hale [argue]: It is not for the court to judge the motives',
    ],
    [
      '"contended" before a clause reports what its subject holds',
      'Tom Hale, in remarks to the press, contended he would have died had he not been armed.',
      'Tom Hale [contend]: he would have died had he not been armed',
    ],
    [
      "a series of verbs with no subject after a statement with no verb of its own is the speaker's acts",
      'Acme Corp announced three days of mourning, shut down its mines, and later fired Tom Hale.',
      'Acme Corp [announce]: three days of mourning',
    ],
    [
      '"and later" before a verb with no subject ends the statement',
      'Acme Corp announced that the mine was closed, and later fired Tom Hale.',
      'Acme Corp [announce]: the mine was closed',
    ],
    [
      'a comma after a closing quotation mark is outside it: ", and said …" is the speaker\'s next act',
      'Acme Corp announced new rules will be "carefully checked", and said it will side with users.',
      'Acme Corp [announce]: new rules will be "carefully checked"',
    ],
    [
      '"however" opens a clause set against the statement',
      'Ann Cole said the plant would close, however Tom Hale said it would stay open.',
      'Ann Cole [say]: the plant would close',
    ],
    [
      '"countered that" reports an answer',
      'Ann Cole countered that Acme Corp would have lost even more.',
      'Ann Cole [counter]: Acme Corp would have lost even more',
    ],
    [
      '"hinted that" reports a hint',
      'Tom Hale hinted that Beta Ltd would be sold.',
      'Tom Hale [hint]: Beta Ltd would be sold',
    ],
    [
      '"speculated" before a clause reports a guess',
      'Ann Cole speculated the mine was closed by Acme Corp.',
      'Ann Cole [speculate]: the mine was closed by Acme Corp',
    ],
    [
      '"complained that" reports a complaint',
      'Tom Hale complained that the deal was unfair.',
      'Tom Hale [complain]: the deal was unfair',
    ],
    [
      'a verb with no subject after ", but" is the speaker\'s next act',
      'Tom Hale hinted that the task force would be disbanded, but later reversed himself.',
      'Tom Hale [hint]: the task force would be disbanded',
    ],
    [
      'a modal after ", and" goes on with what was said',
      'Ann Cole said many areas lost power, and might not get it back for weeks.',
      'Ann Cole [say]: many areas lost power, and might not get it back for weeks',
    ],
    [
      '"however" set off by commas opens the writer\'s next clause',
      'Acme Corp denied all claims that Beta Ltd was sold, however, a court report later found the sale took place.',
      'Acme Corp [deny]: all claims that Beta Ltd was sold',
    ],
    [
      'also after ", but" (guard)',
      'Ann Cole said she was tired of the post, but would fill it as needed.',
      'Ann Cole [say]: she was tired of the post, but would fill it as needed',
    ],
  ])('%s', (_name, text, expected) => {
    expect(speech(text)).toContain(expected);
  });

  test.each([
    [
      'a pronoun object labelled "as" a quoted phrase is no statement, nor the clause after its comma',
      'Tom Hale declared it on his blog as "the most boring race", however Hale noted the swing was large.',
      'Tom Hale [declare]: it on his blog as "the most boring race", however Hale noted the swing was large',
    ],
    [
      'a noun with a bare -ing word after it is a thing announced, no statement',
      "Paula Grant announced the measure at the council's weekly planning briefing.",
      "Paula Grant [announce]: the measure at the council's weekly planning briefing",
    ],
    [
      "the object closed by a comma before the sentence's main clause is no statement",
      'After Paula Grant tweeted the same advice, Acme Corp placed a warning over the tweet.',
      'Paula Grant [tweet]: the same advice, Acme Corp placed a warning over the tweet',
    ],
    [
      "a quotation closed by a full stop is not the next speaker's",
      'Ann Cole said the country is “in a crisis.” Tom Hale said on Friday “We are ready.”',
      'Tom Hale [say]: in a crisis',
    ],
    [
      "a second quotation after a speaker's own is not theirs",
      'Ann Cole said in a statement: “We mourn him.” “He was a tyrant,” said Tom Hale.',
      'Ann Cole [say]: He was a tyrant',
    ],
    [
      '"according to" at the end covers only the words after a sentence end left inside the sentence',
      'Tom Hale told reporters: “We lost. We will be back.” Two ships sank near Oslo, according to Acme Corp.',
      'Acme Corp [according to]: Tom Hale told reporters: “We lost. We will be back.” Two ships sank near Oslo',
    ],
    [
      'a name called without quotation marks is no claim',
      'Joe Biden called Donald Trump a clown.',
      'Joe Biden [call]: a clown',
    ],
    [
      'an "as" clause after the verb is when it was said, not what',
      'The plan failed, Ann Cole said as she left the court.',
      'Ann Cole [say]: as she left the court',
    ],
    [
      'a phrase after a preposition before the speaker is no statement, though the parse reads a verb in it',
      'In remarks at Dorn Daily News, Tom Hale, whose bio includes two hashtags, writes:',
      'Tom Hale [write]: In remarks at Dorn Daily News',
    ],
    [
      'a name after a gerund following a quotation opens what was added; it does not say the quotation',
      'Ann Cole said the men must face “fraud charges”, adding Dorn will appeal the ruling next week.',
      'Dorn [add]: fraud charges',
    ],
    [
      'a name after "said" inside a sentence is no speaker of the quotation after it',
      'Tom Hale died on Monday. In a statement, Ann Cole, his wife and the chair of the Dorn Party, said Hale "worked until his last breath".',
      'Tom Hale [say]: worked until his last breath',
    ],
    [
      'nor is the one told, when the teller is not found',
      'Calling it "just another apology", Ann Cole of "Have no fear", a support charity, told Dorn Radio "it appears the statement was prepared early".',
      'Dorn Radio [tell]: it appears the statement was prepared early',
    ],
    [
      'the one who quotes does not say what the one quoted said',
      'Dorn Radio quoted Ann Cole, formerly a deputy director at the Harbour Trust, as saying "the dam will hold".',
      'Dorn Radio [say]: the dam will hold',
    ],
    [
      'what a verb after ", and" says is not part of the statement',
      'Tom Hale said the council did not ratify the plan, and mentioned a possible appeal at the Dorn Court.',
      'Tom Hale [say]: the council did not ratify the plan, and mentioned a possible appeal at the Dorn Court',
    ],
    [
      'a body whose role stands before a person does not speak',
      "“We will appeal the ruling,” said Dorn Mining's spokesman, Ann Cole.",
      'Dorn Mining [say]: We will appeal the ruling',
    ],
  ])('%s', (_name, text, wrong) => {
    expect(speech(text)).not.toContain(wrong);
  });

  test.each([
    ['a reader reading a book is no speech', 'Ana Ruiz read “Hamlet” on the train.'],
    ['"contended for" a prize without a clause is no speech', 'Ana Ruiz contended for the nomination in May.'],
    ['"countered" an object is no speech', 'Ana Ruiz countered claims of fraud in Oslo.'],
    ['"continued" without a quotation is no speech', 'Ana Ruiz continued the talks in Oslo.'],
    ['"as" and an -ing form after the verb are no statement', 'Ana Ruiz stated as having been at the scene.'],
    [
      '"after" and an -ing form after the verb are no statement',
      'Ana Ruiz tweeted after hearing the news of the crash.',
    ],
    ['a statement only meant is not made', 'Ana Ruiz wants to argue that the plan failed.'],
    [
      'a participle after a possessive describes the noun',
      "Ana Ruiz spoke on Monday. Opposition questions about Ruiz's alleged mental decline continued.",
    ],
    ['nor is one planned', 'Ana Ruiz plans to announce that the plant will close.'],
    [
      'nor one coordinated with a meant act',
      'Tom Hale said: "Ana Ruiz wants to cancel the vote and argue about it for years [...] I am committed to leaving."',
    ],
    [
      'the object inside the relative clause never speaks',
      'Gamma Paper which makes Softex, stressed they were working hard.',
    ],
  ])('%s', (_name, text) => {
    expect(speech(text).filter((c) => /^(Ana Ruiz|Softex)/.test(c))).toEqual([]);
  });
});

test('a pronoun inside a quotation is no speaker of its own: the words are the quoted speaker’s', () => {
  const got = speech(
    'Tom Hale quit. Ann Cole said, "He just announced that the resignation will not take effect today."',
  );
  expect(got).toEqual(['Ann Cole [say]: He just announced that the resignation will not take effect today']);
});
