//! One line a case: the text, and the sentences it must give (joined by ` | `).

use super::sentence_spans;

fn split(text: &str) -> String {
    sentence_spans(text).iter().map(|s| &text[s.range()]).collect::<Vec<_>>().join(" | ")
}

fn check(cases: &[(&str, &str)]) {
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|(text, want)| {
            let got = split(text);
            (got != *want).then(|| format!("\n  text: {text:?}\n  want: {want}\n   got: {got}"))
        })
        .collect();
    assert!(failures.is_empty(), "{} of {} cases failed:{}", failures.len(), cases.len(), failures.concat());
}

#[test]
fn plain_ends() {
    check(&[
        ("Hello World. My name is Jonas.", "Hello World. | My name is Jonas."),
        ("What is your name? My name is Jonas.", "What is your name? | My name is Jonas."),
        ("There it is! I found it.", "There it is! | I found it."),
        ("Hello!! Long time no see.", "Hello!! | Long time no see."),
        ("Hello?! Is that you?", "Hello?! | Is that you?"),
        ("No final mark", "No final mark"),
        ("", ""),
        ("   \n\n  ", ""),
        ("She has $100.00. It is in her bag.", "She has $100.00. | It is in her bag."),
        ("She has $100.00 in her bag.", "She has $100.00 in her bag."),
        ("It rose 3.5 percent in version v1.2 today.", "It rose 3.5 percent in version v1.2 today."),
        ("Prices fell in 2019. 2020 was better.", "Prices fell in 2019. | 2020 was better."),
    ]);
}

#[test]
fn titles_and_abbreviations() {
    check(&[
        ("Col. Sonny Leggett said so.", "Col. Sonny Leggett said so."),
        (
            "Gen. Austin Miller and Sen. Lindsey Graham met Dr. Who.",
            "Gen. Austin Miller and Sen. Lindsey Graham met Dr. Who.",
        ),
        ("Gov. Eric Holcomb spoke. He left.", "Gov. Eric Holcomb spoke. | He left."),
        ("I can see Mt. Fuji from here.", "I can see Mt. Fuji from here."),
        ("St. Michael's Church is on 5th st. near the light.", "St. Michael's Church is on 5th st. near the light."),
        ("That is JFK Jr.'s book.", "That is JFK Jr.'s book."),
        ("It happened on Jan. 22 in Doha.", "It happened on Jan. 22 in Doha."),
        ("He ranked No. 5 in the poll.", "He ranked No. 5 in the poll."),
        ("The levy is Rs. 500 a tonne.", "The levy is Rs. 500 a tonne."),
        ("It starts at 9 a.m. Officials expect a deal.", "It starts at 9 a.m. | Officials expect a deal."),
        (
            "It was 5 p.m. Monday, 7 a.m. ET and 5 p.m. New York time.",
            "It was 5 p.m. Monday, 7 a.m. ET and 5 p.m. New York time.",
        ),
        ("Please turn to p. 55.", "Please turn to p. 55."),
        ("Were Jane and co. at the party?", "Were Jane and co. at the party?"),
        ("Let's ask Jane and co. They should know.", "Let's ask Jane and co. | They should know."),
        (
            "They closed the deal with Pitt, Briggs & Co. at noon.",
            "They closed the deal with Pitt, Briggs & Co. at noon.",
        ),
        (
            "They closed the deal with Pitt, Briggs & Co. It closed yesterday.",
            "They closed the deal with Pitt, Briggs & Co. | It closed yesterday.",
        ),
        ("Shares of Acme Inc. rose. The index fell.", "Shares of Acme Inc. rose. | The index fell."),
        (
            "The deal went to Acme Inc. Terms were not disclosed.",
            "The deal went to Acme Inc. | Terms were not disclosed.",
        ),
        ("Samsung Co. Ltd. said so.", "Samsung Co. Ltd. said so."),
        ("apples, pears, etc. Prices rose.", "apples, pears, etc. | Prices rose."),
        ("He lives in Madison, Wis. The city is cold.", "He lives in Madison, Wis. | The city is cold."),
        ("The Calif. Gov. Gavin Newsom spoke.", "The Calif. Gov. Gavin Newsom spoke."),
        (
            "They left at 4:30 a.m. and arrived at 6 p.m. on Monday.",
            "They left at 4:30 a.m. and arrived at 6 p.m. on Monday.",
        ),
        ("They left at 4:30 a.m. She stayed.", "They left at 4:30 a.m. | She stayed."),
        ("The market uses e.g. futures and i.e. options.", "The market uses e.g. futures and i.e. options."),
        ("He said no. Then he left.", "He said no. | Then he left."),
        ("Profit rose 5.3 pct. Analysts expected more.", "Profit rose 5.3 pct. | Analysts expected more."),
        ("It cost 12 mln dlrs. Shares fell.", "It cost 12 mln dlrs. | Shares fell."),
        (
            "It became the Slavonic Dances, Op. 46. These were praised.",
            "It became the Slavonic Dances, Op. 46. | These were praised.",
        ),
    ]);
}

