//! Table-driven cases: one line per shape of attribution.

use crate::quote::QuoteKind::{self, Block, Direct, Partial};
use crate::quote::Resolution;

/// `(text, quote text, speaker, kind, cue)`; the quote checked is the one whose text matches.
type Case = (&'static str, &'static str, Option<&'static str>, QuoteKind, Option<&'static str>);

const CASES: &[Case] = &[
    // a gesture verb (`shrugged`, `grinned`, `winced`) is a narration-like cue for the quote after it
    ("Ada Vell lost the vote. Asked about her future, she shrugged. “I will stand again.”", "I will stand again.", Some("Ada Vell"), Direct, Some("shrugged")),
    // a single-quoted quote goes on around a straight double one inside it, and past a straight plural possessive
    ("‘Mum always said \"mend and make do\", so I did,’ says Ada Vell.", "Mum always said \"mend and make do\", so I did", Some("Ada Vell"), Direct, Some("says")),
    ("'Pupils need their teachers' full support,' said Ada Vell.", "Pupils need their teachers' full support", Some("Ada Vell"), Direct, Some("said")),
    // a name and a colon with where or to whom it spoke between, no verb
    ("Team captain Ada Vell at the final whistle: “We earned every point.”", "We earned every point.", Some("Ada Vell"), Direct, Some(":")),
    ("Ada Vell spoke later. Vell, writing on her blog after the vote: “We lost the argument.”", "We lost the argument.", Some("Ada Vell"), Direct, Some(":")),
    // a name right after a closing single mark opens a clause
    ("Ada Vell spoke first. ‘We lost,’ Vell said. ‘It hurts.’ Rival coach Tom Reed was calmer. ‘We were lucky,’ he said.", "We were lucky", Some("Tom Reed"), Direct, Some("said")),
    // a name opening a line under a heading with no final stop opens a clause
    ("Live updates\nAda Vell has spoken to reporters outside the hall. “We will keep going,” she said.", "We will keep going", Some("Ada Vell"), Direct, Some("said")),
    // a role opening the sentence with a name set off by commas: the title `the role` finds, the subject a pronoun finds
    ("The museum’s director, Ada Vell, spoke first. “Every piece came back,” the director said.", "Every piece came back", Some("Ada Vell"), Direct, Some("said")),
    ("His sister, Ada Vell, waited outside. “He will be home soon,” she said.", "He will be home soon", Some("Ada Vell"), Direct, Some("said")),
    // a description with a name in apposition after a subordinator
    ("When the transport secretary, Ann Lee, promised that the trains would be “the most reliable in a generation”, some of us laughed.", "the most reliable in a generation", Some("Ann Lee"), Partial, Some("promised")),
    // a document's name with `of the` in it, without the words before its capitals
    ("The agency published its annual State of the Climate report. The report warns that “the window is closing”.", "the window is closing", Some("the State of the Climate report"), Partial, Some("warns")),
    // a description with a name in apposition after an opening phrase
    ("In a letter read to the court, the victim’s widow, Rose Hart, wrote: “Every morning I set two cups out.”", "Every morning I set two cups out.", Some("Rose Hart"), Direct, Some("wrote")),
    ("Ann Cole opened a cafe in 2015. Business partner Lucy Ward remembers it. “It was chaos,” she said.", "It was chaos", Some("Lucy Ward"), Direct, Some("said")),
    // a known surname opening a clause before a verb in `-s` is a subject, not a group
    ("Ann Lee opened a cafe. Lucia Ward remembers it. “We had one oven,” she said. Lee laughs at that. “I was panicking,” she said.", "I was panicking", Some("Ann Lee"), Direct, Some("said")),
    // what someone names so is their words; what a passive names so is nobody's
    ("Ann Lee described the scheme as a “back door” for fraud.", "back door", Some("Ann Lee"), Partial, Some("described")),
    // an office with a name in apposition, the name titled (`Hon.` keeps its dot); after `the`, a titled name is a name
    ("The Speaker, Hon. Ann Roe, said: “Order.”", "Order.", Some("Ann Roe"), Direct, Some("said")),
    ("“Order,” said the Speaker, Ann Roe.", "Order", Some("Ann Roe"), Direct, Some("said")),
    ("Speaking on Monday, the Hon. Ann Roe, the health minister, announced a plan. She told the House: “No one should wait.”", "No one should wait.", Some("Ann Roe"), Direct, Some("told")),
    // an organisation's name and a lower-case role before a name; someone new and where they were
    ("“It rained a lot,” said Met Office forecaster Jane Lowe.", "It rained a lot", Some("Jane Lowe"), Direct, Some("said")),
    ("“Are we really going to sell the club?” shouted one protester outside the stadium.", "Are we really going to sell the club?", Some("one protester"), Direct, Some("shouted")),
    // a name in apposition to a description, then a verb in `-s` and its object: the subject a pronoun finds
    ("Ann Cole opened a cafe in 2015. Her partner, Lucy Ward, remembers it. “It was chaos,” she said.", "It was chaos", Some("Lucy Ward"), Direct, Some("said")),
    // a participle's subject past a time or place after it, or before an auxiliary
    ("Ann Roe on Monday blocked the law, writing that it was “plainly void”.", "plainly void", Some("Ann Roe"), Partial, Some("writing")),
    ("A federal judge in Dover on Monday blocked the law, writing that it was “likely to fail”.", "likely to fail", Some("A federal judge"), Partial, Some("writing")),
    ("Coach Tom Reed is furious, shouting “That’s never a foul!” at the official.", "That’s never a foul!", Some("Tom Reed"), Direct, Some("shouting")),
    ("72' Coach Tom Reed was on the touchline, shouting “That’s never a foul!”", "That’s never a foul!", Some("Tom Reed"), Direct, Some("shouting")),
    // people in the plural with the phrase telling which; a plural possessive before an office
    ("Hundreds of students chanted “No fees, no peace!” outside parliament.", "No fees, no peace!", Some("Hundreds of students"), Direct, Some("chanted")),
    ("Economists at Dover Bank said the data were “worse than feared”.", "worse than feared", Some("Economists at Dover Bank"), Partial, Some("said")),
    ("“It is a mess,” said officials at the bank.", "It is a mess", Some("officials at the bank"), Direct, Some("said")),
    ("Supporters’ Trust chair Ann Lee said: “We want guarantees!”", "We want guarantees!", Some("Ann Lee"), Direct, Some("said")),
    ("“Rates will rise,” said Data Resources’ Lee.", "Rates will rise", Some("Lee"), Direct, Some("said")),
    // “…,” X said / “…,” said X
    ("“It is over,” Ann Lee said.", "It is over", Some("Ann Lee"), Direct, Some("said")),
    ("“We believe it,” said Edmund Fitton-Brown, the coordinator of the UN panel.", "We believe it", Some("Edmund Fitton-Brown"), Direct, Some("said")),
    // X said: “…” / X said, “…”
    ("The minister said: “We will build the road.”", "We will build the road.", Some("the minister"), Direct, Some("said")),
    ("Without naming names, Suhail Shaheen said, “We have sent the text.”", "We have sent the text.", Some("Suhail Shaheen"), Direct, Some("said")),
    // pronoun and surname resolution
    ("Suhail Shaheen spoke first. “No deal,” he said.", "No deal", Some("Suhail Shaheen"), Direct, Some("said")),
    ("Suhail Shaheen, the group’s spokesperson, spoke. “Such reports only prolong war,” Shaheen said.", "Such reports only prolong war", Some("Suhail Shaheen"), Direct, Some("said")),
    // a capitalised word that is also a cue (`State`) inside an organisation's name
    ("“We are deeply concerned,” the US State Department said.", "We are deeply concerned", Some("the US State Department"), Direct, Some("said")),
    // an organisation's name runs on through `of`, and `for`/`on` after a word for a body
    ("“Rates will rise,” the Bank of Finland said.", "Rates will rise", Some("the Bank of Finland"), Direct, Some("said")),
    ("“Prices will rise,” said the Office for National Statistics.", "Prices will rise", Some("the Office for National Statistics"), Direct, Some("said")),
    ("“It is a risk,” the Council on Trade and Labour said.", "It is a risk", Some("the Council on Trade and Labour"), Direct, Some("said")),
    ("The Taliban on June 19 said it wanted “peace.”", "peace.", Some("the Taliban"), Partial, Some("said")),
    ("“Rates will rise,” said the Bank of Finland Governor Ann Lee.", "Rates will rise", Some("Ann Lee"), Direct, Some("said")),
    // a surname behind particles in any case, and two particles inside a name
    ("Dr. Ana Van Kerk spoke first. “Tests matter,” Van Kerk said.", "Tests matter", Some("Ana Van Kerk"), Direct, Some("said")),
    ("Ursula von der Lee spoke first. “We act now,” von der Lee said.", "We act now", Some("Ursula von der Lee"), Direct, Some("said")),
    // a name behind a lower-case prefix and a hyphen is a name
    ("“We will fight on,” said Ayman al-Zawahri.", "We will fight on", Some("Ayman al-Zawahri"), Direct, Some("said")),
    // a pronoun reaches its cue over adverbs and auxiliaries
    ("Ann Lee spoke first. “We must go,” she would later say.", "We must go", Some("Ann Lee"), Direct, Some("say")),
    // a known role with a phrase telling where, then its cue; the role names the speaker
    ("“It’s time,” the senator from Ohio said.", "It’s time", Some("the senator"), Direct, Some("said")),
    // an acronym that spells a small word is a name (`WHO`, not `who`)
    ("“Cases are rising,” WHO chief Ann Lee said.", "Cases are rising", Some("Ann Lee"), Direct, Some("said")),
    // a party and state after a name; `told` is followed by whom, never by the speaker
    ("“We need more time,” Sen. Lia Moreno, D-Calif., said in an interview.", "We need more time", Some("Lia Moreno"), Direct, Some("said")),
    ("“It is a disaster,” one resident, who asked not to be named, told reporters.", "It is a disaster", Some("one resident"), Direct, Some("told")),
    // British single marks: a plural possessive's apostrophe inside, a double quote nested
    ("‘It is the players’ job to win games,’ said manager Tom Hale.", "It is the players’ job to win games", Some("Tom Hale"), Direct, Some("said")),
    ("The chief constable said: ‘Officers were told to “hold the line”, and they did.’", "Officers were told to “hold the line”, and they did.", Some("the chief constable"), Direct, Some("said")),
    // a straight closing mark with no opening one, before a paired quote; a straight mark typed for an apostrophe
    ("The plan is a disaster for everyone,\" said councillor Ann Lee. \"We will fight it.\"", "The plan is a disaster for everyone", Some("Ann Lee"), Direct, Some("said")),
    ("The dollar\"s drop raised questions. But Tom Hale said: \"They have played a role.\"", "They have played a role.", Some("Tom Hale"), Direct, Some("said")),
    // someone new, described by their relation to something, before the cue
    ("A source close to the couple told reporters: “They are laughing it off.”", "They are laughing it off.", Some("A source close to the couple"), Direct, Some("told")),
    ("“It is settled,” one Democrat familiar with the talks said.", "It is settled", Some("one Democrat familiar with the talks"), Direct, Some("said")),
    // a participle's subject is a body named by its noun, then its verb
    ("The company cut its forecast on Thursday, saying demand had been “unexpectedly weak”.", "unexpectedly weak", Some("the company"), Partial, Some("saying")),
    // an ampersand inside a firm's name
    ("Harmon & Pike chairman Ann Lee wrote that it was “a year of hard lessons.”", "a year of hard lessons.", Some("Ann Lee"), Partial, Some("wrote")),
    ("“We disagree,” Johnson & Johnson said.", "We disagree", Some("Johnson & Johnson"), Direct, Some("said")),
    // particles do not count towards the four words a name keeps
    ("Maria Luisa de la Cruz Herrera said the plan was “a disaster”.", "a disaster", Some("Maria Luisa de la Cruz Herrera"), Partial, Some("said")),
    // a sentence of short words is no title (`job` would be capitalised in one)
    ("“We are staying,” Tom Hale said. “There is a job to do.”", "There is a job to do.", Some("Tom Hale"), Direct, Some("said")),
    // honorifics and offices of other countries are titles (`Sir`, `Shri`, `Taoiseach`)
    ("“We will appeal,” said Sir Tom Hale.", "We will appeal", Some("Tom Hale"), Direct, Some("said")),
    ("Taoiseach Ann Lee said the plan was “a good deal”.", "a good deal", Some("Ann Lee"), Partial, Some("said")),
    // a party in brackets after a name whose clause ends in a participle cue
    ("Rep. Ann Lee (D-N.Y.) reacted to the news, saying: “He should be in prison.”", "He should be in prison.", Some("Ann Lee"), Direct, Some("saying")),
    // a short phrase a person brands, dismisses or condemns as: their words
    ("Ann Lee branded the plan “a disaster”.", "a disaster", Some("Ann Lee"), Partial, Some("branded")),
    ("Tom Hale dismissed the idea as “absurd.”", "absurd.", Some("Tom Hale"), Partial, Some("dismissed")),
    // a description, then the name in apposition: the name speaks, the description is its title
    ("The chair, Ann Lee, said the findings would be “taken seriously.”", "taken seriously.", Some("Ann Lee"), Partial, Some("said")),
    ("Her husband, footballer Tom Hale, added: “We are proud.”", "We are proud.", Some("Tom Hale"), Direct, Some("added")),
    ("The Kansas City Board of Trade, KCBT, said it would be “at a disadvantage.”", "at a disadvantage.", Some("the Kansas City Board of Trade"), Partial, Some("said")),
    // ... and a later pronoun stands for that name
    ("The mayor, Ann Lee, has defended the plans. “It is fair,” she said.", "It is fair", Some("Ann Lee"), Direct, Some("said")),
    ("Tom Hale called it folly. His successor, Ann Lee, has been less kind. “It is a hole,” she said.", "It is a hole", Some("Ann Lee"), Direct, Some("said")),
    // `went on to say`: the subject of `went on to` is the speaker's
    ("The email went on to say, “Today we stop.”", "Today we stop.", Some("the email"), Direct, Some("say")),
    ("Ann Lee spoke. She then went on to say: “We will rebuild.”", "We will rebuild.", Some("Ann Lee"), Direct, Some("say")),
    // a short whole sentence in marks goes on from the quote before it
    ("“This must stop,” said Ann Lee. “Nobody listens.”", "Nobody listens.", Some("Ann Lee"), Direct, Some("said")),
    // one capitalised word in marks after a sentence's end is speech, not a nickname
    ("“Yes,” said Ann Lee. “No,” Lee added.", "No", Some("Ann Lee"), Direct, Some("added")),
    // the phrase that tells who someone is stops before their verb
    ("A spokeswoman for the bank declined to comment, saying only: “We do not comment on rumours.”", "We do not comment on rumours.", Some("A spokeswoman"), Direct, Some("comment")),
    // honorifics written without a period, as British papers do, are titles
    ("Ms Patel arrived late. “I never expected this,” she said.", "I never expected this", Some("Patel"), Direct, Some("said")),
    ("Dr Ana Ruiz said: “We must prepare.”", "We must prepare.", Some("Ana Ruiz"), Direct, Some("said")),
    // an abbreviation's period before a closing mark ends the quoted sentence
    ("Ann Dale said: “No.” Bob Ruiz said: “Yes.”", "No.", Some("Ann Dale"), Direct, Some("said")),
    // `she` and `he` go to the last subject whose given name, honorific or role agrees
    ("Ana Ruiz pledged her vote. Tom Hale disagreed. “We must close this,” she said.", "We must close this", Some("Ana Ruiz"), Direct, Some("said")),
    ("Mr. Hale spoke. Ana Ruiz disagreed. “It is not over,” he said.", "It is not over", Some("Hale"), Direct, Some("said")),
    // a subject with an apposition holding a place and its state
    ("Hale spoke. Ana Ruiz, a nurse from Dover, Delaware, is backing the plan.\n\n“It will work,” she said.", "It will work", Some("Ana Ruiz"), Direct, Some("said")),
    // a surname opening a sentence is a subject; a name in a title-case headline is not its full form
    ("Tom Perez spoke first. Bob Ray spoke next. Perez visited the plant. “It is coming back,” he said.", "It is coming back", Some("Tom Perez"), Direct, Some("said")),
    ("The Stunning Thing Hale Said About Farms\n\nTom Hale came to town. “Farms matter,” Hale said.", "Farms matter", Some("Tom Hale"), Direct, Some("said")),
    // role noun resolution
    ("Suhail Shaheen, the group’s spokesperson, spoke. “We are committed to it,” the spokesperson said.", "We are committed to it", Some("Suhail Shaheen"), Direct, Some("said")),
    // documents: read the report / the letter reads / an excerpt from the letter says / it says
    ("“The Taliban consulted with al Qaeda,” read the report.", "The Taliban consulted with al Qaeda", Some("the report"), Direct, Some("read")),
    ("“We are committed to a solution,” the letter reads.", "We are committed to a solution", Some("the letter"), Direct, Some("reads")),
    ("“We are fully confident,” an excerpt from the letter says.", "We are fully confident", Some("the letter"), Direct, Some("says")),
    ("A UN report came out. The UN report says so. “Al-Qaeda is gaining strength,” it says.", "Al-Qaeda is gaining strength", Some("the UN report"), Direct, Some("says")),
    // a bare document noun points back, never forward to a document named later
    ("“The talks went well,” the report said. The Pentagon report disagreed.", "The talks went well", Some("the report"), Direct, Some("said")),
    ("An EU report came out. “The talks went well,” the report said. The Pentagon report disagreed.", "The talks went well", Some("the EU report"), Direct, Some("said")),
    // according to X
    ("The U.S. struck fighters who were “actively attacking” a checkpoint, according to Col. Sonny Leggett.", "actively attacking", Some("Sonny Leggett"), Partial, Some("according to")),
    // X told Y that “…”
    ("Suhail Shaheen, the group’s spokesperson, told SAMAA Digital that the report “is not based on ground realities”.", "is not based on ground realities", Some("Suhail Shaheen"), Partial, Some("told")),
    // X said in a statement / X added / X wrote on Twitter
    ("“Prices will rise,” Jessica Moreno, an industry analyst, said in a statement.", "Prices will rise", Some("Jessica Moreno"), Direct, Some("said")),
    ("“There will be more,” Mir added.", "There will be more", Some("Mir"), Direct, Some("added")),
    ("“Welcome to the club,” Ann Lee wrote on Twitter.", "Welcome to the club", Some("Ann Lee"), Direct, Some("wrote")),
    // partial quote inside reported speech takes the clause's speaker
    ("Zalmay Khalilzad, the special envoy, said officials believe “there is progress” in the talks.", "there is progress", Some("Zalmay Khalilzad"), Partial, Some("said")),
    // organisation speaker, short quote with a source
    ("It has an “enduring interest” in attacking troops, the Pentagon said Wednesday.", "enduring interest", Some("the Pentagon"), Partial, Some("said")),
    // split quote: “A,” he said. “B.”
    ("Ann Lee spoke. “We left early,” she said. “We came back late.”", "We came back late.", Some("Ann Lee"), Direct, Some("said")),
    // the cue in the previous sentence, ending with a colon
    ("Ann Lee took questions at length, and she added:\n\n“The talks remain fragile and the violence is high.”", "The talks remain fragile and the violence is high.", Some("Ann Lee"), Direct, Some("added")),
    // block quote: a paragraph of speech after quotes of one speaker
    ("“We will stay,” Ann Lee said.\n\n“The troops are needed there for a long time.”", "The troops are needed there for a long time.", Some("Ann Lee"), Block, None),
    // multi-paragraph quote
    ("Ann Lee said: “The first part of it.\n\n“The second part of it.”", "The second part of it.", Some("Ann Lee"), Direct, Some("said")),
    // a closing mark with no opening one, and an opening mark typed for a closing one
    ("“Our goal is clear,” Ann Lee said. While no ally wants to stay, we will not leave.”", "While no ally wants to stay, we will not leave.", Some("Ann Lee"), Direct, Some("said")),
    ("Ann Lee spoke. “They hold people together on this point, “she said.", "They hold people together on this point", Some("Ann Lee"), Direct, Some("said")),
    // names with particles and hyphens stay whole; titles go to speaker_title
    ("“It is done,” said Hamza bin Laden.", "It is done", Some("Hamza bin Laden"), Direct, Some("said")),
    ("“We will not leave,” NATO Secretary General Jens Stoltenberg said.", "We will not leave", Some("Jens Stoltenberg"), Direct, Some("said")),
    ("“Our country will not be used,” Taliban spokesman Zabiullah Mujahid told AFP.", "Our country will not be used", Some("Zabiullah Mujahid"), Direct, Some("told")),
    // a speaker named only later
    ("“The ties are close,” said the head of the UN panel.\n\nEdmund Fitton-Brown, the head of the panel, spoke later.", "The ties are close", Some("Edmund Fitton-Brown"), Direct, Some("said")),
    // lower-case words describing a name go to the title
    ("“We run a lean campaign,” super PAC spokeswoman Ann Lee said.", "We run a lean campaign", Some("Ann Lee"), Direct, Some("said")),
    ("“Forget about it,” said retired surgeon Ben Stone, asked about it.", "Forget about it", Some("Ben Stone"), Direct, Some("said")),
    // a role with a phrase after it, then the name
    ("He was “in charge” there, said another witness in the probe, former adviser Ann Lee.", "in charge", Some("Ann Lee"), Partial, Some("said")),
    // a capitalised word that is also a verb (`State`) stays inside the role before the name
    ("It came despite a statement by the secretary of State of the new government, Ann Lee, that it had broken “with the armed groups.”", "with the armed groups.", Some("Ann Lee"), Partial, Some("statement")),
    // a person described, not named, is kept as written: `one ...`, `one of ...`, `a ...`, an age
    ("“It was the right call,” said one former senior agency official.", "It was the right call", Some("one former senior agency official"), Direct, Some("said")),
    ("“There is no path for him,” said one of those advisers, who asked not to be named.", "There is no path for him", Some("one of those advisers"), Direct, Some("said")),
    ("Ann Lee, an adviser to the mayor, spoke. “We have a ton of work to do,” said a longtime adviser.", "We have a ton of work to do", Some("a longtime adviser"), Direct, Some("said")),
    ("“We show our anger,” said the 46-year-old.", "We show our anger", Some("the 46-year-old"), Direct, Some("said")),
    // the subject of the clause speaks a partial quote, whatever its verb
    ("Ann Lee decried the party for “turning its back on the working class.”", "turning its back on the working class.", Some("Ann Lee"), Partial, Some("decried")),
    ("The accord forces the rebels to “send a clear message” to the world.", "send a clear message", Some("the accord"), Partial, Some("forces")),
    // a subject and a colon: `X went even further: “…”`, `As X put it: “…”`
    ("Tom Hale went even further: “If he goes forward and loses, it is the end.”", "If he goes forward and loses, it is the end.", Some("Tom Hale"), Direct, Some("went")),
    ("As Tom Hale, the No. 2 in the party, put it: “This person will not be confirmed.”", "This person will not be confirmed.", Some("Tom Hale"), Direct, Some("put")),
    // a participle's subject opens the sentence
    ("On Thursday, Ann Lee endorsed Tom Hale, saying, “He is what this country needs.”", "He is what this country needs.", Some("Ann Lee"), Direct, Some("saying")),
    // an apposition with commas of its own between the subject and its cue
    ("Dean Ray, a salesman from Sumter, South Carolina, says the senator will “leave here with momentum.”", "leave here with momentum.", Some("Dean Ray"), Partial, Some("says")),
    // an apposition of several commas, closed by the cue
    ("“Water is hard to find,” study author Ana Ruiz, a scientist at the Center in Dover, Delaware, and Lake University in Washington, D.C., said.", "Water is hard to find", Some("Ana Ruiz"), Direct, Some("said")),
    // the sentence's attribution at its end wins over a cue inside the reported words
    ("Tom Hale was known for telling others “he was in charge of the region” while abroad, said another witness, former adviser Ana Ruiz.", "he was in charge of the region", Some("Ana Ruiz"), Partial, Some("said")),
    ("“I could not afford it,” said one former campaign staffer, who asked not to be named.", "I could not afford it", Some("one former campaign staffer"), Direct, Some("said")),
    // a subject before an auxiliary is an antecedent of `he`
    ("Bob Ray spoke. Tom Hale is selling the house.\n\n“I am free,” he told a TV station.", "I am free", Some("Tom Hale"), Direct, Some("told")),
    // a place after a preposition is not part of the name
    ("The envoy to Peru Karl Vance spoke first. “It was wrong,” Vance said.", "It was wrong", Some("Karl Vance"), Direct, Some("said")),
    // a title abbreviation opens the name; a `who` clause between the name and its cue
    ("Troops fell to 8,600, Gen. Ken Mack, who heads the command, said.\n\nHowever, “talks must go on,” he added.", "talks must go on", Some("Ken Mack"), Direct, Some("added")),
    // after `?”` the attribution starts a new sentence
    ("“Is it two? Three?” Ann Lee asks as a man walks in.", "Is it two? Three?", Some("Ann Lee"), Direct, Some("asks")),
    // a role with a qualifier is kept as written when no one was given that role
    ("Ann Lee spoke first. “It is a hard issue,” said the Florida senator.", "It is a hard issue", Some("the Florida senator"), Direct, Some("said")),
    // an affiliation in brackets between the name and its cue
    ("“We will not wait,” Sen. Ann Lee (D-Nev.) said.", "We will not wait", Some("Ann Lee"), Direct, Some("said")),
    ("Sen. Bo Ray (R-Tex.) said: “We will not wait for them.”", "We will not wait for them.", Some("Bo Ray"), Direct, Some("said")),
    // a quote with no cue after a sentence where a subject speaks
    ("Ana Ruiz agreed with the plan. “It will help the town a lot.”", "It will help the town a lot.", Some("Ana Ruiz"), Direct, Some("agreed")),
    ("Ana Ruiz praised the mayor for the work.\n\n“We need someone who gets things done.”", "We need someone who gets things done.", Some("Ana Ruiz"), Direct, Some("praised")),
    // a cue set off by commas, its speaker after it
    ("The point, says Tom Hale, a historian, is that she was “the most powerful aide in the house.”", "the most powerful aide in the house.", Some("Tom Hale"), Partial, Some("says")),
    // an age before an apposition: the name is still the subject
    ("Tom Hale spoke. Bo Ray, 58, who lives in Dover, says he likes it.\n\n“It is a fair deal,” he said.", "It is a fair deal", Some("Bo Ray"), Direct, Some("said")),
    // an organisation by its common noun; a description with no role noun is kept as written
    ("“We are ready,” said Ann Lee.\n\n“We have no comment on it,” the company said.", "We have no comment on it", Some("the company"), Direct, Some("said")),
    ("“We are ready,” said Ann Lee.\n\n“It is over for us,” the man said.", "It is over for us", Some("the man"), Direct, Some("said")),
    // less common speech verbs
    ("“Go back to your seat,” Tom Hale barked.", "Go back to your seat", Some("Tom Hale"), Direct, Some("barked")),
    // after `?”` the attribution must be in the same paragraph
    ("“Why should I be surprised at all?”\n\nThe agency said it would act.", "Why should I be surprised at all?", None, Direct, None),
    // a name after a possessive: an organisation's, or a person's description
    ("“It will not pass,” said Dover University's Ana Ruiz.", "It will not pass", Some("Ana Ruiz"), Direct, Some("said")),
    ("“It will not pass,” said Ann Lee’s top policy aide Tom Hale.", "It will not pass", Some("Tom Hale"), Direct, Some("said")),
    // after `…”` the attribution starts a new sentence
    ("“I am going to look at a lot of people…” Ann Lee said.", "I am going to look at a lot of people…", Some("Ann Lee"), Direct, Some("said")),
    // the comma closing a role's name before the cue
    ("“We will compete there,” the party’s chairman, Tom Hale, said in an interview.", "We will compete there", Some("Tom Hale"), Direct, Some("said")),
    // a sentence ending in `:` with no cue: its subject
    ("Tom Hale released the following statement:\n\n“We offer our condolences to the family.”", "We offer our condolences to the family.", Some("Tom Hale"), Direct, Some("released")),
    // more role nouns
    ("“We cannot have that in the Senate,” said the New York businessman, who campaigned here.", "We cannot have that in the Senate", Some("the New York businessman"), Direct, Some("said")),
    // someone new, described: the phrase that tells who they are runs on
    ("“The drop is real,” said a person close to the family.", "The drop is real", Some("a person close to the family"), Direct, Some("said")),
    ("“The facts have not changed,” a spokesman for the committee said.", "The facts have not changed", Some("a spokesman for the committee"), Direct, Some("said")),
    ("“We have work to do,” said a longtime adviser to the mayor, who asked not to be named.", "We have work to do", Some("a longtime adviser to the mayor"), Direct, Some("said")),
    // straight marks and a nested quote
    ("\"He said, 'Congratulations,' to me,\" Maria Lopez said.", "He said, 'Congratulations,' to me", Some("Maria Lopez"), Direct, Some("said")),
    // a function word opening a sentence is no name
    ("Nobody asked about the plan, so Tom Hale raised it. He called it “a real mistake for the town.”", "a real mistake for the town.", Some("Tom Hale"), Partial, Some("called")),
    // a full name after a determiner and words that describe it
    ("Tom Hale spoke first. “He had so many plans,” his friend Ana Ruiz told the paper.", "He had so many plans", Some("Ana Ruiz"), Direct, Some("told")),
    // someone new with a capitalised noun
    ("“They have been slow to act on it,” one senior Republican said.", "They have been slow to act on it", Some("one senior Republican"), Direct, Some("said")),
    // a full name and the place it is of
    ("“I think she should have run,” said Jason Dale of Dover.", "I think she should have run", Some("Jason Dale"), Direct, Some("said")),
    // a full name of a firm: the person, not the firm's last words
    ("“The Fed is neutral,” said Dana Boyle of First Boston Corp.", "The Fed is neutral", Some("Dana Boyle"), Direct, Some("said")),
    // `one` or `another` alone before a cue is the speaker; a participle never comes before its speaker
    ("Dealers met. “Anything is possible,” one said.", "Anything is possible", Some("one"), Direct, Some("said")),
    ("“There is a limit,” another said, adding that Lima had benefited.", "There is a limit", Some("another"), Direct, Some("said")),
    // `he` goes to the name set off by commas before `said`, or after an inverted `said`
    ("Lima unveils a plan, the head of the institute, Tom Ruiz Verde, said.\n\n“The target is exports,” he said.", "The target is exports", Some("Tom Ruiz Verde"), Direct, Some("said")),
    ("Lima unveils a plan, said Tom Ruiz, head of the institute.\n\n“The target is exports,” he said.", "The target is exports", Some("Tom Ruiz"), Direct, Some("said")),
    // ... but not to the object of `said` or `mocked`, nor to a place after a comma
    ("Tom Hale, who leads, mocked Bo Ray for it. And he said that “the plan is dead.”", "the plan is dead.", Some("Tom Hale"), Partial, Some("said")),
    ("Ana Ruiz, a nurse from Lenox, New York, said the law helps.\n\n“It works,” she said.", "It works", Some("Ana Ruiz"), Direct, Some("said")),
    // an adverb between an organisation's noun and its cue; an apposition whose closing comma is left out
    ("“We are here to stay,” the company also said.", "We are here to stay", Some("the company"), Direct, Some("said")),
    // a market role noun and the phrase that tells where they work
    ("“There is little turnover,” a dealer at a big bank said.", "There is little turnover", Some("a dealer at a big bank"), Direct, Some("said")),
    ("“It is disappointing,” said chairman Nicholas Gallo III.", "It is disappointing", Some("Nicholas Gallo III"), Direct, Some("said")),
    // the object of a sentence-opening preposition is no speaker
    ("Tom Hale spoke first. In a separate interview Hale said: “The deficit is growing.”", "The deficit is growing.", Some("Tom Hale"), Direct, Some("said")),
    ("“It is not a taboo,” Peter Hale, spokesman for the bank said.", "It is not a taboo", Some("Peter Hale"), Direct, Some("said")),
    // an apposition between dashes, an affiliation in brackets before an apposition, a `who` clause with commas
    ("Jason Sims — a teacher from Dover — says the endorsement was “a big deal.”", "a big deal.", Some("Jason Sims"), Partial, Some("says")),
    ("Rep. Ann Lee (D-Md.), chair of the panel, said that it was “open to every view.”", "open to every view.", Some("Ann Lee"), Partial, Some("said")),
    ("Tom Hale, who lives outside the capital, Dover, said he still “hopes the plan ends well.”", "hopes the plan ends well.", Some("Tom Hale"), Partial, Some("said")),
    // a verb and its particle as the cue
    ("Ann Lee spoke. “It happens, right?” Tom Hale went on. “But you get over it.”", "It happens, right?", Some("Tom Hale"), Direct, Some("went on")),
    ("“He wants to be a tough guy tonight,” Tom Hale shot back.", "He wants to be a tough guy tonight", Some("Tom Hale"), Direct, Some("shot back")),
    // a block quote after one paragraph of narration, with blank lines between paragraphs
    ("“He has the appeal,” Tom Hale notes.\n\nHale is upbeat about the race.\n\n“He is the one with the best chance of winning.”", "He is the one with the best chance of winning.", Some("Tom Hale"), Block, None),
    // more speech verbs, the narration-like ones only beside the quote
    ("“This is fantastic!” beamed Tom Hale, who came early.", "This is fantastic!", Some("Tom Hale"), Direct, Some("beamed")),
    ("“Ask them about it,” Ann Lee deadpanned.", "Ask them about it", Some("Ann Lee"), Direct, Some("deadpanned")),
    // after `?”` (a nested quote closing first too), a name with an apposition before its cue
    ("He stopped. “He said, ‘How do we win the county?’” Will Dale, the chairman for the northern suburb, said of it.", "He said, ‘How do we win the county?’", Some("Will Dale"), Direct, Some("said")),
    // a cue word after a possessive is a noun when a later cue has a subject
    ("Responding to Tom Hale’s remarks, Ann Lee wrote: “We have had no say in it.”", "We have had no say in it.", Some("Ann Lee"), Direct, Some("wrote")),
    // a preposition opening a sentence is no part of the name after it
    ("Like Tom Hale, Ann Lee argued that there is “room for the plan” in the law.", "room for the plan", Some("Ann Lee"), Partial, Some("argued")),
    // an office `of` a place or body before the name; `of the` inside a body's name
    ("“Rates will stay low,” Chancellor of the Exchequer Tom Hale said.", "Rates will stay low", Some("Tom Hale"), Direct, Some("said")),
    ("“Rates will stay low,” Chief Justice of Canada Ann Lee said.", "Rates will stay low", Some("Ann Lee"), Direct, Some("said")),
    ("“Rates will fall,” Chairman of the Stock Exchange of Port Dover Tom B. Hale said.", "Rates will fall", Some("Tom B. Hale"), Direct, Some("said")),
    ("“We will sue,” Friends of the Earth said.", "We will sue", Some("Friends of the Earth"), Direct, Some("said")),
    ("“It will pass,” said Ann Meier of the Social Democrats.", "It will pass", Some("Ann Meier"), Direct, Some("said")),
    ("Haruo Kimura spoke. “It is hard to compete,” said Kimura of the Bank of Dover.", "It is hard to compete", Some("Haruo Kimura"), Direct, Some("said")),
    // a dateline's hyphen starts the clause; a name cut short is the start of the longer one
    ("DOVER - Republican candidate Tom Hale on Saturday tweeted an image with the words “most corrupt ever!” to fans.", "most corrupt ever!", Some("Tom Hale"), Partial, Some("tweeted")),
    ("DOVER, March 3 - The National Association of Tile Dealers said all exchanges should adopt a “one-share, one-vote” rule.", "one-share, one-vote", Some("the National Association of Tile Dealers"), Partial, Some("said")),
    ("DOVER, June 1 - Dover's Oil Minister Tom Hale said the plan was “a success.”", "a success.", Some("Tom Hale"), Partial, Some("said")),
    ("DOVER, June 1 - Horn and Hale Co said the plan was “a success.”", "a success.", Some("Horn and Hale Co"), Partial, Some("said")),
    ("DOVER, June 1 - Ann Lee of Lee Management and Research Inc said there were “a lot of losses out there.”", "a lot of losses out there.", Some("Ann Lee"), Partial, Some("said")),
    ("Republican spokesman Tom Hale -- as Ann Lee's campaign noted this week -- even called Lee the “clear winner” of it.", "clear winner", Some("Tom Hale"), Partial, Some("noted")),
    // a titled name after a dateline is a subject for `he`; a firm's `Inc` makes it an organisation for `it`
    ("DOVER, Oct 19 - Federal Reserve Board Vice-Chairman Tom Hale warned against quick fixes.\n\nIn particular, he told a conference, “Trying to depress the dollar would hurt us.”", "Trying to depress the dollar would hurt us.", Some("Tom Hale"), Partial, Some("told")),
    ("DOVER, Oct 19 - Dover Tile Inc posted a loss.\n\n“Demand is weak,” it said.", "Demand is weak", Some("Dover Tile Inc"), Direct, Some("said")),
    // a pronoun points back to the source of the last reported speech, named or not
    ("DOVER, March 11 - The exchange has no comment on the charge, an exchange spokesman said.\n\n“This is a civil action,” he added.", "This is a civil action", Some("an exchange spokesman"), Direct, Some("added")),
    ("A senior official at one of four banks said the ministry told his bank it would act.\n\n“We expect approval by April,” he said.", "We expect approval by April", Some("A senior official at one of four banks"), Direct, Some("said")),
    ("Bookings recovered late in the quarter, the company said. Pricing continues to be “aggressive for many products,” it said.", "aggressive for many products", Some("the company"), Partial, Some("said")),
    ("Ann Lee said the plan would work. Dealers said prices would fall. “We see no floor,” they said.", "We see no floor", Some("Dealers"), Direct, Some("said")),
    ("Tom Hale spoke. A company spokeswoman said sales rose.\n\n“We are doing well,” he said.", "We are doing well", Some("Tom Hale"), Direct, Some("said")),
    ("Tom Hale spoke. The rise in sales, another factor said, was slow.\n\n“We are doing well,” he said.", "We are doing well", Some("Tom Hale"), Direct, Some("said")),
    // a plural role noun opening a sentence is no person for `he`
    ("Tom Hale spoke. Analysts said the plan was weak. “It will pass,” he said.", "It will pass", Some("Tom Hale"), Direct, Some("said")),
    // a cue right before the quote, its subject opening a clause, wins over an earlier cue
    ("At one point, a man asked for a photo and Ann Lee said, “Only if it is quick.”", "Only if it is quick.", Some("Ann Lee"), Direct, Some("said")),
    ("Pressed on the deal, Tom Hale replied: “We have not decided.”", "We have not decided.", Some("Tom Hale"), Direct, Some("replied")),
    // an office of a lower-case thing before a name; capitalised words inside a description
    ("“We must act,” said former secretary of state Ann Lee, who spoke first.", "We must act", Some("Ann Lee"), Direct, Some("said")),
    ("“He is bigger than the party,” said one Dover confidant.", "He is bigger than the party", Some("one Dover confidant"), Direct, Some("said")),
    // a name and a colon with no verb; one word only as a known surname
    ("POLLS - Ann Lee and Tom Hale: “We found that voters care about it.”", "We found that voters care about it.", Some("Ann Lee and Tom Hale"), Direct, Some(":")),
    ("Ann Lee and Tom Hale met.\n\nLee: “Our goal is to win.”", "Our goal is to win.", Some("Ann Lee"), Direct, Some(":")),
    ("Update: “We will win this thing.”", "We will win this thing.", None, Direct, None),
    // a clause between commas is no apposition; a lone capitalised participle is no subject
    ("Speaking at a hall in Dover, Delaware, Ann Lee went after Tom Hale, calling him “a total bore.”", "a total bore.", Some("Ann Lee"), Partial, Some("calling")),
    ("Commenting on the debt Ann Lee said, “It looms large for us.”", "It looms large for us.", Some("Ann Lee"), Direct, Some("said")),
    // one word opening a clause before `also` or a past verb is a person for `he`
    ("“We will win,” said Bo Ray.\n\nHale also took swipes at Ray.\n\n“Everybody is laughing at him,” he said.", "Everybody is laughing at him", Some("Hale"), Direct, Some("said")),
    // two offices joined by `and`, three lower-case words of office before a name
    ("“That is what he did,” said former Dover Gov. and Party Chairman Tom Hale.", "That is what he did", Some("Tom Hale"), Direct, Some("said")),
    ("“I cannot imagine it,” former State policy planning director Ann Lee wrote.", "I cannot imagine it", Some("Ann Lee"), Direct, Some("wrote")),
    // someone new placed by a phrase before the cue; a relative named in apposition
    ("“Will he be the next one?” a party staffer in the room wondered.", "Will he be the next one?", Some("a party staffer in the room"), Direct, Some("wondered")),
    ("“We need him at home,” his wife, Ana Ruiz, wrote in a letter.", "We need him at home", Some("Ana Ruiz"), Direct, Some("wrote")),
    // a cue opening the sentence before its speaker
    ("It was painful. Said Ann Lee, “The thought of it is painful.”", "The thought of it is painful.", Some("Ann Lee"), Partial, Some("Said")),
    // `as X puts it`; a name before a verb in -s and its object is no group
    ("As the Dover Post’s Ann Lee puts it, “Senate leaders are unmoved.”", "Senate leaders are unmoved.", Some("Ann Lee"), Partial, Some("puts")),
    ("Tom Hale spoke. Ann Lee forwards an email with the line “Photo gone viral!”", "Photo gone viral!", Some("Ann Lee"), Partial, Some("forwards")),
    // an apposition whose closing comma is left out before the cue, after a name
    ("“This ad raises questions,”Ann Lee, who is chairman of Dover Partners said in a statement.", "This ad raises questions", Some("Ann Lee"), Direct, Some("said")),
    // a role with a name in apposition: the name speaks
    ("The chief executive, Ann Lee, said the results were “disappointing”.", "disappointing", Some("Ann Lee"), Partial, Some("said")),
    ("Its chief executive, Ann Lee, said: “We missed.”", "We missed.", Some("Ann Lee"), Direct, Some("said")),
    ("“I don’t know,” admitted one voter, Ana Ruiz, 43.", "I don’t know", Some("Ana Ruiz"), Direct, Some("admitted")),
    // further phrases in marks in the sentence of a partial quote have its source
    ("Ann Lee said the plan was “deeply flawed” and “unworkable”.", "unworkable", Some("Ann Lee"), Partial, Some("said")),
    ("Ann Lee called it “flawed”, “costly” and “a danger to every patient”.", "a danger to every patient", Some("Ann Lee"), Partial, Some("called")),
    // the second piece of a quote split by its attribution is direct, as the first is
    ("“I think,” Ann Lee said of the plan, “that we can do better.”", "that we can do better.", Some("Ann Lee"), Direct, Some("said")),
    ("“It works,” Ann Lee said, adding that the plan was “far from perfect.”", "far from perfect.", Some("Ann Lee"), Partial, Some("said")),
    // `the ministry`, `the bank`: the organisation named before whose name holds the noun
    ("The Health Ministry urged calm. “There is no reason to panic,” the ministry said.", "There is no reason to panic", Some("the Health Ministry"), Direct, Some("said")),
    ("The Bank of Dover cut rates. “Growth is slowing,” the bank said.", "Growth is slowing", Some("the Bank of Dover"), Direct, Some("said")),
    ("“Growth is slowing,” the bank said.", "Growth is slowing", Some("the bank"), Direct, Some("said")),
    // a pronoun with no one before it: the role opening the sentence before it
    ("The minister was blunt. “We will not back down,” she told reporters.", "We will not back down", Some("the minister"), Direct, Some("told")),
    // a name after a dash, ending the sentence, signs the quote; a cue after it is still the cue
    ("“Nobody is above the law.” — Ann Lee, a nurse", "Nobody is above the law.", Some("Ann Lee"), Direct, Some("—")),
    ("“We are ready” — Ann Lee insisted — “to fight.”", "We are ready", Some("Ann Lee"), Direct, Some("insisted")),
];

