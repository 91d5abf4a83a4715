//! Table-driven cases for numeric claims, one line a case.

use super::*;

/// The value of a case: one number, or a range.
#[derive(Debug, Clone, Copy, PartialEq)]
enum V {
    One(f64),
    Range(f64, f64),
}
use V::{One, Range};

/// `text` holds exactly one claim: its text, value, qualifier, kind and unit.
type Case = (&'static str, &'static str, V, Option<&'static str>, &'static str, Option<&'static str>);

fn check(cases: &[Case]) {
    let mut failures = Vec::new();
    for &(text, claim, v, qualifier, kind, unit) in cases {
        let found = numbers(text);
        let got: Vec<_> = found
            .iter()
            .map(|n| {
                let v = match (n.value, n.low, n.high) {
                    (Some(x), _, _) => One(x),
                    (None, Some(a), Some(b)) => Range(a, b),
                    _ => One(f64::NAN),
                };
                let q = n.qualifier.map(|q| serde_json::to_value(q).unwrap().as_str().unwrap().to_owned());
                (n.text.clone(), v, q, n.kind.as_str(), n.unit.clone())
            })
            .collect();
        let want = vec![(claim.to_owned(), v, qualifier.map(str::to_owned), kind, unit.map(str::to_owned))];
        let close = |a: &V, b: &V| match (a, b) {
            (One(x), One(y)) => (x - y).abs() <= 1e-9 * x.abs().max(1.0),
            (Range(a, b), Range(c, d)) => a == c && b == d,
            _ => false,
        };
        let same = got.len() == 1 && {
            let (g, w) = (&got[0], &want[0]);
            g.0 == w.0 && close(&g.1, &w.1) && g.2 == w.2 && g.3 == w.3 && g.4 == w.4
        };
        if !same {
            failures.push(format!("{text:?}\n   want {want:?}\n   got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

/// `text` holds exactly these claim texts (exclusions, several numbers).
fn check_texts(cases: &[(&str, &[&str])]) {
    let mut failures = Vec::new();
    for &(text, want) in cases {
        let got: Vec<String> = numbers(text).into_iter().map(|n| n.text).collect();
        if got != want {
            failures.push(format!("{text:?}\n   want {want:?}\n   got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

#[rustfmt::skip]
#[test]
fn digits_separators_decimals_fractions() {
    check(&[
        ("The club paid 3.000.000 euros.", "3.000.000 euros", One(3e6), None, "money", Some("euros")),
        ("The army has 2,500 troops there.", "2,500 troops", One(2500.0), None, "count", Some("troops")),
        ("Growth was 1.2 percent.", "1.2 percent", One(1.2), None, "percent", Some("percent")),
        ("Use rose to 0.90 percent.", "0.90 percent", One(0.9), None, "percent", Some("percent")),
        ("Bonds rose 7/32 in price.", "7/32", One(0.21875), None, "measure", None),
        ("A near 1-1/2 year trade war.", "near 1-1/2 year", One(1.5), Some("about"), "duration", Some("year")),
        ("It ran 1 1/2 miles.", "1 1/2 miles", One(1.5), None, "measure", Some("miles")),
        ("The index closed at 27,934.02.", "27,934.02", One(27934.02), None, "measure", None),
        ("Temperatures fell to -5 degrees.", "-5 degrees", One(-5.0), None, "measure", Some("degrees")),
        ("It counted 1,234,567 votes.", "1,234,567 votes", One(1234567.0), None, "count", Some("votes")),
        ("It was 3.5 kilometres long.", "3.5 kilometres", One(3.5), None, "measure", Some("kilometres")),
        // Plain spaces between groups of three, one of them led by `0` (no number is).
        ("It cost 10 000 dollars.", "10 000 dollars", One(10000.0), None, "money", Some("dollars")),
        ("Some 1 250 000 people fled.", "Some 1 250 000 people", One(1_250_000.0), Some("about"), "count", Some("people")),
    ]);
}

#[rustfmt::skip]
#[test]
fn words() {
    check(&[
        ("They held six meetings.", "six meetings", One(6.0), None, "count", Some("meetings")),
        ("She waited ninety-nine days.", "ninety-nine days", One(99.0), None, "duration", Some("days")),
        ("It took two thousand five hundred workers.", "two thousand five hundred workers", One(2500.0), None, "count", Some("workers")),
        ("He read four hundred and six pages.", "four hundred and six pages", One(406.0), None, "count", Some("pages")),
        ("He bought a dozen eggs.", "a dozen eggs", One(12.0), None, "count", Some("eggs")),
        ("They sent two dozen observers.", "two dozen observers", One(24.0), None, "count", Some("observers")),
        ("Half of the voters stayed home.", "Half", One(0.5), None, "percent", None),
        ("A third of the staff left.", "A third", One(1.0 / 3.0), None, "percent", None),
        ("A quarter of them agreed.", "A quarter", One(0.25), None, "percent", None),
        ("He stayed a couple of weeks.", "a couple of weeks", One(2.0), None, "duration", Some("weeks")),
        ("Two-thirds of members voted.", "Two-thirds", One(2.0 / 3.0), None, "percent", None),
        ("The fight lasted two decades.", "two decades", One(2.0), None, "duration", Some("decades")),
        ("It spent five-and-a-half years in charge.", "five-and-a-half years", One(5.5), None, "duration", Some("years")),
        ("Nine witnesses testified.", "Nine witnesses", One(9.0), None, "count", Some("witnesses")),
        ("It sold one million copies.", "one million copies", One(1e6), None, "count", Some("copies")),
        ("They have won twelve titles.", "twelve titles", One(12.0), None, "count", Some("titles")),
    ]);
}

#[rustfmt::skip]
#[test]
fn multipliers_and_shorthand() {
    check(&[
        ("The app reached 3.4b downloads.", "3.4b downloads", One(3.4e9), None, "count", Some("downloads")),
        ("Sales hit 1.2 million cars.", "1.2 million cars", One(1.2e6), None, "count", Some("cars")),
        ("The fund raised $5bn last year.", "$5bn", One(5e9), None, "money", Some("dollars")),
        ("The club paid £1.2m for him.", "£1.2m", One(1.2e6), None, "money", Some("pounds")),
        ("The post drew 20k likes.", "20k likes", One(20000.0), None, "count", Some("likes")),
        ("Views last year: 2.3M.", "2.3M", One(2.3e6), None, "count", None),
        ("Debt reached 3.5 trillion yen.", "3.5 trillion yen", One(3.5e12), None, "money", Some("yen")),
        ("Profit was 5 mln dlrs.", "5 mln dlrs", One(5e6), None, "money", Some("dlrs")),
        ("Turnover was 20m euros.", "20m euros", One(2e7), None, "money", Some("euros")),
        ("Some 20m people watched.", "Some 20m people", One(2e7), Some("about"), "count", Some("people")),
        ("He ran the 100m final.", "100m", One(100.0), None, "measure", Some("m")),
    ]);
}

#[rustfmt::skip]
#[test]
fn money() {
    check(&[
        ("It costs $39,014 on average.", "$39,014", One(39014.0), None, "money", Some("dollars")),
        ("It raised US$12 million.", "US$12 million", One(1.2e7), None, "money", Some("dollars")),
        ("Tickets cost £45 each.", "£45", One(45.0), None, "money", Some("pounds")),
        ("The charity received Rs 4,00,000.", "Rs 4,00,000", One(400000.0), None, "money", Some("rupees")),
        ("It cost ₹3,45,67,890.", "₹3,45,67,890", One(34567890.0), None, "money", Some("rupees")),
        ("Petrol costs 145.9p a litre.", "145.9p a litre", One(145.9), None, "money", Some("pence")),
        ("It spent 2 million pounds of public money.", "2 million pounds", One(2e6), None, "money", Some("pounds")),
        ("It shipped 40,000 pounds of steel.", "40,000 pounds", One(40000.0), None, "measure", Some("pounds")),
        ("A bar now costs 99p.", "99p", One(99.0), None, "money", Some("pence")),
        ("The fine was €2.5 billion.", "€2.5 billion", One(2.5e9), None, "money", Some("euros")),
        ("It sold for ¥300,000.", "¥300,000", One(300000.0), None, "money", Some("yen")),
        ("He was paid 500 dollars.", "500 dollars", One(500.0), None, "money", Some("dollars")),
        ("The cab cost 6 dollars 20 cents.", "6 dollars 20 cents", One(6.2), None, "money", Some("dollars")),
        ("A pie was nine dollars and fifteen cents.", "nine dollars and fifteen cents", One(9.15), None, "money", Some("dollars")),
        ("Aid of 40 million euros was sent.", "40 million euros", One(4e7), None, "money", Some("euros")),
        ("The loan was 2 billion pounds.", "2 billion pounds", One(2e9), None, "money", Some("pounds")),
        ("The fee is 300 rupees.", "300 rupees", One(300.0), None, "money", Some("rupees")),
        ("They paid 1,000 afghanis.", "1,000 afghanis", One(1000.0), None, "money", Some("afghanis")),
        ("The yen was at 108.55 per dollar.", "108.55 per dollar", One(108.55), None, "money", None),
        ("The rupee fell to 83.42 to the dollar.", "83.42 to the dollar", One(83.42), None, "money", None),
        ("The fine was 450 kr.", "450 kr", One(450.0), None, "money", Some("kr")),
        ("Shr 26 cts a year ago.", "26 cts", One(26.0), None, "money", Some("cts")),
        ("It costs 40 zł.", "40 zł", One(40.0), None, "money", Some("zł")),
        ("Crude fell to $55.12 per barrel.", "$55.12 per barrel", One(55.12), None, "money", Some("dollars")),
        ("Gold was $1,472.19 an ounce.", "$1,472.19 an ounce", One(1472.19), None, "money", Some("dollars")),
        ("The company paid USD 5 million.", "USD 5 million", One(5e6), None, "money", Some("dollars")),
        ("It reached some $156 billion.", "some $156 billion", One(1.56e11), Some("about"), "money", Some("dollars")),
        ("He gave nearly $5.9 million.", "nearly $5.9 million", One(5.9e6), Some("about"), "money", Some("dollars")),
    ]);
}

#[rustfmt::skip]
#[test]
fn percent() {
    check(&[
        ("Sales fell 10 percent.", "10 percent", One(10.0), None, "percent", Some("percent")),
        ("Sales fell 15%.", "15%", One(15.0), None, "percent", Some("percent")),
        ("They polled 60 percents in all.", "60 percents", One(60.0), None, "percent", Some("percent")),
        ("Turnout was 62 per cent.", "62 per cent", One(62.0), None, "percent", Some("percent")),
        ("Rates rose 2 percentage points.", "2 percentage points", One(2.0), None, "percent", Some("points")),
        ("The Fed cut by a quarter-point.", "a quarter-point", One(0.25), None, "percent", Some("point")),
        ("Rates stayed below 6 percent.", "below 6 percent", One(6.0), Some("less_than"), "percent", Some("percent")),
        ("Just over half were female.", "over half", One(0.5), Some("more_than"), "percent", None),
        ("It rose by 37 pct.", "37 pct", One(37.0), None, "percent", Some("percent")),
    ]);
}

#[rustfmt::skip]
#[test]
fn ranges() {
    check(&[
        ("It has between 400 and 600 active members.", "between 400 and 600 active members", Range(400.0, 600.0), None, "count", Some("members")),
        ("There are 200 to 500 Al-Qaeda fighters there.", "200 to 500 Al-Qaeda fighters", Range(200.0, 500.0), None, "count", Some("fighters")),
        ("They need from 200 to 300 volunteers.", "from 200 to 300 volunteers", Range(200.0, 300.0), None, "count", Some("volunteers")),
        ("It takes 3-5 days.", "3-5 days", Range(3.0, 5.0), None, "duration", Some("days")),
        ("It takes 3–5 days.", "3–5 days", Range(3.0, 5.0), None, "duration", Some("days")),
        ("Allow three or four weeks.", "three or four weeks", Range(3.0, 4.0), None, "duration", Some("weeks")),
        ("They want $40-50 billion in purchases.", "$40-50 billion", Range(4e10, 5e10), None, "money", Some("dollars")),
        ("Growth of 2 to 3 percent is expected.", "2 to 3 percent", Range(2.0, 3.0), None, "percent", Some("percent")),
        ("Those aged 12 to 17-years-old used it.", "12 to 17-years-old", Range(12.0, 17.0), None, "duration", Some("years")),
        ("It will cost between $5 million and $7 million.", "between $5 million and $7 million", Range(5e6, 7e6), None, "money", Some("dollars")),
        ("Between 5% and 10% of users left.", "Between 5% and 10%", Range(5.0, 10.0), None, "percent", Some("percent")),
        ("It took two to three years.", "two to three years", Range(2.0, 3.0), None, "duration", Some("years")),
        // Bounds on both sides make one range.
        ("It took more than 100 and less than 300 days.", "more than 100 and less than 300 days", Range(100.0, 300.0), None, "duration", Some("days")),
        ("The sample held at most 100 and at least 20 apples.", "at most 100 and at least 20 apples", Range(20.0, 100.0), None, "count", Some("apples")),
        ("Prices were above $1,000 and below $1,500.", "above $1,000 and below $1,500", Range(1000.0, 1500.0), None, "money", Some("dollars")),
        ("It needs more than 5 days but less than 9 days.", "more than 5 days but less than 9 days", Range(5.0, 9.0), None, "duration", Some("days")),
        ("The share is above one quarter and below a half.", "above one quarter and below a half", Range(0.25, 0.5), None, "percent", None),
        ("Pick one larger than 20 and less or equal than 35.", "larger than 20 and less or equal than 35", Range(20.0, 35.0), None, "count", None),
    ]);
}

#[rustfmt::skip]
#[test]
fn qualifiers() {
    check(&[
        ("It has about 2,500 troops.", "about 2,500 troops", One(2500.0), Some("about"), "count", Some("troops")),
        ("It has around 30 staff.", "around 30 staff", One(30.0), Some("about"), "count", Some("staff")),
        ("It took roughly 40 minutes.", "roughly 40 minutes", One(40.0), Some("about"), "duration", Some("minutes")),
        ("Nearly 300 school districts closed.", "Nearly 300 school districts", One(300.0), Some("about"), "count", Some("districts")),
        ("It was almost 90 degrees.", "almost 90 degrees", One(90.0), Some("about"), "measure", Some("degrees")),
        ("It weighs approximately 12 kg.", "approximately 12 kg", One(12.0), Some("about"), "measure", Some("kg")),
        ("More than 15,000 people registered.", "More than 15,000 people", One(15000.0), Some("more_than"), "count", Some("people")),
        ("Over 100 geysers erupt.", "Over 100 geysers", One(100.0), Some("more_than"), "count", Some("geysers")),
        ("At least 5,000 people came.", "At least 5,000 people", One(5000.0), Some("more_than"), "count", Some("people")),
        ("Upwards of 200 homes burned.", "Upwards of 200 homes", One(200.0), Some("more_than"), "count", Some("homes")),
        ("He faces up to five years in prison.", "up to five years", One(5.0), Some("less_than"), "duration", Some("years")),
        ("Under 40 people came.", "Under 40 people", One(40.0), Some("less_than"), "count", Some("people")),
        ("Fewer than 10 cases were found.", "Fewer than 10 cases", One(10.0), Some("less_than"), "count", Some("cases")),
        ("Troops leave within 14 months.", "within 14 months", One(14.0), Some("less_than"), "duration", Some("months")),
        ("Adults aged 26 or older use it.", "26 or older", One(26.0), Some("more_than"), "duration", None),
        ("Those 65 or above were asked.", "65 or above", One(65.0), Some("more_than"), "duration", None),
        ("It needs 30 votes or more.", "30 votes or more", One(30.0), Some("more_than"), "count", Some("votes")),
        ("It lasted less than six months.", "less than six months", One(6.0), Some("less_than"), "duration", Some("months")),
        ("They left over the next 14 months.", "14 months", One(14.0), None, "duration", Some("months")),
        ("He testified over three days.", "three days", One(3.0), None, "duration", Some("days")),
        ("He served for over 30 years.", "over 30 years", One(30.0), Some("more_than"), "duration", Some("years")),
        ("He has only 3 goals.", "3 goals", One(3.0), None, "count", Some("goals")),
        ("That adds up to 185,000 people.", "185,000 people", One(185000.0), None, "count", Some("people")),
        ("Inflation edged up to 5.1% in May.", "5.1%", One(5.1), None, "percent", Some("percent")),
        ("Some 12,000 or so jobs went.", "Some 12,000 or so jobs", One(12000.0), Some("about"), "count", Some("jobs")),
        ("Families with three or more children get help.", "three or more children", One(3.0), Some("more_than"), "count", Some("children")),
        ("Three gunmen fled.", "Three gunmen", One(3.0), None, "count", Some("gunmen")),
        ("She has eight grandchildren.", "eight grandchildren", One(8.0), None, "count", Some("grandchildren")),
        ("They found two specimen jars.", "two specimen jars", One(2.0), None, "count", Some("jars")),
        ("His blood pressure was 140 mmHg.", "140 mmHg", One(140.0), None, "measure", Some("mmHg")),
        ("Prices rose by some 8%.", "some 8%", One(8.0), Some("about"), "percent", Some("percent")),
        ("Rents have climbed by a third since 2020.", "a third", One(1.0 / 3.0), None, "percent", None),
        ("Crime fell by a fifth.", "a fifth", One(0.2), None, "percent", None),
        ("He faces a minimum of 10 years in prison.", "a minimum of 10 years", One(10.0), Some("more_than"), "duration", Some("years")),
        ("The fine is a maximum of $5,000.", "a maximum of $5,000", One(5000.0), Some("less_than"), "money", Some("dollars")),
        ("Scores greater than or equal to 90 pass.", "greater than or equal to 90", One(90.0), Some("more_than"), "count", None),
        ("Values less than or equal to 5 fail.", "less than or equal to 5", One(5.0), Some("less_than"), "count", None),
        ("The rate must be not less than 3%.", "not less than 3%", One(3.0), Some("more_than"), "percent", Some("percent")),
        ("Children aged 12 and under travel free.", "12 and under", One(12.0), Some("less_than"), "duration", None),
        ("Loans of up to and including $500 are exempt.", "up to and including $500", One(500.0), Some("less_than"), "money", Some("dollars")),
        ("Scores of 70 or below fail.", "70 or below", One(70.0), Some("less_than"), "count", None),
        ("Values bigger or equal than 40 pass.", "bigger or equal than 40", One(40.0), Some("more_than"), "count", None),
        ("Pick a number smaller or equal to 9.", "smaller or equal to 9", One(9.0), Some("less_than"), "count", None),
        ("The yield is equal to or higher than 5%.", "equal to or higher than 5%", One(5.0), Some("more_than"), "percent", Some("percent")),
        ("The filter keeps rows with x>10 only.", ">10", One(10.0), Some("more_than"), "count", None),
        ("The filter keeps rows <= 25 only.", "<= 25", One(25.0), Some("less_than"), "count", None),
        ("Samples ≥ 50 were kept.", "≥ 50", One(50.0), Some("more_than"), "count", None),
        ("Acme Corp <ACM> 767 jets flew.", "767 jets", One(767.0), None, "count", Some("jets")),
        ("It will cost about $40 or more.", "about $40 or more", One(40.0), Some("more_than"), "money", Some("dollars")),
        ("Stocks rose 50 pct and more in a year.", "50 pct and more", One(50.0), Some("more_than"), "percent", Some("percent")),
        ("He kicked 3 goals and more importantly won.", "3 goals", One(3.0), None, "count", Some("goals")),
    ]);
}

#[rustfmt::skip]
#[test]
fn measures_and_durations() {
    check(&[
        ("The 48-year-old Australian was evicted.", "48-year-old", One(48.0), None, "duration", Some("year")),
        ("They studied the 1,900-mile-wide moon.", "1,900-mile-wide", One(1900.0), None, "measure", Some("mile")),
        ("The tanker spilled 1.5m gallons of oil.", "1.5m gallons", One(1.5e6), None, "measure", Some("gallons")),
        ("It was -3.5°C at dawn.", "-3.5°C", One(-3.5), None, "measure", Some("°C")),
        // A figure given on its own: no index level, but a count, or a fraction.
        ("-9.25", "-9.25", One(-9.25), None, "count", None),
        ("3/4", "3/4", One(0.75), None, "percent", None),
        ("123456789101231", "123456789101231", One(123456789101231.0), None, "count", None),
        ("The index closed at 27,934.02.", "27,934.02", One(27934.02), None, "measure", None),
        ("It took about an hour and a half.", "about an hour and a half", One(1.5), Some("about"), "duration", Some("hour")),
        ("The path runs a mile and a quarter.", "a mile and a quarter", One(1.25), None, "measure", Some("mile")),
        ("Cash flow was a negative 24 mln dlrs.", "negative 24 mln dlrs", One(-24e6), None, "money", Some("dlrs")),
        ("It was 86°F in Phoenix.", "86°F", One(86.0), None, "measure", Some("°F")),
        ("It took half an hour.", "half an hour", One(0.5), None, "duration", Some("hour")),
        ("The ratio was one over three.", "one over three", One(1.0 / 3.0), None, "percent", None),
        ("It is twenty-three fifths.", "twenty-three fifths", One(4.6), None, "percent", None),
        ("It is 1 over 20, they said.", "1 over 20", One(0.05), None, "percent", None),
        ("He walked a quarter of a mile.", "a quarter of a mile", One(0.25), None, "measure", Some("mile")),
        ("Rates fell a quarter of a percentage point.", "a quarter of a percentage point", One(0.25), None, "percent", Some("point")),
        ("The offer applies to adults over 65.", "over 65", One(65.0), Some("more_than"), "duration", None),
        ("Patients over 65 years were studied.", "over 65 years", One(65.0), Some("more_than"), "duration", Some("years")),
        ("People over 100,000 came.", "over 100,000", One(100000.0), Some("more_than"), "count", None),
        ("The battery is rated at 5,000mAh.", "5,000mAh", One(5000.0), None, "measure", Some("mAh")),
        ("It offers 50 megabits per second.", "50 megabits per second", One(50.0), None, "measure", Some("megabits")),
        ("The road is 5 km long.", "5 km", One(5.0), None, "measure", Some("km")),
        ("The lake holds 40 gal of brine.", "40 gal", One(40.0), None, "measure", Some("gal")),
        ("Each pill has 25 mcg of iodine.", "25 mcg", One(25.0), None, "measure", Some("mcg")),
        ("The yard covers 450 m2 in all.", "450 m2", One(450.0), None, "measure", Some("m2")),
        ("The ranch spans 12km2 of scrub.", "12km2", One(12.0), None, "measure", Some("km2")),
        ("The cart rolled at 8km/hr downhill.", "8km/hr", One(8.0), None, "measure", Some("km/hr")),
        ("They sold a 32-bit console.", "32-bit", One(32.0), None, "measure", Some("bit")),
        ("A flash lasts a trillionth of a second.", "a trillionth of a second", One(1e-12), None, "duration", Some("second")),
        ("He weighs 200lbs now.", "200lbs", One(200.0), None, "measure", Some("lbs")),
        ("Add 75ml of water.", "75ml", One(75.0), None, "measure", Some("ml")),
        ("Stocks hit a four-year high.", "four-year", One(4.0), None, "duration", Some("year")),
        ("The prior 12-month average rose.", "12-month", One(12.0), None, "duration", Some("month")),
        ("The pool holds 2,500 metric tons of water.", "2,500 metric tons", One(2500.0), None, "measure", Some("tons")),
        ("The team won a four-game homestand.", "four-game", One(4.0), None, "count", Some("game")),
        ("It was 30C in the shade.", "30C", One(30.0), None, "measure", Some("C")),
        ("It was 41°F at dawn.", "41°F", One(41.0), None, "measure", Some("°F")),
        ("He observed it for 17 nights.", "17 nights", One(17.0), None, "duration", Some("nights")),
        ("The Dow fell 102.2 points.", "102.2 points", One(102.2), None, "measure", Some("points")),
        ("Ortiz scored 34 points.", "34 points", One(34.0), None, "count", Some("points")),
        ("The Nasdaq index added 20 points.", "20 points", One(20.0), None, "measure", Some("points")),
        ("It lasted 55 seconds.", "55 seconds", One(55.0), None, "duration", Some("seconds")),
        ("The farm covers 300 hectares.", "300 hectares", One(300.0), None, "measure", Some("hectares")),
        ("She drove 60 mph.", "60 mph", One(60.0), None, "measure", Some("mph")),
    ]);
}

#[rustfmt::skip]
#[test]
fn counted_noun() {
    check(&[
        ("It has 12 Afghanistan provinces.", "12 Afghanistan provinces", One(12.0), None, "count", Some("provinces")),
        ("A unit of 2,000 armed fighters formed.", "2,000 armed fighters", One(2000.0), None, "count", Some("fighters")),
        ("Nearly 1,20,000 people were moved.", "Nearly 1,20,000 people", One(120000.0), Some("about"), "count", Some("people")),
        ("The firm will open two more plants.", "two more plants", One(2.0), None, "count", Some("plants")),
        ("Police found three other caches.", "three other caches", One(3.0), None, "count", Some("caches")),
        ("It has two more than last year.", "two", One(2.0), None, "count", None),
        ("He won three Premier League titles.", "three Premier League titles", One(3.0), None, "count", Some("titles")),
        ("The testimony of four national security and diplomatic officials.", "four national security and diplomatic officials", One(4.0), None, "count", Some("officials")),
        ("Dealers sold 30,154 new cars, trucks and SUVs.", "30,154 new cars", One(30154.0), None, "count", Some("cars")),
        ("Partners have 9,600 on the ground.", "9,600", One(9600.0), None, "count", None),
        ("Seven of Garcia’s assists came late.", "Seven of Garcia’s assists", One(7.0), None, "count", Some("assists")),
        ("It cut the number of US troops in the country to about 8,600.", "about 8,600", One(8600.0), Some("about"), "count", Some("troops")),
        ("He has five triple-doubles.", "five triple-doubles", One(5.0), None, "count", Some("triple-doubles")),
        ("He was with more than one team.", "more than one team", One(1.0), Some("more_than"), "count", Some("team")),
        ("Two people briefed on the talks spoke.", "Two people", One(2.0), None, "count", Some("people")),
        ("They plan to release 2,000 as agreed.", "2,000", One(2000.0), None, "count", None),
    ]);
}

#[rustfmt::skip]
#[test]
fn parser_style_cases() {
    check(&[
        ("One hundred and twenty three people came.", "One hundred and twenty three people", One(123.0), None, "count", Some("people")),
        ("Some seven hundred thousand residents fled.", "Some seven hundred thousand residents", One(7e5), Some("about"), "count", Some("residents")),
        ("One and a half million jobs were lost.", "One and a half million jobs", One(1.5e6), None, "count", Some("jobs")),
        ("About half a million people left.", "About half a million people", One(5e5), Some("about"), "count", Some("people")),
        ("It weighs 1,234,567.89 kg.", "1,234,567.89 kg", One(1234567.89), None, "measure", Some("kg")),
        ("The car hit 120 km/h.", "120 km/h", One(120.0), None, "measure", Some("km/h")),
        ("It costs 200 - 300 dollars.", "200 - 300 dollars", Range(200.0, 300.0), None, "money", Some("dollars")),
        ("He is over thirty years old.", "over thirty years", One(30.0), Some("more_than"), "duration", Some("years")),
        ("The photon carries 1.7 eV.", "1.7 eV", One(1.7), None, "measure", Some("eV")),
        ("Patients got 14 mGy of radiation.", "14 mGy", One(14.0), None, "measure", Some("mGy")),
        ("The wavelength is 450 nm.", "450 nm", One(450.0), None, "measure", Some("nm")),
        ("The score rose 100 percentage.", "100 percentage", One(100.0), None, "percent", Some("percent")),
        ("The rate fell one percentage point.", "one percentage point", One(1.0), None, "percent", Some("point")),
        ("The figure is bigger than 3965.", "bigger than 3965", One(3965.0), Some("more_than"), "count", None),
        ("The figure is smaller than 100.", "smaller than 100", One(100.0), Some("less_than"), "count", None),
        ("It costs 100 USD.", "100 USD", One(100.0), None, "money", Some("dollars")),
        ("He paid five bucks.", "five bucks", One(5.0), None, "money", Some("bucks")),
        ("Prices rose fifty percent.", "fifty percent", One(50.0), None, "percent", Some("percent")),
        ("The temperature dropped to minus 40 degrees.", "minus 40 degrees", One(-40.0), None, "measure", Some("degrees")),
        ("It reached -3.5% in the quarter.", "-3.5%", One(-3.5), None, "percent", Some("percent")),
        ("He has served for 30-plus years.", "30-plus years", One(30.0), Some("more_than"), "duration", Some("years")),
        ("Voters 18+ turned out.", "18+", One(18.0), Some("more_than"), "duration", None),
        ("Ten to fifteen minutes passed.", "Ten to fifteen minutes", Range(10.0, 15.0), None, "duration", Some("minutes")),
        ("There were 3 million to 4 million refugees.", "3 million to 4 million refugees", Range(3e6, 4e6), None, "count", Some("refugees")),
        ("We expect 1-2% growth.", "1-2%", Range(1.0, 2.0), None, "percent", Some("percent")),
        ("It carried six crew members.", "six crew members", One(6.0), None, "count", Some("members")),
        ("He earned €1.2m plus bonuses.", "€1.2m", One(1.2e6), None, "money", Some("euros")),
        ("The house costs 450,000 pounds.", "450,000 pounds", One(450000.0), None, "money", Some("pounds")),
        ("He lost 30 pounds.", "30 pounds", One(30.0), None, "measure", Some("pounds")),
        ("They raised the wage to $15 an hour.", "$15 an hour", One(15.0), None, "money", Some("dollars")),
        ("It is a 10-member panel.", "10-member", One(10.0), None, "count", Some("member")),
        ("It signed a $5-million deal.", "$5-million", One(5e6), None, "money", Some("dollars")),
        ("Profits rose 5pc last year.", "5pc", One(5.0), None, "percent", Some("percent")),
        ("It cost $10m-$15m.", "$10m-$15m", Range(1e7, 1.5e7), None, "money", Some("dollars")),
        ("A 2 1/2-year delay.", "2 1/2-year", One(2.5), None, "duration", Some("year")),
        ("He posted a .348 batting average.", ".348", One(0.348), None, "measure", None),
        ("It has eleven indigenous bird species and a park.", "eleven indigenous bird species", One(11.0), None, "count", Some("species")),
    ]);
}

#[rustfmt::skip]
#[test]
fn breadth_of_parser_shapes() {
    check(&[
        // Long spelled-out numbers, descending scales, and a scale that multiplies one.
        ("They counted nine hundred eighty-seven billion one hundred twenty-three million four hundred fifty-six thousand seven hundred eighty-nine beads.",
         "nine hundred eighty-seven billion one hundred twenty-three million four hundred fifty-six thousand seven hundred eighty-nine beads",
         One(987_123_456_789.0), None, "count", Some("beads")),
        ("The debt reached two thousand million pounds sterling.", "two thousand million pounds sterling", One(2e9), None, "money", Some("pounds")),
        ("The ledger showed four quadrillion units.", "four quadrillion units", One(4e15), None, "count", Some("units")),
        ("Rates fell between one billion and three billion euros.", "between one billion and three billion euros", Range(1e9, 3e9), None, "money", Some("euros")),
        // Fractions spelled out.
        ("A fifth of voters stayed home.", "A fifth", One(0.2), None, "percent", None),
        ("Only one seventh of the land is farmed.", "one seventh", One(1.0 / 7.0), None, "percent", None),
        ("Up to three fifths of the seats are elected.", "Up to three fifths", One(0.6), Some("less_than"), "percent", None),
        ("Nearly a third going to exports.", "Nearly a third", One(1.0 / 3.0), Some("about"), "percent", None),
        ("The firm cut staff by about one-tenth.", "about one-tenth", One(0.1), Some("about"), "percent", None),
        ("The fund drew three thousand, two hundred and ten donors.", "three thousand, two hundred and ten donors", One(3210.0), None, "count", Some("donors")),
        ("The port handled three-quarters of a million containers.", "three-quarters of a million containers", One(750_000.0), None, "count", Some("containers")),
        ("The march drew twenty to thirty thousand people.", "twenty to thirty thousand people", Range(20_000.0, 30_000.0), None, "count", Some("people")),
        ("The dam cost a billion and a half dollars.", "a billion and a half dollars", One(1.5e9), None, "money", Some("dollars")),
        ("She baked a dozen and a half pies.", "a dozen and a half pies", One(18.0), None, "count", Some("pies")),
        ("The road will cost 4 hundred million dollars.", "4 hundred million dollars", One(4e8), None, "money", Some("dollars")),
        // Mixed numbers in words and with vulgar fractions.
        ("Some two and a quarter million people voted.", "Some two and a quarter million people", One(2.25e6), Some("about"), "count", Some("people")),
        ("The walk is five and three quarters miles.", "five and three quarters miles", One(5.75), None, "measure", Some("miles")),
        ("The talks took three and one-half hours.", "three and one-half hours", One(3.5), None, "duration", Some("hours")),
        ("He served 2½ years in jail.", "2½ years", One(2.5), None, "duration", Some("years")),
        ("He survived 5 ½ years in prison.", "5 ½ years", One(5.5), None, "duration", Some("years")),
        ("Add ½ teaspoon of salt.", "½ teaspoon", One(0.5), None, "measure", Some("teaspoon")),
        ("The rate is 3¼ percent.", "3¼ percent", One(3.25), None, "percent", Some("percent")),
        ("The crossing took 4 and a half hours.", "4 and a half hours", One(4.5), None, "duration", Some("hours")),
        // Dozens with a numeral.
        ("She bought three dozens roses.", "three dozens roses", One(36.0), None, "count", Some("roses")),
        ("She bought 4 dozens eggs.", "4 dozens eggs", One(48.0), None, "count", Some("eggs")),
        // Suspended hyphens.
        ("He faces a 10- to 15-year sentence.", "10- to 15-year", Range(10.0, 15.0), None, "duration", Some("year")),
        ("Dealers expected three- or six-day loans.", "three- or six-day", Range(3.0, 6.0), None, "duration", Some("day")),
        // Signs, trillions, thousands with a no-break space, units.
        ("The policy rate stays at negative 0.1 percent.", "negative 0.1 percent", One(-0.1), None, "percent", Some("percent")),
        ("Its output was $2.1T.", "$2.1T", One(2.1e12), None, "money", Some("dollars")),
        ("They paid 10\u{a0}000 dollars.", "10\u{a0}000 dollars", One(10_000.0), None, "money", Some("dollars")),
        ("The block covers 1,137 sq km.", "1,137 sq km", One(1137.0), None, "measure", Some("km")),
        ("The chip runs at 2.8 GHz.", "2.8 GHz", One(2.8), None, "measure", Some("GHz")),
        ("The field pumps 50,000 bpd.", "50,000 bpd", One(50_000.0), None, "measure", Some("bpd")),
        ("The crossing takes 3 hrs.", "3 hrs", One(3.0), None, "duration", Some("hrs")),
        ("The index fell to negative 3.", "negative 3", One(-3.0), None, "count", None),
        ("He dropped the one-yen bid.", "one-yen", One(1.0), None, "money", Some("yen")),
        ("It pays a 12-cent dividend.", "12-cent", One(12.0), None, "money", Some("cent")),
        ("The shares closed one penny lower.", "one penny", One(1.0), None, "money", Some("penny")),
        ("It was 40 deg celsius outside.", "40 deg celsius", One(40.0), None, "measure", Some("deg")),
        ("It was 100.2 degrees farenheit.", "100.2 degrees farenheit", One(100.2), None, "measure", Some("degrees")),
        ("The group sold it for SEK 5 billion.", "SEK 5 billion", One(5e9), None, "money", Some("crowns")),
        ("Reserves fell 520 mln crowns.", "520 mln crowns", One(520e6), None, "money", Some("crowns")),
        ("Turnover rose to 3.1 billion marks.", "3.1 billion marks", One(3.1e9), None, "money", Some("marks")),
        ("The state raised Rp 5 trillion.", "Rp 5 trillion", One(5e12), None, "money", Some("rupiah")),
        ("The levy is Rs. 500 a tonne.", "Rs. 500 a tonne", One(500.0), None, "money", Some("rupees")),
        ("The fund holds NT$3 billion.", "NT$3 billion", One(3e9), None, "money", Some("dollars")),
        ("It will help a quarter of a million people.", "a quarter of a million people", One(250_000.0), None, "count", Some("people")),
        ("Fewer than 2000 remain.", "Fewer than 2000", One(2000.0), Some("less_than"), "count", None),
    ]);
    check_texts(&[
        // Ordinals that look like fractions, dates in lower case, clock times, years.
        ("It grew for a fifth year.", &[]),
        ("It opened a month and a half ago.", &[]),
        // `in` is the inch only right after feet.
        ("The wall is 9 ft, 4 in tall.", &["9 ft", "4 in"]),
        ("He cleared 5 ft 6 in the final.", &["5 ft", "6"]),
        // A unit glued to four digits: no year.
        ("She ran the 1500m in Oslo.", &["1500m"]),
        // A capitalised possessive owns a quantity; it names a model only in plain digits alone.
        ("Reyes won 18,422 votes to Osei's 14,207 in the count.", &["18,422 votes", "14,207"]),
        ("It will refinance Ruritania's 19 billion dlr debt.", &["19 billion dlr"]),
        ("The airline flew Aerobuild's 747 to Paris.", &[]),
        ("Traders in the Standard and Poor's 500 pit sold.", &[]),
        ("MEXICO GETS 205 MLN DLRS IN BANK LOANS", &["205 MLN DLRS"]),
        // Page furniture and the size of a numbered series.
        ("5 min read", &[]),
        ("Comments (12)", &[]),
        ("Page 1 of 3", &[]),
        ("The talk lasted 5 min and was read aloud.", &["5 min"]),
        ("Ministers meet for a third day.", &[]),
        ("He does not care about a third term.", &[]),
        ("Talks resumed on april 7 in the capital.", &[]),
        ("He arrived at 2.13 am and left at 14.30 GMT.", &[]),
        ("The plan runs until at least 2021.", &[]),
        ("Output was 5 pct above 1985.", &["5 pct"]),
        ("Profit was below 1985's level.", &[]),
        ("Banks in the two halves of the country.", &["two halves"]),
        ("The 0900 hrs meeting was moved.", &[]),
        ("See https://example.com/search?q=30%25%2020% for more.", &[]),
        ("Egg prices averaged 64.2 cents a dozen.", &["64.2 cents a dozen"]),
        // words after a number that qualify the next one
        ("Holders get less than 2.9 shares or more than 3.5 shares.", &["less than 2.9 shares", "more than 3.5 shares"]),
        ("Fees rise 20 dlrs and up to four pct.", &["20 dlrs", "up to four pct"]),
        ("Waves of four to six feet and up to 12 feet.", &["four to six feet", "up to 12 feet"]),
        ("It needs 30 votes or more to pass.", &["30 votes or more"]),
        ("It was signed on oct . 13 and paid nov. 6.", &[]),
        ("The agency began on may 19 to act.", &[]),
        ("He left in May. 5 people stayed.", &["5 people"]),
        ("The exam gave him 12 marks out of 20.", &["12 marks", "20"]),
    ]);
}

#[rustfmt::skip]
#[test]
fn powers_fractions_and_signs() {
    check(&[
        // Scientific notation and powers.
        ("Each cell holds 1.2e10 atoms.", "1.2e10 atoms", One(1.2e10), None, "count", Some("atoms")),
        ("The ratio was 2.48×10−5 then.", "2.48×10−5", One(2.48e-5), None, "measure", None),
        ("They grew 3.5 x 10^6 cells.", "3.5 x 10^6 cells", One(3.5e6), None, "count", Some("cells")),
        ("A block holds 8x2^10 bits.", "8x2^10 bits", One(8192.0), None, "measure", Some("bits")),
        ("A reading of -1e-3 was logged.", "-1e-3", One(-0.001), None, "measure", None),
        // Fractions counted by a number word, or given alone, or taken whole.
        ("The odds are exactly one sixth.", "one sixth", One(1.0 / 6.0), None, "percent", None),
        ("It needs a two-thirds majority.", "two-thirds", One(2.0 / 3.0), None, "percent", None),
        ("five eighths", "five eighths", One(0.625), None, "percent", None),
        ("a half", "a half", One(0.5), None, "percent", None),
        ("The budget was cut by half.", "half", One(0.5), None, "percent", None),
        ("He took half the prize.", "half", One(0.5), None, "percent", None),
        ("The score fell to minus one.", "minus one", One(-1.0), None, "count", None),
        // Ranges with a negative end, and a tilde between the ends.
        ("He scored between negative ten and fifteen.", "between negative ten and fifteen", Range(-10.0, 15.0), None, "count", None),
        ("It was between -20 and -15 degrees.", "between -20 and -15 degrees", Range(-20.0, -15.0), None, "measure", Some("degrees")),
        ("Lows of minus 10 to 0 degrees are due.", "minus 10 to 0 degrees", Range(-10.0, 0.0), None, "measure", Some("degrees")),
        ("The crates hold 20~100 pears.", "20~100 pears", Range(20.0, 100.0), None, "count", Some("pears")),
        // Any denominator before `of`; round hundreds after a comparison; more scales.
        ("It is about 1/40 of the width.", "about 1/40", One(0.025), Some("about"), "measure", None),
        ("The count is above 1000 today.", "above 1000", One(1000.0), Some("more_than"), "count", None),
        ("They counted 322 hundred bricks.", "322 hundred bricks", One(32200.0), None, "count", Some("bricks")),
        ("It holds one sextillion grains.", "one sextillion grains", One(1e21), None, "count", Some("grains")),
        ("A twelfth of the land is wet.", "A twelfth", One(1.0 / 12.0), None, "percent", None),
        ("Keep it below 1500", "below 1500", One(1500.0), Some("less_than"), "count", None),
        // A value and its tolerance: the range it allows.
        ("It measured 20 ± 2 cm.", "20 ± 2 cm", Range(18.0, 22.0), None, "measure", Some("cm")),
        ("A dose of 40 +/- 5 mg was given.", "40 +/- 5 mg", Range(35.0, 45.0), None, "measure", Some("mg")),
        // Digits spoken after `point`.
        ("It grew one point five percent.", "one point five percent", One(1.5), None, "percent", Some("percent")),
        ("The tally was two hundred point seventy-one.", "two hundred point seventy-one", One(200.71), None, "count", None),
        // A minus between the currency sign and the digits.
        ("The loss was $-99.99 a unit.", "$-99.99 a unit", One(-99.99), None, "money", Some("dollars")),
        // A spelled-out one before a unit written in full.
        ("He ate one pound of rice.", "one pound", One(1.0), None, "measure", Some("pound")),
    ]);
    check_texts(&[
        // The power of a unit is no number.
        ("The lake holds 4 km^3 of water.", &["4 km"]),
        ("The beam reached 5 fb−1 of data.", &["5"]),
        // A year before what a year's report is called, or a verb: no count.
        ("Note: 2017 earnings exclude a gain of $4 million.", &["$4 million"]),
        ("The firm had 2018 sales of 20 million euros.", &["20 million euros"]),
        ("Its 2019 figures were restated and 2019 includes a charge.", &[]),
        ("They hired 1500 workers.", &["1500 workers"]),
        // A change in points, then the level it reached: two values.
        ("Rates rose by 1.5 percentage points to 22.5 percent.", &["1.5 percentage points", "22.5 percent"]),
        ("Demand grew by 300 tonnes to 13,200 tonnes.", &["300 tonnes", "13,200 tonnes"]),
        ("Profit fell in half and in a quarter.", &[]),
        ("The star J0815+4729 is faint, as 9/11 of course showed.", &[]),
        ("Output was 5 pct above 1985.", &["5 pct"]),
    ]);
}

#[rustfmt::skip]
#[test]
fn several_in_one_sentence() {
    check_texts(&[
        ("They have won 12 of 13 games.", &["12", "13 games"]),
        // A plain space may part two numbers when no group after it starts with `0`.
        ("There were 12 500 troops.", &["12", "500 troops"]),
        ("She had 4 $20 notes in her bag.", &["4", "$20"]),
        ("Its 5 M2 target held.", &["5"]),
        ("Ping 172.100.120.210 now.", &[]),
        ("They paid 3 dollars and 140 cents.", &["3 dollars", "140 cents"]),
        ("Seats cost 30 €. Then 4 more came.", &["30 €", "4"]),
        ("Losses went 3 $-1 a day.", &["3", "$-1 a day"]),
        ("Two of three requirements are met.", &["Two", "three requirements"]),
        ("He had 25 points, 11 rebounds and 10 assists.", &["25 points", "11 rebounds", "10 assists"]),
        ("The party won 2-3 seats.", &["2-3 seats"]),
        ("He owns 29 Bakers Square restaurant properties.", &["29 Bakers Square restaurant properties"]),
        ("He finished one over par and two over 70 people.", &["two", "over 70 people"]),
        ("The vote was 12 over 5.", &["12", "over 5"]),
        ("It will help 1,000 people over three months.", &["1,000 people", "three months"]),
        ("It was the twenty fifth anniversary and the twenty-third time.", &[]),
        ("No 58%. Yes 33%.", &["58%", "33%"]),
        ("There were 12 500 troops.", &["12", "500 troops"]),
        ("Shares firmed two pence to 318p.", &["two pence", "318p"]),
        // Bounds of two different things stay two claims.
        ("It has under 500 articles and over 100 featured articles.", &["under 500 articles", "over 100 featured articles"]),
        ("More than 2,000 people and less than 3% of voters came.", &["More than 2,000 people", "less than 3%"]),
        ("It rose more than 5%, less than 10% of forecasts.", &["more than 5%", "less than 10%"]),
        ("Use rose from 0.90 percent to 1.23 percent.", &["0.90 percent", "1.23 percent"]),
        ("Crude fell 3.38% to $55.12 per barrel.", &["3.38%", "$55.12 per barrel"]),
        ("It measures 10 by 20 feet.", &["10", "20 feet"]),
        ("About 2,300 tons (2,095 metric tons) were found.", &["About 2,300 tons", "2,095 metric tons"]),
        ("The box is 10 x 20 x 30 cm.", &["10", "20", "30 cm"]),
        ("Oil rose $2 to $64.50 a barrel.", &["$2", "$64.50 a barrel"]),
        ("He won 6-4, 6-3, 7-6.", &[]),
        ("The Dow fell 102.2 points, or 0.36%, to 27,934.02.", &["102.2 points", "0.36%", "27,934.02"]),
    ]);
}

#[rustfmt::skip]
#[test]
fn exclusions() {
    check_texts(&[
        ("The deal was signed on February 29.", &[]),
        // Scores told by a word of winning or losing, or a run of them: even ascending.
        ("Ana Ruiz won 6-4, 3-6, 7-5.", &[]),
        ("City lost 1-3 at home.", &[]),
        ("It was a 0-2 defeat.", &[]),
        ("It films 1080p video.", &[]),
        // Telephone numbers, street addresses, `No 3`.
        ("Call 020 7946 0321 now.", &[]),
        ("Call +44 20 7946 0321 or (555) 123-4567.", &[]),
        ("The plant is at 22 Millbrook Way.", &[]),
        ("He lives at 10 Downing Street and 86 Gansevoort St. in town.", &[]),
        ("The song reached No 3 in the charts.", &[]),
        ("Troops must leave by May 2021.", &[]),
        (" date 2020-06-02 The Taliban said.", &[]),
        ("The 2019 talks failed.", &[]),
        ("Under the 2020 deal, troops leave.", &[]),
        ("It happened in 2016.", &[]),
        ("He spoke on Jan. 22 in Kabul.", &[]),
        ("The meeting was on 19 November 2019.", &[]),
        ("Published 11:34 PM EST Nov 19, 2019.", &[]),
        ("They left about 4:30 a.m. for the rally.", &[]),
        ("The game starts at 7 p.m. sharp.", &[]),
        ("Lakers hold off OKC 112-107.", &[]),
        ("Lakers up 109-98 with 3:08 to play.", &[]),
        ("He recalled 9/11 often.", &[]),
        ("The COVID-19 pandemic spread.", &[]),
        ("It violates Resolution 2513.", &[]),
        ("Take exit 436 and then junction 32.", &[]),
        ("The show airs on channel 125 and in episode 13.", &[]),
        ("Read Section 3 first.", &[]),
        ("Flight 370 vanished.", &[]),
        ("The S&P 500 index fell.", &[]),
        ("It was the 2nd time and the 30th opponent.", &[]),
        ("One such meeting took place.", &[]),
        ("One is doing one type of maneuver.", &[]),
        ("He is one of the best.", &[]),
        ("Do you like this article? 3 Comment", &[]),
        ("Denotes required field 1500 / 1500", &[]),
        ("He won the Champions League twice and once more.", &[]),
        ("Several thousand teachers came.", &[]),
        ("Hundreds of people and dozens of cars.", &[]),
        ("It has lasted decades.", &[]),
        ("He was sacked a year ago.", &[]),
        ("Benchmark 10-year notes rose.", &[]),
        ("The 30-year bond fell.", &[]),
        ("Three-month aluminum lost ground.", &[]),
        ("Smith-Jones drilled a 3-pointer.", &[]),
        ("Crude CLc1 and gauge .MIWD00000PUS rose.", &[]),
        ("The season ends in 2022/23.", &[]),
        ("On 11/13/19 at 4:00 PM EST it rose.", &[]),
        ("He joined in the mid-2020s or the 1990s.", &[]),
        ("It was their first half.", &[]),
        ("He drove a Formula One car.", &[]),
        ("Version 1.2.3 shipped.", &[]),
        ("The ’90s were different.", &[]),
        ("The count is 1,2,3,4.", &["1"]),
        ("A ‘phase one’ deal.", &[]),
        ("He lives at 221B Baker Street and calls 555-1234.", &[]),
        ("The iPhone 11 costs $699.", &["$699"]),
        ("Between 2015 and 2018, cases doubled.", &[]),
        ("5. Eleven police killed", &[]),
        ("I am the only one who does not need it.", &[]),
        ("I hope to be like that one day.", &[]),
        ("The room was about half-full on Saturday.", &[]),
        ("tweet_id=\"672160504572452864\" timestamp=\"1449075600\"", &[]),
        ("He was born in Texas. [3] His father left.", &[]),
        ("Call 0590854950 for details.", &[]),
        ("Belgium beat Panama 3 – 0 on Monday.", &[]),
    ]);
}

/// A scaled decimal is the decimal it is written as, to the last bit: `16.4 million` is
/// 16,400,000, not the 16,399,999.999999998 a float product gives.
#[test]
fn scaled_decimals_are_exact() {
    for (text, want) in [
        ("It paid C$16.4 million.", 16_400_000.0),
        ("Some 1.1 million people voted.", 1_100_000.0),
        ("Sales hit $16.4bn.", 16_400_000_000.0),
        ("Debt of 0.7 trillion yen.", 700_000_000_000.0),
        ("It lent 2.35 billion euros.", 2_350_000_000.0),
    ] {
        assert_eq!(numbers(text)[0].value, Some(want), "{text}");
    }
    let range = &numbers("It raised $16.4-20 million.")[0];
    assert_eq!((range.low, range.high), (Some(16_400_000.0), Some(20_000_000.0)));
}

/// `one in five adults`: a share of two whole numbers, kind percent, its qualifier before it.
#[rustfmt::skip]
#[test]
fn shares() {
    check(&[
        ("By now one in five adults are affected.", "one in five adults", One(0.2), None, "percent", Some("adults")),
        ("About 1 in 10 voters changed their minds.", "About 1 in 10 voters", One(0.1), Some("about"), "percent", Some("voters")),
        ("One in every four children is poor.", "One in every four children", One(0.25), None, "percent", Some("children")),
    ]);
    check_texts(&[
        ("He scored 3 in 10 days.", &["3", "10 days"]),
        ("Two in 2021 and one in 2022.", &["Two"]),
    ]);
}

#[test]
fn bounds_and_fields() {
    let n = &numbers("He held at least six high-profile meetings.")[0];
    assert_eq!(n.text, "at least six high-profile meetings");
    assert_eq!((n.value, n.low_inclusive, n.high_inclusive), (Some(6.0), Some(true), None));
    assert_eq!(n.qualifier_text.as_deref(), Some("at least"));
    assert_eq!(n.counted.as_deref(), Some("high-profile meetings"));
    assert_eq!(n.key, "count:meeting");
    let n = &numbers("Fewer than 10 cases.")[0];
    assert_eq!((n.low_inclusive, n.high_inclusive), (None, Some(false)));
    let n = &numbers("It has between 400 and 600 active members.")[0];
    assert_eq!((n.low_inclusive, n.high_inclusive), (Some(true), Some(true)));
    assert_eq!(n.numerals.len(), 2);
    let text = "It has between 400 and 600 active members.";
    assert_eq!(&text[n.numerals[0].range()], "400");
    assert_eq!(&text[n.numerals[1].range()], "600");
    let n = &numbers("Ages over 50 but under 65 qualify.")[0];
    assert_eq!((n.low, n.high, n.low_inclusive, n.high_inclusive), (Some(50.0), Some(65.0), Some(false), Some(false)));
    assert_eq!((n.qualifier, n.numerals.len()), (None, 2));
    let n = &numbers("It needs at least 5 and at most 9 votes.")[0];
    assert_eq!((n.low_inclusive, n.high_inclusive), (Some(true), Some(true)));
    let n = &numbers("Prices fell to £1.2m.")[0];
    assert_eq!(n.currency.as_deref(), Some("GBP"));
    assert_eq!(n.key, "money:GBP");
    let n = &numbers("The road is 3,100 kilometers long.")[0];
    assert_eq!(n.measure_unit.as_deref(), Some("km"));
    let n = &numbers("The yen strengthened to 108.55 per dollar.")[0];
    assert_eq!(n.currency.as_deref(), Some("JPY"));
}

/// `text` holds exactly one claim, of money: its text and currency code.
fn check_currency(cases: &[(&str, &str, Option<&str>)]) {
    let mut failures = Vec::new();
    for &(text, claim, currency) in cases {
        let got: Vec<_> = numbers(text)
            .into_iter()
            .map(|n| (n.text, n.kind.as_str(), n.currency.as_deref().map(str::to_owned)))
            .collect();
        let want = vec![(claim.to_owned(), "money", currency.map(str::to_owned))];
        if got != want {
            failures.push(format!("{text:?}\n   want {want:?}\n   got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

#[test]
fn currency_codes() {
    check_currency(&[
        // A nationality before the currency noun names it, for its own nouns only.
        ("The bank lent 12 mln Swiss francs to the mill.", "12 mln Swiss francs", Some("CHF")),
        ("A toll of 40 French francs was charged.", "40 French francs", Some("FRF")),
        ("Fees came to 900 Danish crowns in all.", "900 Danish crowns", Some("DKK")),
        ("They sold 3 Brazilian real of bread.", "3 Brazilian real", Some("BRL")),
        // A sign that is no word, after the amount.
        ("Entry costs 12 € at the door.", "12 €", Some("EUR")),
        ("A pencil costs 35¢ here.", "35¢", Some("USD")),
        ("The bowl sold for 80 元 yesterday.", "80 元", Some("CNY")),
        // A country's letters apart from its dollar sign, as tokenised copy writes them.
        ("the charge was c $ 300 million in all", "c $ 300 million", Some("CAD")),
        ("exports rose to hk $ 10.05 billion .", "hk $ 10.05 billion", Some("HKD")),
        ("It was a $5 bill.", "$5", Some("USD")),
        ("It cost us $5 in all.", "$5", Some("USD")),
        ("Lee's $5 plan failed.", "$5", Some("USD")),
    ]);
}

#[test]
fn keys_group_across_spellings() {
    let a = &numbers("There are 200 to 500 Al-Qaeda fighters.")[0];
    let b = &numbers("There are between 200 and 500 Al Qaeda fighters.")[0];
    assert_eq!(a.key, "count:fighter");
    assert_eq!(a.key, b.key);
}

#[test]
fn sources() {
    let n = &numbers("There are 2,500 troops, according to the Pentagon.")[0];
    assert_eq!(n.source.as_deref(), Some("the Pentagon"));
    // a determiner opening the sentence is lower case, as in a quote's speaker
    let n = &numbers("The report says there were 400 members.")[0];
    assert_eq!(n.source.as_deref(), Some("the report"));
    let n = &numbers("The UN report says 400 members remain.")[0];
    assert_eq!(n.source.as_deref(), Some("the UN report"));
    // an indefinite subject opening the sentence; not a fraction, nor an `a` inside a phrase
    let n = &numbers("A spokesman said 12 people were hurt.")[0];
    assert_eq!(n.source.as_deref(), Some("a spokesman"));
    let n = &numbers("Sales rose from a previously reported 5%.")[0];
    assert_eq!(n.source, None);
    let found = numbers("A third said 40 people came.");
    assert!(found.iter().all(|n| n.source.is_none()), "{found:?}");
    // past a `which` or `who` clause between the subject and the verb
    let n = &numbers("The company, which employs 5,000 people, said profit rose 5%.")[1];
    assert_eq!(n.source.as_deref(), Some("the company"));
    let n = &numbers("Officials briefed on the UN report said 400 members remain.")[0];
    assert_eq!(n.source, None);
    let n = &numbers("Douglas London said 30 people came.")[0];
    assert_eq!(n.source.as_deref(), Some("Douglas London"));
    let n = &numbers("There are 2,500 troops there.")[0];
    assert_eq!(n.source, None);
    let n = &numbers("He said 30 people came.")[0];
    assert_eq!(n.source, None);
    // a short phrase between a comma and the verb that ends the sentence; no pronoun
    let n = &numbers("At least 40 people died, officials said on Monday.")[0];
    assert_eq!(n.source.as_deref(), Some("officials"));
    let n = &numbers("Sales will reach $5 billion, its chief executive said.")[0];
    assert_eq!(n.source.as_deref(), Some("its chief executive"));
    let n = &numbers("Output fell to 3 mln tonnes, company officials told Reuters.")[0];
    assert_eq!(n.source.as_deref(), Some("company officials"));
    let n = &numbers("Sales fell 30 pct, he said.")[0];
    assert_eq!(n.source, None);
    let n = &numbers("Sales fell 30 pct, as officials with the bank said.")[0];
    assert_eq!(n.source, None);
}

#[test]
fn inside_a_quote() {
    let doc = crate::analyze("“We have 2,000 armed fighters,” said Ann Mir. Then 30 left.");
    assert_eq!(doc.quotes[0].speaker.as_deref(), Some("Ann Mir"));
    assert_eq!(doc.numbers[0].source.as_deref(), Some("Ann Mir"));
    assert_eq!(doc.numbers[0].quote, Some(0));
    assert_eq!(doc.numbers[1].quote, None);
    assert_eq!(doc.numbers[1].sentence, 1);
}

#[test]
fn data_files_are_sorted_and_unique() {
    for data in lexicon::FILES {
        let keys: Vec<&str> = data
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| l.split('\t').next().unwrap())
            .collect();
        let mut sorted = keys.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(keys, sorted);
    }
}

#[test]
fn never_panics_on_odd_input() {
    let long = "9".repeat(1_000_000);
    let chain = "1,2,".repeat(10_000);
    let dashes = "1-2-".repeat(10_000);
    let dims = "1x".repeat(10_000);
    for text in [
        "",
        "1",
        "$",
        "£",
        "-",
        "1-",
        "-1",
        "1/",
        "1/0",
        "0/0",
        "1,",
        ",1",
        "1.",
        ".5",
        "1e9",
        "½",
        "😀1😀",
        "1😀",
        "a 1 b",
        "one",
        "a",
        "a dozen",
        "hundred",
        "a couple",
        "and a half",
        "five-and-a",
        "1 x",
        "1 by",
        "between 1 and",
        "from",
        "$$$1",
        "US$",
        "1%%",
        "1°",
        "°1",
        "1-year-",
        "1--2",
        "1––2",
        "”1”",
        "…1…",
        long.as_str(),
        chain.as_str(),
        dashes.as_str(),
        dims.as_str(),
    ] {
        for n in numbers(text) {
            assert_eq!(&text[n.span.range()], n.text);
        }
    }
    // Ten digits or more without separators are ids (more than 15 even alone); grouped ones saturate.
    assert!(numbers(&long).is_empty());
    let grouped = format!("{}999 people", "999,".repeat(120));
    assert_eq!(numbers(&grouped)[0].value, Some(f64::MAX));
}

#[test]
fn serde_round_trip_and_char_offsets() {
    let text = "“Prices hit £1.2m,” she said — about 30 people came.";
    let doc = crate::analyze(text);
    for n in &doc.numbers {
        let json = serde_json::to_string(n).unwrap();
        let back: Number = serde_json::from_str(&json).unwrap();
        assert_eq!(&back, n);
    }
    let chars: Vec<char> = text.chars().collect();
    let doc = doc.with_char_offsets();
    for n in &doc.numbers {
        let by_chars: String = chars[n.span.start..n.span.end].iter().collect();
        assert_eq!(by_chars, n.text);
        for s in &n.numerals {
            let numeral: String = chars[s.start..s.end].iter().collect();
            assert!(n.text.contains(&numeral));
        }
    }
    assert_eq!(doc.numbers.len(), 2);
}

/// The buffers kept on the thread carry nothing from one text to the next: a text's
/// claims are the same after another text, and on a fresh thread.
#[test]
fn scratch_buffers_carry_nothing_between_texts() {
    let long = "Al-Qaeda still has between 400 and 600 active members in 12 provinces, \
                the report said. Prices rose 5% to $1.2 billion, up from 3,100 tons.";
    let short = "He served for more than 30 years.";
    let first = numbers(short);
    assert_eq!(numbers(long).len(), 5);
    assert_eq!(numbers(short), first);
    let fresh = std::thread::spawn(move || numbers(short)).join().expect("thread");
    assert_eq!(fresh, first);
    assert_eq!(first.len(), 1);
}

/// A bare number compared with the claim before it takes that claim's noun and kind.
#[test]
fn compared_counts_share_their_noun() {
    let units = |text: &str| numbers(text).into_iter().map(|n| n.unit).collect::<Vec<_>>();
    let officers = Some("officers".to_owned());
    assert_eq!(units("The force has 1,250 officers, down from 1,430."), [officers.clone(), officers]);
    let arrests = Some("arrests".to_owned());
    assert_eq!(units("Police made seven arrests, compared with 31 last year."), [arrests.clone(), arrests]);
    assert_eq!(units("It has 40 staff, up from 3%."), [Some("staff".to_owned()), Some("percent".to_owned())]);
    assert_eq!(units("It has 40 staff and 12 in Oslo."), [Some("staff".to_owned()), None]);
    let found = numbers("Net 551.7 mln dlrs vs 81.3 mln");
    assert_eq!((found[1].kind, found[1].currency.as_deref()), (super::Kind::Money, Some("USD")));
}