#[test]
fn initialisms_and_initials() {
    check(&[
        ("I live in the U.S. How about you?", "I live in the U.S. | How about you?"),
        ("I work for the U.S. Government in Virginia.", "I work for the U.S. Government in Virginia."),
        ("I have lived in the U.S. for 20 years.", "I have lived in the U.S. for 20 years."),
        ("I visited the U.S.A. last year.", "I visited the U.S.A. last year."),
        ("I live in the E.U. How about you?", "I live in the E.U. | How about you?"),
        (
            "according to U.S. Forces in Afghanistan Spokesman Col. Sonny Leggett.",
            "according to U.S. Forces in Afghanistan Spokesman Col. Sonny Leggett.",
        ),
        ("It was held in Washington D.C. The team won.", "It was held in Washington D.C. | The team won."),
        ("My name is Jonas E. Smith.", "My name is Jonas E. Smith."),
        ("J. R. R. Tolkien wrote it.", "J. R. R. Tolkien wrote it."),
        (
            "We make a good team, you and I. Did you see Albert I. Jones yesterday?",
            "We make a good team, you and I. | Did you see Albert I. Jones yesterday?",
        ),
        ("She gave him the i.v. It was night.", "She gave him the i.v. | It was night."),
        ("She has a Ph.D. in physics.", "She has a Ph.D. in physics."),
    ]);
}

#[test]
fn quotes_and_brackets() {
    check(&[
        ("“We will win,” he said. “They will lose.”", "“We will win,” he said. | “They will lose.”"),
        ("“Is it over?” said Bek. “No.”", "“Is it over?” said Bek. | “No.”"),
        ("Ann Dale said: “No.” Bob Ruiz said: “Yes.”", "Ann Dale said: “No.” | Bob Ruiz said: “Yes.”"),
        ("They called it “the U.S.” Paul did not.", "They called it “the U.S.” | Paul did not."),
        ("“Stop!” she shouted. He stopped.", "“Stop!” she shouted. | He stopped."),
        ("She turned to him, 'This is great.' she said.", "She turned to him, 'This is great.' she said."),
        (
            "She turned to him, \"This is great.\" She held the book out to show him.",
            "She turned to him, \"This is great.\" | She held the book out to show him.",
        ),
        (
            "“It is for Afghanistan. We’re going to stay,” Graham said.",
            "“It is for Afghanistan. | We’re going to stay,” Graham said.",
        ),
        ("He said it was “vividly.” Then he left.", "He said it was “vividly.” | Then he left."),
        (
            "He teaches science (He previously worked for 5 years as an engineer.) at the local University.",
            "He teaches science (He previously worked for 5 years as an engineer.) at the local University.",
        ),
        ("It ended. (The rest is history.) Then came peace.", "It ended. | (The rest is history.) | Then came peace."),
        (
            "The emperor was a saint.[1] The emperor Decius published a decree.",
            "The emperor was a saint.[1] | The emperor Decius published a decree.",
        ),
        ("‘do anything you ask him to.’” Then silence.", "‘do anything you ask him to.’” | Then silence."),
        ("“So is it over?’” Moran testified. Then he left.", "“So is it over?’” Moran testified. | Then he left."),
        ("“Why not?” Mr. Smith asked. Nobody knew.", "“Why not?” Mr. Smith asked. | Nobody knew."),
        ("“Why not?” Nobody knew.", "“Why not?” | Nobody knew."),
        (
            "He studied at Harrow until 1805. [6] An undistinguished student, he left.",
            "He studied at Harrow until 1805. [6] | An undistinguished student, he left.",
        ),
    ]);
}

#[test]
fn ellipses() {
    check(&[
        ("I never meant that.... She left the store.", "I never meant that.... | She left the store."),
        (
            "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.",
            "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.",
        ),
        ("and then with a period . . . . Next sentence.", "and then with a period . . . . | Next sentence."),
        ("We waited… Nothing came.", "We waited… | Nothing came."),
        (
            "\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55).",
            "\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55).",
        ),
        ("with a sore knee. ...\nMüller got a foul.", "with a sore knee. ... | Müller got a foul."),
    ]);
}