#[test]
fn table() {
    let mut failed = Vec::new();
    for &(text, quote, speaker, kind, cue) in CASES {
        let doc = crate::analyze(text);
        let Some(q) = doc.quotes.iter().find(|q| q.text == quote) else {
            failed.push(format!(
                "{text:?}: no quote {quote:?} in {:?}",
                doc.quotes.iter().map(|q| &q.text).collect::<Vec<_>>()
            ));
            continue;
        };
        let got = (q.speaker.as_deref(), q.kind, q.cue.as_ref().map(|c| c.text.as_str()));
        if got != (speaker, kind, cue) {
            failed.push(format!("{text:?}: got {got:?}, want {:?}", (speaker, kind, cue)));
        }
    }
    assert!(failed.is_empty(), "{} failed:\n{}", failed.len(), failed.join("\n"));
}

#[test]
fn unused_resolution_is_serialisable() {
    assert_eq!(serde_json::to_string(&Resolution::None).unwrap(), "\"none\"");
}

/// Not quotes: titles in marks and unsourced scare quotes.
const NOT_QUOTES: &[(&str, &str)] = &[
    (
        "Trump hailed the historic “Agreement for Bringing Peace to Afghanistan” with the Taliban.",
        "Agreement for Bringing Peace to Afghanistan",
    ),
    (
        "He is the author of the upcoming book “The Recruiter: Espionage and the Lost Art of US Intelligence.”",
        "The Recruiter: Espionage and the Lost Art of US Intelligence.",
    ),
    ("The so-called “peace deal” was signed.", "peace deal"),
    ("Taliban, al-Qaeda maintain 'close ties' despite peace deal promises", "close ties"),
    ("Ann Lee, who hosts the podcast “So, That Happened,” said the race was over.", "So, That Happened"),
    ("Rivals have dubbed him “Hypo-Hale” since the debate, Tom Hale said.", "Hypo-Hale"),
    // a short phrase that a passive names something with, whatever the sentence's cue
    (
        "The scheme, which has been described as a “back door” for fraud, will end, the government announced.",
        "back door",
    ),
    ("The product, called a “clinalyzer,” is an automated analyzer, the company said.", "clinalyzer"),
    // a lone letter, a nickname between a given name and a surname
    ("Dover Tile Inc said in a statement that its “B” shares would be listed.", "B"),
    ("DOVER - Ann Lee may have thought the worst was over when she beat Jose “Chuy” Garcia.", "Chuy"),
    // a weak cue in the passive: the subject is not the speaker
    ("Tom Hale is certain to be questioned about aid to the “contra” rebels.", "contra"),
];

