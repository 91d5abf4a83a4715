//! The word lists of attribution, kept as data in `data/*.txt`.

use crate::lexicon::WordList;
use std::sync::LazyLock;

macro_rules! list {
    ($(#[$doc:meta])* $name:ident, $file:literal) => {
        $(#[$doc])*
        pub(crate) static $name: LazyLock<WordList> =
            LazyLock::new(|| WordList::parse(include_str!(concat!("data/", $file))));
    };
}

list!(
    /// Verbs that link speech to its source, every form (`said`, `tells`, `adding`).
    CUES, "cues.txt"
);
list!(
    /// Cues that are also ordinary narration verbs: they count only right beside a quote.
    WEAK_CUES, "weak_cues.txt"
);
list!(
    /// Nouns that introduce speech by its source (`a statement by X that`).
    NOUN_CUES, "noun_cues.txt"
);
list!(
    /// Subject pronouns (`he`, `it`).
    PRONOUNS, "pronouns.txt"
);
list!(
    /// Nouns for documents that speak (`report`, `letter`).
    DOC_NOUNS, "doc_nouns.txt"
);
list!(
    /// Words that make a name an organisation or a place (`Ministry`, `Province`).
    ORG_WORDS, "org_words.txt"
);
list!(
    /// Ranks, offices and honorifics before a name (`Col.`, `Senator`).
    TITLES, "titles.txt"
);
list!(
    /// Lower-case role nouns (`spokesperson`, `envoy`).
    ROLE_NOUNS, "role_nouns.txt"
);
list!(
    /// Name particles (`bin`, `al`, `van`).
    PARTICLES, "particles.txt"
);
list!(
    /// Adverbs and auxiliaries between a subject and its cue (`also`, `has`).
    SKIP_WORDS, "skip_words.txt"
);
list!(
    /// Capitalised function words and time names, never a person (`The`, `Monday`).
    STOP_CAPS, "stop_caps.txt"
);

/// Whether `word` is a cue (strong or weak).
pub(crate) fn is_cue(word: &str) -> bool {
    CUES.contains(word)
}

/// Whether `word` is a cue that also counts away from the quote.
pub(crate) fn is_strong_cue(word: &str) -> bool {
    CUES.contains(word) && !WEAK_CUES.contains(word)
}

/// A determiner that opens a noun phrase.
pub(crate) fn is_determiner(word: &str) -> bool {
    matches!(
        word,
        "the"
            | "The"
            | "a"
            | "A"
            | "an"
            | "An"
            | "its"
            | "Its"
            | "this"
            | "This"
            | "his"
            | "His"
            | "her"
            | "Her"
            | "their"
            | "Their"
            | "our"
            | "Our"
            | "that"
            | "These"
            | "these"
            | "those"
            | "Those"
            | "some"
            | "Some"
            | "several"
            | "Several"
            | "many"
            | "Many"
            | "other"
            | "Other"
            | "another"
            | "Another"
    )
}

/// A preposition or conjunction that ends a noun phrase.
pub(crate) fn is_phrase_break(word: &str) -> bool {
    matches!(
        word,
        "in" | "on"
            | "at"
            | "with"
            | "for"
            | "during"
            | "after"
            | "before"
            | "from"
            | "by"
            | "to"
            | "about"
            | "and"
            | "or"
            | "but"
            | "that"
            | "who"
            | "which"
            | "as"
            | "when"
            | "while"
            | "if"
            | "because"
            | "than"
            | "into"
            | "over"
            | "under"
            | "since"
            | "until"
            | "via"
            | "through"
            | "is"
            | "are"
            | "was"
            | "were"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "could"
            | "should"
            | "can"
            | "may"
            | "might"
            | "must"
            | "not"
            | "did"
            | "does"
            | "do"
            | "be"
            | "been"
            | "being"
            | "said"
            | "says"
            | "told"
    )
}

/// Connectives that may open a clause before its subject (`But`, `However`).
pub(crate) fn is_connective(word: &str) -> bool {
    matches!(
        word,
        "But"
            | "but"
            | "And"
            | "and"
            | "However"
            | "however"
            | "So"
            | "so"
            | "Yet"
            | "yet"
            | "Still"
            | "Also"
            | "Meanwhile"
            | "Then"
            | "then"
            | "Now"
            | "Instead"
            | "Indeed"
            | "Later"
            | "Separately"
            | "Earlier"
    )
}