#[test]
fn urls_emails_and_missing_spaces() {
    check(&[
        (
            "Her email is Jane.Doe@example.com. I sent her an email.",
            "Her email is Jane.Doe@example.com. | I sent her an email.",
        ),
        (
            "The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.",
            "The site is: https://www.example.50.com/new-site/awesome_content.html. | Please check it out.",
        ),
        (
            "More AP NBA: https://apnews.com/NBA and https://twitter.com/AP_Sports",
            "More AP NBA: https://apnews.com/NBA and https://twitter.com/AP_Sports",
        ),
        (
            "Hello world.Today is Tuesday.Mr. Smith went to the store and bought 1,000.That is a lot.",
            "Hello world. | Today is Tuesday. | Mr. Smith went to the store and bought 1,000. | That is a lot.",
        ),
        (
            "You can find it at N°. 1026.253.553. That is where the treasure is.",
            "You can find it at N°. 1026.253.553. | That is where the treasure is.",
        ),
        ("She works at Yahoo! in the accounting department.", "She works at Yahoo! in the accounting department."),
    ]);
}

#[test]
fn lines_headlines_and_datelines() {
    check(&[
        ("Taliban Still Backing Al-Qaeda: UN Report\n\nThe Taliban continues.", "Taliban Still Backing Al-Qaeda: UN Report | The Taliban continues."),
        ("Headline Here\nBy JANE DOE and JOHN ROE\nAssociated Press\nNov. 20, 2019 5:52 AM EST\nWASHINGTON (AP) — Smith spoke. He left.",
         "Headline Here | By JANE DOE and JOHN ROE | Associated Press | Nov. 20, 2019 5:52 AM EST | WASHINGTON (AP) — Smith spoke. | He left."),
        ("SALVADOR, Feb 26 - Showers continued. Arrivals rose.", "SALVADOR, Feb 26 - Showers continued. | Arrivals rose."),
        ("NEW YORK (Reuters) - Oil prices fell sharply on Tuesday.", "NEW YORK (Reuters) - Oil prices fell sharply on Tuesday."),
        ("Prisoners greet each other in Kabul, May 26, 2020.\n(Mohammad Ismail/Reuters)\n\nThe Taliban", "Prisoners greet each other in Kabul, May 26, 2020. | (Mohammad Ismail/Reuters) | The Taliban"),
        ("FILE PHOTO: Traders work on the floor.\nREUTERS/Brendan McDermid\nThe index fell.", "FILE PHOTO: Traders work on the floor. | REUTERS/Brendan McDermid | The index fell."),
        (" date 2020-06-02 Afghanistan’s Taliban have not severed ties.", "date 2020-06-02 | Afghanistan’s Taliban have not severed ties."),
        ("Roadblocks to peace\n\nThe talks stalled.", "Roadblocks to peace | The talks stalled."),
        ("He said this:\n\nWe will go.", "He said this: | We will go."),
        ("jane.roe@example.com\ntwitter.com/janeroe", "jane.roe@example.com | twitter.com/janeroe"),
        ("First line.\r\nSecond line\r\n\r\nThird.", "First line. | Second line | Third."),
        ("This is a sentence\ncut off in the middle because pdf.", "This is a sentence\ncut off in the middle because pdf."),
        ("It was a cold \nnight in the city.", "It was a cold \nnight in the city."),
    ]);
}

#[test]
fn lists() {
    check(&[
        ("1. The first item. 2. The second item.", "1. The first item. | 2. The second item."),
        ("1.) The first item. 2.) The second item.", "1.) The first item. | 2.) The second item."),
        ("• 9. The first item • 10. The second item", "• 9. The first item | • 10. The second item"),
        ("Items:\n- apples\n- pears", "Items: | - apples | - pears"),
        ("1) The first item 2) The second item", "1) The first item | 2) The second item"),
        ("1.) The first item 2.) The second item", "1.) The first item | 2.) The second item"),
        ("1. The first item 2. The second item", "1. The first item | 2. The second item"),
        (
            "a. The first item b. The second item c. The third list item",
            "a. The first item | b. The second item | c. The third list item",
        ),
        ("⁃9. The first item ⁃10. The second item", "⁃9. The first item | ⁃10. The second item"),
        (
            "(i) Hello world. (ii) Today is Tuesday. (iii) Mr. Smith went to the store.",
            "(i) Hello world. | (ii) Today is Tuesday. | (iii) Mr. Smith went to the store.",
        ),
    ]);
}

#[test]
fn hard_wrapped_text_is_joined() {
    let text = "The Taliban continues to maintain a close relationship with al-Qaeda in\n\
                Afghanistan in violation of a preliminary peace agreement with the Trump\n\
                administration, according to a United Nations report released on\n\
                Monday. Al-Qaeda still has between 400 and 600 active members in\n\
                twelve provinces as well as a training camp, the report said.\n\
                \n\
                The Taliban also agreed to start peace talks.";
    let got = split(text);
    assert_eq!(got.matches(" | ").count(), 2, "{got}");
    assert!(got.contains("released on\nMonday. | Al-Qaeda"), "{got}");
}

#[test]
fn non_latin_terminals() {
    check(&[("今天天气很好。我们去公园吧！好吗？", "今天天气很好。 | 我们去公园吧！ | 好吗？")]);
}