#[test]
fn not_quotes() {
    for &(text, quote) in NOT_QUOTES {
        let doc = crate::analyze(text);
        assert!(doc.quotes.iter().all(|q| q.text != quote), "{text:?}: {quote:?} taken for a quote");
    }
}

#[test]
fn apostrophes_are_not_marks() {
    let doc = crate::analyze("Al-Qaeda’s men fought in the ’90s and the officials’ cars left. Don't go.");
    assert!(doc.quotes.is_empty(), "{:?}", doc.quotes);
}

#[test]
fn never_panics_and_spans_slice_the_text() {
    let many = "“".repeat(10_000);
    let straight = "\" ".repeat(5_000);
    let inputs = [
        "",
        "“",
        "”",
        "\"",
        "'",
        "“A,” he said. “B.”\r\n\r\n“C,” 😀 said Zoë.",
        "😀“😀”😀 ‘’ «»",
        many.as_str(),
        straight.as_str(),
        "“a “b “c ” d ” e",
        "x ” y ” z “",
        "\"\"\"\"\"",
    ];
    for text in inputs {
        let doc = crate::analyze(text);
        for q in &doc.quotes {
            assert_eq!(&text[q.span.range()], q.text);
            assert!(q.outer.outer_start <= q.span.start && q.span.end <= q.outer.outer_end);
            for m in [&q.speaker_mention, &q.cue, &q.addressee].into_iter().flatten() {
                assert_eq!(&text[m.span.range()], m.text);
            }
        }
        let _ = doc.with_char_offsets();
    }
}

