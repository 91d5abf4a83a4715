//! The five bundled news articles: the default corpus of `copydesk analyze`.

/// The bundled articles as `(id, text)`, sorted by id; the id is the file name in
/// `seeds/` without `.txt`.
///
/// ```
/// let seeds = copydesk::seeds();
/// assert_eq!(seeds.len(), 5);
/// assert!(seeds.iter().all(|(_, text)| text.len() > 1000));
/// ```
pub fn seeds() -> &'static [(&'static str, &'static str)] {
    &SEEDS
}

macro_rules! seed {
    ($id:literal) => {
        ($id, include_str!(concat!("../seeds/", $id, ".txt")))
    };
}

static SEEDS: [(&str, &str); 5] = [
    seed!("000_5e305de6cae3bff8"),
    seed!("001_66c5ae46b4422667"),
    seed!("002_59f9e9006e07a4ae"),
    seed!("003_c7b4fa4417f7b5a8"),
    seed!("004_be69b1062b4f54c3"),
];