#[test]
fn seeds_every_span_slices_its_text() {
    for (_, text) in crate::seeds() {
        let doc = crate::analyze(text);
        assert!(!doc.quotes.is_empty());
        for q in &doc.quotes {
            assert_eq!(&text[q.span.range()], q.text);
            for m in [&q.speaker_mention, &q.cue, &q.addressee].into_iter().flatten() {
                assert_eq!(&text[m.span.range()], m.text);
            }
        }
    }
}

#[test]
fn words_counted_as_split_whitespace_cuts_them() {
    for s in [
        "",
        " ",
        "one",
        " two  words ",
        "a\tb\nc\r\nd",
        "nbsp\u{a0}split",
        "em\u{2003}space é ü",
        "“quoted,” he said.",
        "  several words here\n\nand there, far more than eight bytes\x0b x  ",
        "aaaaaaa bbbbbbbb\u{a0}cccccccc   dddddddd",
    ] {
        for max in [0, 1, 2, 3, 15] {
            assert_eq!(super::count_words(s, max), s.split_whitespace().count().min(max), "{s:?} {max}");
        }
    }
}

#[test]
fn addressee_after_an_apposition() {
    let doc = crate::analyze("“We counted 12 fighters,” Ann Lee, the envoy, told reporters.");
    let q = &doc.quotes[0];
    assert_eq!(q.addressee.as_ref().map(|a| a.text.as_str()), Some("reporters"));
    assert_eq!(q.speaker_title.as_deref(), Some("the envoy"));
}

#[test]
fn an_age_is_no_title() {
    let doc = crate::analyze("Mona Lee, 59, said: “I was shocked.”");
    assert_eq!(doc.quotes[0].speaker.as_deref(), Some("Mona Lee"));
    assert_eq!(doc.quotes[0].speaker_title, None);
    let doc = crate::analyze("Mona Lee, 59, a nurse from Ohio, said: “I was shocked.”");
    assert_eq!(doc.quotes[0].speaker_title.as_deref(), Some("a nurse from Ohio"));
}

#[test]
fn the_paragraphs_of_one_quote_share_its_group_and_its_source() {
    let text = "The vote came late.\n\n“We waited too long. The road floods.\n\n“Now we have the money,” said Ann Lee.\n\n“It opens next year.”";
    let doc = crate::analyze(text);
    let found: Vec<_> =
        doc.quotes.iter().map(|q| (q.text.as_str(), q.group, q.speaker.as_deref(), q.resolution)).collect();
    assert_eq!(
        found,
        [
            ("We waited too long. The road floods.", 0, Some("Ann Lee"), Resolution::Continuation),
            ("Now we have the money", 0, Some("Ann Lee"), Resolution::Explicit),
            ("It opens next year.", 1, Some("Ann Lee"), Resolution::Continuation),
        ]
    );
}

#[test]
fn the_pieces_of_a_quote_split_by_its_attribution_share_a_group() {
    let doc = crate::analyze("“I think,” Ann Lee said, “that we can do better.” “No,” Tom Hale said. “Never.”");
    let groups: Vec<_> = doc.quotes.iter().map(|q| (q.text.as_str(), q.group)).collect();
    assert_eq!(groups, [("I think", 0), ("that we can do better.", 0), ("No", 1), ("Never.", 1)]);
}

#[test]
fn speakers_collected_as_by_sets() {
    use crate::quote::{collect_speakers, Mention, OuterSpan, Quote, QuoteFlags, SpeakerKind};
    use std::collections::{HashMap, HashSet};
    // Many speakers, titles and mentions: past the lists searched while few.
    let quote = |k: usize| {
        let name = format!("Name{}", k % 23);
        let mention = Mention { span: crate::Span::new(k % 19, k % 19 + 2), text: format!("m{}", k % 19) };
        Quote {
            span: crate::Span::new(0, 1),
            text: String::new(),
            outer: OuterSpan::default(),
            kind: QuoteKind::Direct,
            group: 0,
            speaker: (k % 7 != 0).then_some(name),
            speaker_mention: (k % 5 != 0).then_some(mention),
            speaker_title: (k % 3 != 0).then(|| format!("title {}", k % 37)),
            speaker_kind: SpeakerKind::Person,
            resolution: Resolution::Explicit,
            cue: None,
            addressee: None,
            sentence: 0,
            numbers: Vec::new(),
            flags: QuoteFlags::default(),
        }
    };
    let quotes: Vec<Quote> = (0..2000).map(quote).collect();
    let speakers = collect_speakers(&quotes);
    // As sets and a map find them, in order of first quote.
    let mut order: Vec<&str> = Vec::new();
    /// A speaker's quotes, titles and mentions.
    type Found<'q> = (Vec<usize>, Vec<&'q str>, Vec<&'q Mention>);
    let mut by_name: HashMap<&str, Found> = HashMap::new();
    let mut seen: HashSet<(&str, &str)> = HashSet::new();
    let mut spans: HashSet<(&str, crate::Span)> = HashSet::new();
    for (qi, q) in quotes.iter().enumerate() {
        let Some(name) = q.speaker.as_deref() else { continue };
        let e = by_name.entry(name).or_insert_with(|| {
            order.push(name);
            Default::default()
        });
        e.0.push(qi);
        if let Some(t) = q.speaker_title.as_deref().filter(|t| seen.insert((name, t))) {
            e.1.push(t);
        }
        if let Some(m) = q.speaker_mention.as_ref().filter(|m| spans.insert((name, m.span))) {
            e.2.push(m);
        }
    }
    assert_eq!(speakers.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), order);
    for s in &speakers {
        let (quotes, titles, mentions) = &by_name[s.name.as_str()];
        assert_eq!(&s.quotes, quotes);
        assert_eq!(s.titles.iter().map(String::as_str).collect::<Vec<_>>(), *titles);
        assert_eq!(s.mentions.iter().collect::<Vec<_>>(), *mentions);
    }
    assert!(speakers.len() > 16 && speakers.iter().any(|s| s.titles.len() > 16 && s.mentions.len() > 16));
}

#[test]
fn the_speakers_table_lists_a_title_once_whatever_opened_its_sentence() {
    let doc = crate::analyze(
        "The chief executive, Ann Lee, said: “We missed.” “It hurts,” the chief executive, Ann Lee, said.",
    );
    assert_eq!(doc.quotes[0].speaker_title.as_deref(), Some("The chief executive"));
    assert_eq!(doc.speakers.len(), 1);
    assert_eq!(doc.speakers[0].titles, ["the chief executive"]);
}

#[test]
fn echoes_found_in_the_joined_sources_as_one_by_one() {
    use crate::quote::{marks, EchoSources, How};
    // Sources with NULs, case to fold, one as long as a needle, and needles running over
    // the end of one source into the next.
    let text = "“Go home.” “Ab\0cd EF” “go” “ÉCOLE go home now” “xy\0z” “GO HOME”";
    let pairs: Vec<marks::Pair> = {
        let sentences = [crate::span::Span::new(0, text.len())];
        let (mut m, mut p, mut e) = (Vec::new(), Vec::new(), Vec::new());
        marks::marks_into(text, &mut m);
        marks::pairs_into(text, &sentences, &m, &mut p, &mut e);
        p
    };
    assert_eq!(pairs.len(), 6);
    let np = crate::quote::speaker::Np {
        span: crate::span::Span::new(0, 0),
        name: crate::span::Span::new(0, 0),
        title: None,
        kind: crate::quote::speaker::NpKind::Name,
        end: 0,
    };
    let found = How::Found(crate::quote::Found { np, cue: np.span, title: None, addressee: None, adjacent: true });
    let hows: Vec<How> = (0..pairs.len()).map(|k| if k == 2 { How::None } else { found }).collect();
    let sources = EchoSources::new(text, &pairs, &hows);
    let one_by_one = |needle: &str| {
        (0..pairs.len()).find(|&o| {
            let l = text[pairs[o].inner.range()].to_lowercase();
            matches!(hows[o], How::Found(_)) && l.len() > needle.len() && l.contains(needle)
        })
    };
    for needle in ["go home", "go", "ab\0c", "cd ef", "d ef\0", "\0", "y\0z", "écol", "z\0", "now", "nothing"] {
        assert_eq!(sources.first_holding(needle), one_by_one(needle), "{needle:?}");
    }
}
