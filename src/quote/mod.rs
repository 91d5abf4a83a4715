//! Quotations and who said them.
//!
//! Three steps, each local to the quote:
//!
//! 1. `marks`: the quotation marks are found by their bytes and paired paragraph by
//!    paragraph (repairing unclosed, unopened and mistyped marks);
//! 2. attribution: the cue (`said`, `told`, `according to`, `reads`) and its speaker
//!    phrase are looked for in the quote's own sentence, right after the quote, then
//!    before it, then in a sentence ending with `:` before it; a quote with none takes
//!    the speaker of the quote it continues (a split quote, the next paragraph of a
//!    quote, a block quote);
//! 3. resolution (`speaker`): pronouns, surnames and role nouns go to the names seen in
//!    the document.
//!
//! The word lists (cues, pronouns, titles, role, document and organisation nouns) are data
//! in `data/*.txt`.

mod cues;
mod marks;
mod room;
mod speaker;
#[cfg(test)]
mod tests;
mod tokens;

use crate::document::MapSpans;
use crate::lexicon::FastMap;
use crate::lexicon::WordList;
use crate::span::Span;
use serde::{Deserialize, Serialize};
use speaker::{apposition, canonical_phrase, parse_np, parse_speaker, Gender, Np, NpKind, Registry, Tokens, Window};
use std::sync::LazyLock;

/// Verbs that attribute speech (`said`, `testified`).
pub(crate) static SPEECH_VERBS: LazyLock<WordList> =
    LazyLock::new(|| WordList::parse(include_str!("data/speech_verbs.txt")));

/// What kind of quotation it is.
///
/// ```
/// assert_eq!(serde_json::to_string(&copydesk::quote::QuoteKind::Partial).unwrap(), "\"partial\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A whole sentence or more of speech.
    Direct,
    /// A phrase quoted inside the writer's own sentence.
    Partial,
    /// A paragraph of speech with no cue, attributed from the context.
    Block,
}

/// What kind of source a speaker is.
///
/// ```
/// assert_eq!(serde_json::to_string(&copydesk::quote::SpeakerKind::Document).unwrap(), "\"document\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// A person (`Suhail Shaheen`).
    Person,
    /// An organisation (`the Pentagon`).
    Organization,
    /// A document (`the UN report`).
    Document,
    /// People in the plural (`officials`).
    Group,
    /// Not known, or no speaker.
    Unknown,
}

/// How the speaker was found.
///
/// ```
/// assert_eq!(serde_json::to_string(&copydesk::quote::Resolution::LaterMention).unwrap(), "\"later_mention\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Resolution {
    /// Named at the quote.
    Explicit,
    /// A pronoun at the quote, resolved to an earlier speaker or subject.
    Pronoun,
    /// A surname, resolved to the full name seen earlier.
    Surname,
    /// A role noun (`the spokesperson`), resolved to the person it was said of.
    Role,
    /// No cue: the speaker of the quote it continues.
    Continuation,
    /// Named only later in the text.
    LaterMention,
    /// No speaker.
    None,
}

/// Some words of the text: their span and text.
///
/// ```
/// let m = copydesk::quote::Mention { span: copydesk::Span::new(0, 2), text: "he".into() };
/// assert_eq!(m.text, "he");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// Where they are.
    #[serde(flatten)]
    pub span: Span,
    /// Their text.
    pub text: String,
}

impl Mention {
    fn new(text: &str, span: Span) -> Self {
        Mention { span, text: text[span.range()].to_owned() }
    }
}

impl MapSpans for Mention {
    fn map_spans(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        self.span = f(self.span);
    }
}

/// The span of a quote with its marks, serialised as `outer_start` and `outer_end`.
///
/// ```
/// let outer = copydesk::quote::OuterSpan { outer_start: 0, outer_end: 4 };
/// assert_eq!(outer.span(), copydesk::Span::new(0, 4));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct OuterSpan {
    /// Where the opening mark is (or the quote starts, when it has none).
    pub outer_start: usize,
    /// After the closing mark (or the quote's end, when it has none).
    pub outer_end: usize,
}

impl OuterSpan {
    /// As a [`Span`].
    ///
    /// ```
    /// assert_eq!(copydesk::quote::OuterSpan { outer_start: 2, outer_end: 9 }.span().len(), 7);
    /// ```
    pub fn span(self) -> Span {
        Span::new(self.outer_start, self.outer_end)
    }
}

/// Marks that were repaired to read a quote, so users can audit them.
///
/// ```
/// let doc = copydesk::analyze("“It never closes, he said.");
/// assert!(doc.quotes[0].flags.unclosed);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct QuoteFlags {
    /// No closing mark in its paragraph.
    pub unclosed: bool,
    /// No opening mark.
    pub unopened: bool,
    /// A mark read as the other kind (`, “he said`).
    pub repaired: bool,
}

/// A quotation: the words inside the marks, and who said them.
///
/// ```
/// let text = "“We will not leave,” said Jens Stoltenberg, the NATO chief.";
/// let doc = copydesk::analyze(text);
/// let q = &doc.quotes[0];
/// assert_eq!(q.text, "We will not leave");
/// assert_eq!(&text[q.span.range()], q.text);
/// assert_eq!(q.speaker.as_deref(), Some("Jens Stoltenberg"));
/// assert_eq!(q.speaker_title.as_deref(), Some("the NATO chief"));
/// assert_eq!(q.cue.as_ref().map(|c| c.text.as_str()), Some("said"));
/// assert_eq!(q.kind, copydesk::quote::QuoteKind::Direct);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words, without the marks and a trailing comma.
    #[serde(flatten)]
    pub span: Span,
    /// Their text.
    pub text: String,
    /// The quote with its marks.
    #[serde(flatten)]
    pub outer: OuterSpan,
    /// Direct, partial or block.
    pub kind: QuoteKind,
    /// Shared by the pieces of one quote (split by its attribution, or over paragraphs).
    pub group: usize,
    /// Who said them: the name as first given in full, or `None`.
    pub speaker: Option<String>,
    /// The words naming the speaker at this quote (`he`, `the spokesperson`, `Shaheen`).
    pub speaker_mention: Option<Mention>,
    /// The role given beside the speaker (`the group’s spokesperson`, `Col.`).
    pub speaker_title: Option<String>,
    /// Person, organisation, document, group or unknown.
    pub speaker_kind: SpeakerKind,
    /// How the speaker was found.
    pub resolution: Resolution,
    /// The word or phrase linking the quote to its speaker (`said`, `according to`, `:`).
    pub cue: Option<Mention>,
    /// Whom it was said to (`told SAMAA Digital`).
    pub addressee: Option<Mention>,
    /// Index of the sentence it starts in.
    pub sentence: usize,
    /// Indices of the numeric claims inside it.
    pub numbers: Vec<usize>,
    /// Repaired marks.
    pub flags: QuoteFlags,
}

impl MapSpans for Quote {
    fn map_spans(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        self.span = f(self.span);
        let outer = f(self.outer.span());
        self.outer = OuterSpan { outer_start: outer.start, outer_end: outer.end };
        for m in [&mut self.speaker_mention, &mut self.cue, &mut self.addressee].into_iter().flatten() {
            m.map_spans(f);
        }
    }
}

/// A speaker of a document: the name, and where and what it said.
///
/// ```
/// let doc = copydesk::analyze("“Yes,” said Ann Lee. “No,” Lee added.");
/// assert_eq!(doc.speakers.len(), 1);
/// assert_eq!(doc.speakers[0].name, "Ann Lee");
/// assert_eq!(doc.speakers[0].quotes, [0, 1]);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    /// The canonical name.
    pub name: String,
    /// Person, organisation, document or group.
    pub kind: SpeakerKind,
    /// Titles given beside it.
    pub titles: Vec<String>,
    /// Every mention at a quote.
    pub mentions: Vec<Mention>,
    /// Indices of its quotes in [`Document::quotes`](crate::Document::quotes).
    pub quotes: Vec<usize>,
}

impl MapSpans for Speaker {
    fn map_spans(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        self.mentions.iter_mut().for_each(|m| m.map_spans(f));
    }
}

/// A quote's attribution, resolved.
#[derive(Debug, Clone)]
struct Resolved {
    speaker: Option<String>,
    kind: SpeakerKind,
    resolution: Resolution,
    mention: Option<Mention>,
    title: Option<String>,
    cue: Option<Mention>,
    addressee: Option<Mention>,
    group: usize,
}

impl Default for Resolved {
    fn default() -> Self {
        Resolved {
            speaker: None,
            kind: SpeakerKind::Unknown,
            resolution: Resolution::None,
            mention: None,
            title: None,
            cue: None,
            addressee: None,
            group: 0,
        }
    }
}

/// Bytes looked at on each side of a quote.
const WINDOW: usize = 400;

/// How a quote got its speaker.
#[derive(Debug, Clone, Copy)]
enum How {
    /// A cue and a speaker phrase beside it.
    Found(Found),
    /// From the quote at this index (split quote, next paragraph, same sentence).
    Continues(usize, bool),
    /// A block quote after the quote at this index.
    Block(usize),
    /// Its words appear in the quote at this index.
    Echo(usize),
    /// The subject of its clause, with a verb that is not a cue (`X decried the plan as “…”`):
    /// a speaker, but not a source that makes a one-word quote count.
    Subject(Found),
    /// A name and a colon with no verb (`Ann Lee: “…”`): a speaker when it is a full name
    /// or the surname of one.
    Colon(Found),
    None,
}

#[derive(Debug, Clone, Copy)]
struct Found {
    np: Np,
    cue: Span,
    title: Option<Span>,
    addressee: Option<Span>,
    /// Right beside the quote (`,” he said`), not somewhere in its sentence.
    adjacent: bool,
}

/// The quotations in `text` and their speakers, given its sentences.
pub(crate) fn find_quotes(text: &str, sentences: &[crate::Sentence]) -> (Vec<Quote>, Vec<Speaker>) {
    // Most texts have no marks: their sentence spans are not copied.
    let mut room = room::Room::take();
    marks::marks_into(text, &mut room.marks);
    if room.marks.is_empty() {
        room.give_back();
        return (Vec::new(), Vec::new());
    }
    room.sentences.extend(sentences.iter().map(|s| s.span));
    let room::Room { marks, pairs, para_ends, sentences: sent_spans, skip, hows, kinds, keep, resolved, renumber } =
        &mut *room;
    marks::pairs_into(text, sent_spans, marks, pairs, para_ends);
    if pairs.is_empty() {
        room.give_back();
        return (Vec::new(), Vec::new());
    }
    let (pairs, para_ends) = (&*pairs, &*para_ends);
    let sent_spans = &*sent_spans;
    let para_of = |i: usize| para_ends.partition_point(|&e| e <= i);
    let sentence_of = |i: usize| sent_spans.partition_point(|s| s.end <= i).min(sent_spans.len().saturating_sub(1));
    skip.extend(pairs.iter().map(|p| p.inner));
    let skip = &*skip;

    // 1. Attribution, local to each quote.
    let (mut lead_toks, mut trail_toks) = (Tokens::new(), Tokens::new());
    for (qi, p) in pairs.iter().enumerate() {
        let s_open = sentence_of(p.outer.start);
        let s_close = sentence_of(p.outer.end.saturating_sub(1).max(p.outer.start));
        let sent_start = sent_spans.get(s_open).map_or(0, |s| s.start.min(p.outer.start));
        let sent_end = sent_spans.get(s_close).map_or(text.len(), |s| s.end.max(p.outer.end));
        let prev_end = if qi > 0 { pairs[qi - 1].outer.end } else { 0 };
        let next_start = pairs.get(qi + 1).map_or(text.len(), |n| n.outer.start);
        let lead_from = tokens::ceil_boundary(text, sent_start.max(prev_end).max(p.outer.start.saturating_sub(WINDOW)));
        let lead_from = lead_from.min(p.outer.start);
        let trail_to =
            tokens::floor_boundary(text, sent_end.min(next_start).min(p.outer.end + WINDOW)).max(p.outer.end);
        // Between two quotes of a sentence the last one's trail is this one's lead: its
        // tokens are cut already.
        if trail_toks.range() == Span::new(lead_from, p.outer.start) {
            std::mem::swap(&mut lead_toks, &mut trail_toks);
        } else {
            lead_toks.fill(Span::new(lead_from, p.outer.start));
        }
        trail_toks.fill(Span::new(p.outer.end, trail_to));
        let (lead, trail) = (lead_toks.all(text), trail_toks.all(text));
        let lead_empty =
            (0..).take_while(|&i| lead.exists(i)).all(|i| !lead.is_word(i) || lead.has(i, cues::CONNECTIVE));
        let same_sentence_prev = qi > 0 && prev_end > sent_start;

        let mut how = How::None;
        if let Some(f) = trail_adjacent(&trail) {
            how = How::Found(f);
        } else if trail_to == p.outer.end && {
            // A nested quote may close first: `… win it?’”`.
            let inner = text[p.inner.range()].trim_end_matches(['’', '\'']);
            inner.ends_with(['?', '!', '…']) || inner.ends_with("...")
        } {
            // `“Is it two?” Clinton asks.`: after `?” ` or `!” ` the attribution starts a
            // new sentence; it counts when the cue comes within a few words.
            let next_end = sent_spans.get(s_close + 1).map_or(trail_to, |s| s.end).min(next_start);
            let next_end = tokens::floor_boundary(text, next_end.min(p.outer.end + 200)).max(p.outer.end);
            let next_toks = Tokens::of(Span::new(p.outer.end, next_end));
            let next = next_toks.all(text);
            // The cue must be in the quote's paragraph (`?” ¶ The agency said` is not one).
            let same_para = |f: &Found| !text[p.outer.end..f.cue.start].contains('\n');
            // A name right after the mark may have an apposition before its cue (`?” Ann
            // Lee, the chair of the party, said`).
            let named = |f: &Found| {
                f.np.kind == NpKind::Name
                    && f.np.span.start <= p.outer.end + 2
                    && f.title.is_some_and(|t| t.start > f.np.span.end)
            };
            let near = |f: &Found| (f.cue.start < p.outer.end + 48 || named(f)) && next.w(0) != "," && same_para(f);
            if let Some(f) = trail_adjacent(&next).filter(near) {
                how = How::Found(f);
            }
        }
        if matches!(how, How::None) && !lead_empty {
            if let Some(f) = lead_attr(&lead, false) {
                how = How::Found(f);
            }
        }
        let inside = matches!(how, How::Found(f) if !f.adjacent && matches!(f.np.kind, NpKind::Pronoun | NpKind::Name));
        if matches!(how, How::None) || inside {
            // `X was known for telling others “…”, said Y`: the sentence's own attribution
            // at its end names the source over a cue inside the reported words.
            if let Some(f) = trail_clause(&trail).filter(|f| matches!(how, How::None) || f.np.kind == NpKind::Name) {
                how = How::Found(f);
            }
        }
        if matches!(how, How::None) && !lead_empty {
            if let Some(f) = lead_attr(&lead, true) {
                how = How::Found(f);
            }
        }
        if matches!(how, How::None) && lead_empty && s_open > 0 {
            // `He said ... but added:` and the quote in the next sentence or paragraph.
            let prev = sent_spans[s_open - 1];
            if text[prev.range()].ends_with(':') && (qi == 0 || pairs[qi - 1].outer.end <= prev.start) {
                let from = tokens::ceil_boundary(text, prev.start.max(prev.end.saturating_sub(WINDOW)));
                let colon_toks = Tokens::of(Span::new(from, prev.end));
                let win = colon_toks.all(text);
                // `Ann Lee released the following statement:` with no cue: the subject.
                let subject = || {
                    clause_subject(&win, win.len(), false)
                        .filter(|(np, _, verb)| {
                            // Not `it gets better:` nor `Partial transcript as follows:`.
                            let person =
                                np.kind != NpKind::Pronoun || matches!(win.w(np.end - 1), "he" | "she" | "He" | "She");
                            person
                                && !matches!(np.kind, NpKind::Group | NpKind::Document)
                                && !win.has(*verb, cues::DOC_NOUN)
                        })
                        .map(|(np, title, verb)| Found {
                            np,
                            cue: win.span(verb, verb + 1),
                            title,
                            addressee: None,
                            adjacent: true,
                        })
                };
                if let Some(mut f) = lead_attr(&win, false).or_else(|| lead_attr(&win, true)).or_else(subject) {
                    f.adjacent = true;
                    how = How::Found(f);
                }
            }
        }
        if matches!(how, How::None) && lead_empty && s_open > 0 && !trail.exists(1) {
            // `Ann Lee agreed. “…”`, `Lee says the plan works. ¶ “…”`: a quote with no cue
            // opening the sentence right after one where a subject speaks (and no quote).
            let prev = sent_spans[s_open - 1];
            let quoteless = qi == 0 || pairs[qi - 1].outer.end <= prev.start;
            if quoteless && !text[prev.range()].ends_with(':') {
                let from = tokens::ceil_boundary(text, prev.start.max(prev.end.saturating_sub(WINDOW)));
                let prev_toks = Tokens::of(Span::new(from, prev.end));
                let win = prev_toks.all(text);
                // A narration-like cue (`Ann Lee praised the plan.`) counts with a plain subject.
                let found = lead_attr(&win, false).or_else(|| lead_attr(&win, true));
                if let Some(f) = found.filter(|f| f.np.kind != NpKind::Document) {
                    how = How::Found(f);
                }
            }
        }
        if matches!(how, How::None) && !lead_empty {
            // `X went even further: “…”`, `X decried the plan as “…”`.
            if let Some((np, title, verb)) = clause_subject(&lead, lead.len(), false) {
                let f = Found { np, cue: lead.span(verb, verb + 1), title, addressee: None, adjacent: false };
                how = if lead.w(lead.len() - 1) == ":" {
                    How::Found(Found { adjacent: true, ..f })
                } else {
                    How::Subject(f)
                };
            }
        }
        if matches!(how, How::None) && !lead_empty {
            // `Ann Lee: “…”`, `Rep. Ann Lee (D-Nev.): “…”`: a name and a colon, no verb.
            if let Some(f) = colon_name(&lead) {
                how = How::Colon(f);
            }
        }
        if matches!(how, How::None) && qi > 0 {
            let prev = &pairs[qi - 1];
            let same_para = para_of(prev.outer.start) == para_of(p.outer.start);
            if prev.continues {
                how = How::Continues(qi - 1, true);
            } else if same_sentence_prev || (same_para && lead_empty) {
                // `“A,” he said. “B.”` or two partial quotes in one sentence.
                let between = &text[prev.outer.end..p.outer.start];
                how = How::Continues(qi - 1, lead_empty && between.len() < 200);
            } else if lead_empty
                && !trail.exists(1)
                && paras_between(text, para_ends, prev.outer.start, p.outer.start) < BLOCK_PARAS
            {
                let whole =
                    para_starts_at(text, para_ends, p.outer.start) && para_ends.contains(&trail_to_end(text, p));
                if whole {
                    how = How::Block(qi - 1);
                }
            }
        }
        // `“I think,” Lee said, “that we can do better.”`: one quote split by its attribution.
        let split = qi > 0 && is_split(text, &pairs[qi - 1], p, &hows[qi - 1], &how);
        let kind = match how {
            How::Block(_) => QuoteKind::Block,
            _ if split && kinds[qi - 1] == QuoteKind::Direct => QuoteKind::Direct,
            // `the plan was “flawed” and “unworkable”`: a further phrase of the sentence.
            How::Continues(o, _)
                if same_sentence_prev && kinds[o] == QuoteKind::Partial && !lead_ends_with_cue(&lead) =>
            {
                QuoteKind::Partial
            }
            _ if lead_empty || lead_ends_with_cue(&lead) => QuoteKind::Direct,
            _ => QuoteKind::Partial,
        };
        hows.push(how);
        kinds.push(kind);
    }

    // 2. Filters: titles and unsourced scare quotes are not quotes.
    keep.resize(pairs.len(), true);
    let mut sourced_at = vec![false; pairs.len()];
    for (qi, p) in pairs.iter().enumerate() {
        let inner = &text[p.inner.range()];
        let words = count_words(inner, 4); // only up to 3 matters
        let adjacent = matches!(hows[qi], How::Found(f) if f.adjacent);
        // `“It must stop,” said Ann Lee. “Nobody listens.”`: a whole sentence in marks that
        // goes on from a quote with a source has that source.
        let whole_sentence = kinds[qi] == QuoteKind::Direct
            && inner.ends_with(['.', '!', '?'])
            && inner.starts_with(|c: char| c.is_uppercase());
        let goes_on = matches!(hows[qi], How::Continues(o, _) | How::Block(o) if matches!(hows[o], How::Found(_)));
        // `Lee said the plan was “flawed” and “unworkable”`: a further phrase of the
        // sentence has the source of the one before.
        let shares = matches!(hows[qi], How::Continues(o, _) if kinds[qi] == QuoteKind::Partial && sourced_at[o]);
        // `the two groups maintain 'close ties'`: a short phrase right after a weak cue is
        // the verb's object, not words it reports; but what someone calls, reads or reports
        // is their words (`what she calls “real solutions”`).
        let object = words <= 2
            && matches!(hows[qi], How::Found(f) if f.cue.end <= p.outer.start
            && text[f.cue.end..p.outer.start].trim().is_empty()
            && cues::flags_in(&text[f.cue.range()].to_ascii_lowercase(), cues::WEAK_CUE | cues::QUOTING_CUE)
                == cues::WEAK_CUE);
        // `The scheme, which has been described as a “back door”, will end, the government
        // said`: a short phrase that a passive names something is nobody's words.
        let named_passive = words <= 2
            && matches!(hows[qi], How::Found(f) if f.cue.end <= p.outer.start.saturating_sub(24) || f.cue.start >= p.outer.end)
            && passive_naming(text, p.outer.start);
        let sourced =
            matches!(hows[qi], How::Found(_)) && !object && !named_passive || whole_sentence && goes_on || shares;
        sourced_at[qi] = sourced;
        if (!adjacent && is_title_like(inner))
            || (words <= 2 && !sourced)
            || named_by_word_before(text, p.outer.start, inner)
        {
            keep[qi] = false;
        }
        if p.single && !sourced && words <= 3 {
            keep[qi] = false;
        }
        if words == 1 && is_nickname(text, p.outer, inner) {
            keep[qi] = false;
        }
        // `its “B” shares`: a lone letter is a label, never speech.
        if inner.len() <= 8 && inner.trim_matches(|c: char| !c.is_alphanumeric()).chars().count() == 1 {
            keep[qi] = false;
        }
    }
    // Short unattributed quotes that repeat an attributed quote's words.
    let mut echo_checks = 0;
    let mut sources: Option<EchoSources> = None;
    for qi in 0..pairs.len() {
        if !matches!(hows[qi], How::None) || echo_checks >= 64 {
            continue;
        }
        let words = count_words(&text[pairs[qi].inner.range()], 9);
        if words > 8 {
            continue;
        }
        echo_checks += 1;
        let needle = text[pairs[qi].inner.range()].trim_end_matches(['.', ',', '!', '?']).to_lowercase();
        if needle.len() < 4 {
            continue;
        }
        // (Quote `qi` has no source, so it is none of the quotes searched.)
        let sources = sources.get_or_insert_with(|| EchoSources::new(text, pairs, hows));
        if let Some(o) = sources.first_holding(&needle) {
            hows[qi] = How::Echo(o);
            keep[qi] = true;
        }
    }

    // 3. Resolution, in text order.
    // The names of the document are read only when a pronoun, surname or role asks.
    let registry = std::cell::OnceCell::new();
    let mut res = Resolver::new(text, &registry, skip);
    let mut next_group = 0;
    for (qi, how) in hows.iter().enumerate() {
        let r = match *how {
            How::Found(f) | How::Subject(f) | How::Colon(f) => {
                res.quote_start = pairs[qi].outer.start;
                let (speaker, kind, resolution) = res.resolve(&f.np);
                // The second piece of a quote split by its attribution is in the first's group.
                let split = qi > 0 && is_split(text, &pairs[qi - 1], &pairs[qi], &hows[qi - 1], how);
                let group = if split {
                    resolved[qi - 1].group
                } else {
                    next_group += 1;
                    next_group - 1
                };
                // `Update: “…”`: one capitalised word before a colon is a name only as a
                // known surname; otherwise the quote has no attribution.
                let lone = !text[f.np.name.range()].contains(char::is_whitespace);
                if matches!(how, How::Colon(_)) && lone && resolution == Resolution::Explicit {
                    resolved.push(Resolved { group, ..Resolved::default() });
                    continue;
                }
                let title = f.title.or(f.np.title).map(|t| text[t.range()].trim().to_owned());
                if let Some(name) = &speaker {
                    let said = Said {
                        pos: f.np.span.start.max(f.cue.start),
                        title: f.title.or(f.np.title),
                        mention: f.np.name,
                    };
                    res.note(name, kind, said);
                }
                Resolved {
                    speaker,
                    kind,
                    resolution,
                    mention: Some(Mention::new(text, f.np.span)),
                    title,
                    cue: Some(Mention::new(text, f.cue)),
                    addressee: f.addressee.map(|a| Mention::new(text, a)),
                    group,
                }
            }
            How::Continues(o, _) | How::Block(o) | How::Echo(o) if o < qi => {
                let src = &resolved[o];
                let group = if matches!(how, How::Continues(_, true)) {
                    src.group
                } else {
                    next_group += 1;
                    next_group - 1
                };
                Resolved {
                    speaker: src.speaker.clone(),
                    kind: src.kind,
                    resolution: if src.speaker.is_some() { Resolution::Continuation } else { Resolution::None },
                    mention: None,
                    title: src.title.clone(),
                    cue: if matches!(how, How::Continues(..)) { src.cue.clone() } else { None },
                    addressee: None,
                    group,
                }
            }
            _ => {
                next_group += 1;
                Resolved { group: next_group - 1, ..Resolved::default() }
            }
        };
        resolved.push(r);
    }
    // Echoes may point forward: fill them now.
    for qi in 0..pairs.len() {
        if let How::Echo(o) = hows[qi] {
            if o > qi {
                let src = resolved[o].clone();
                let r = &mut resolved[qi];
                r.speaker = src.speaker;
                r.kind = src.kind;
                r.title = src.title;
                r.resolution = if r.speaker.is_some() { Resolution::Continuation } else { Resolution::None };
            }
        }
    }
    // `“A. ¶ “B,” she said.`: the paragraphs of one quote share its group, and an opening
    // paragraph with no source of its own has the source that the quote ends with.
    for qi in 1..pairs.len() {
        if pairs[qi - 1].continues {
            resolved[qi].group = resolved[qi - 1].group;
        }
    }
    for qi in (0..pairs.len().saturating_sub(1)).rev() {
        if pairs[qi].continues && matches!(hows[qi], How::None) && resolved[qi + 1].speaker.is_some() {
            let src = resolved[qi + 1].clone();
            resolved[qi] = Resolved { resolution: Resolution::Continuation, mention: None, addressee: None, ..src };
        }
    }
    let mut out: Vec<Quote> = Vec::with_capacity(pairs.len());
    for ((p, r), (&kind, &kept)) in pairs.iter().zip(resolved.drain(..)).zip(kinds.iter().zip(keep.iter())) {
        if !kept {
            continue;
        }
        out.push(Quote {
            span: p.inner,
            text: text[p.inner.range()].to_owned(),
            outer: OuterSpan { outer_start: p.outer.start, outer_end: p.outer.end },
            kind,
            group: r.group,
            speaker: r.speaker,
            speaker_mention: r.mention,
            speaker_title: r.title,
            speaker_kind: r.kind,
            resolution: r.resolution,
            cue: r.cue,
            addressee: r.addressee,
            sentence: sentence_of(p.inner.start),
            numbers: Vec::new(),
            flags: QuoteFlags { unclosed: p.unclosed, unopened: p.unopened, repaired: p.repaired },
        });
    }
    // Group ids in order of first appearance among the kept quotes.
    // (Group ids are below `next_group`: a table by id, no hashing.)
    renumber.resize(next_group, usize::MAX);
    let mut n = 0;
    for q in &mut out {
        if let Some(new) = renumber.get_mut(q.group) {
            if *new == usize::MAX {
                *new = n;
                n += 1;
            }
            q.group = *new;
        }
    }
    let speakers = collect_speakers(&out);
    drop(res);
    drop(registry);
    room.give_back();
    (out, speakers)
}

/// The quotes with a source, in lower case, that a short quote with none may repeat:
/// written one after another into one buffer, a NUL between two, so that a needle is
/// searched for with one call over all of them, not one call for each (a document with
/// thousands of quotes made that the largest cost of the step).
struct EchoSources {
    /// The lower-case quotes, in text order, each followed by a NUL.
    joined: String,
    /// Where each starts in `joined`, and its quote's index.
    starts: Vec<(usize, usize)>,
}

impl EchoSources {
    /// The quotes of `pairs` whose attribution (`hows`) found a source.
    fn new(text: &str, pairs: &[marks::Pair], hows: &[How]) -> Self {
        let mut joined = String::new();
        let mut starts = Vec::new();
        for (o, (p, h)) in pairs.iter().zip(hows).enumerate() {
            if matches!(h, How::Found(_)) {
                starts.push((joined.len(), o));
                push_lowercase(&mut joined, &text[p.inner.range()]);
                joined.push('\0');
            }
        }
        EchoSources { joined, starts }
    }

    /// The bytes of source `k` (without its NUL) and its quote's index.
    fn source(&self, k: usize) -> (&[u8], usize) {
        let (start, o) = self.starts[k];
        let end = self.starts.get(k + 1).map_or(self.joined.len(), |n| n.0) - 1;
        (&self.joined.as_bytes()[start..end], o)
    }

    /// The first quote, in text order, longer than `needle` and holding it.
    fn first_holding(&self, needle: &str) -> Option<usize> {
        let finder = memchr::memmem::Finder::new(needle.as_bytes());
        let longer = |k: usize| self.source(k).0.len() > needle.len();
        if needle.as_bytes().contains(&0) {
            // A needle with a NUL may run over two sources: each is searched alone.
            return (0..self.starts.len())
                .find(|&k| longer(k) && finder.find(self.source(k).0).is_some())
                .map(|k| self.source(k).1);
        }
        // A match without a NUL lies inside one source; the first match in a source
        // long enough is in the first such source holding the needle.
        finder
            .find_iter(self.joined.as_bytes())
            .map(|at| self.starts.partition_point(|s| s.0 <= at) - 1)
            .find(|&k| longer(k))
            .map(|k| self.source(k).1)
    }
}

/// Appends `s` as [`str::to_lowercase`] gives it: ASCII in place, with no string of its own.
fn push_lowercase(out: &mut String, s: &str) {
    if s.is_ascii() {
        let at = out.len();
        out.push_str(s);
        out[at..].make_ascii_lowercase();
    } else {
        out.push_str(&s.to_lowercase());
    }
}

/// Whether quote `p` goes on from quote `prev` across the attribution they share
/// (`“I think,” Lee said, “that we can do better.”`): the first ends in a comma, its cue
/// is beside it, and between them is only a short clause closed by a comma.
fn is_split(text: &str, prev: &marks::Pair, p: &marks::Pair, prev_how: &How, how: &How) -> bool {
    let between = &text[prev.outer.end..p.outer.start];
    match (prev_how, how) {
        (How::Found(g), How::Found(f)) => {
            g.adjacent
                && g.cue == f.cue
                && between.len() <= SPLIT_CLAUSE
                && between.trim_end().ends_with(',')
                && text[prev.inner.start..prev.outer.end].trim_end_matches(['”', '"', '’', '\'']).ends_with(',')
        }
        _ => false,
    }
}

/// The longest attribution that splits a quote (`, Ann Lee told The New York Times in
/// 2012,`), in bytes; a longer clause says more than who spoke.
const SPLIT_CLAUSE: usize = 64;

/// A block quote may follow the quote before it with fewer paragraphs of narration
/// between than this (one).
const BLOCK_PARAS: usize = 2;

/// The paragraphs with words from the one holding byte `a` to the one holding byte `b`
/// (blank lines are no paragraphs), counted up to [`BLOCK_PARAS`].
fn paras_between(text: &str, para_ends: &[usize], a: usize, b: usize) -> usize {
    let (i, j) = (para_ends.partition_point(|&e| e <= a), para_ends.partition_point(|&e| e <= b));
    let mut n = 0;
    for k in i..j {
        if n >= BLOCK_PARAS {
            break;
        }
        let start = if k == 0 { 0 } else { para_ends[k - 1] };
        let end = para_ends.get(k).copied().unwrap_or(text.len());
        if k > i && !text.get(start..end).unwrap_or("").trim().is_empty() {
            n += 1;
        }
    }
    n
}

/// Whether the paragraph holding byte `i` starts with it (after white space).
fn para_starts_at(text: &str, para_ends: &[usize], i: usize) -> bool {
    let k = para_ends.partition_point(|&e| e <= i);
    let start = if k == 0 { 0 } else { para_ends[k - 1] };
    text[start..i].trim().is_empty()
}

/// The paragraph end right after a quote, if only white space follows it there.
fn trail_to_end(text: &str, p: &marks::Pair) -> usize {
    let rest = &text[p.outer.end..];
    let trimmed = rest.trim_start_matches([' ', '\t']);
    let at = p.outer.end + (rest.len() - trimmed.len());
    if trimmed.is_empty() || trimmed.starts_with(['\n', '\r']) {
        at
    } else {
        usize::MAX
    }
}

/// Whether the words before a quote end with a cue (`saying “`, `said: “`, `added, “`).
fn lead_ends_with_cue(lead: &Window) -> bool {
    let mut k = lead.len();
    while k > 0 && matches!(lead.w(k - 1), "," | ":" | "—") {
        k -= 1;
    }
    if k < lead.len() && lead.w(lead.len() - 1) == ":" {
        return true;
    }
    k > 0 && (cues::strong(lead.f(k - 1)) || k < lead.len() && lead.has(k - 1, cues::CUE))
}

/// The number of words of `s` (as `split_whitespace` cuts them), counting no further than
/// `max`: eight bytes at a time over ASCII, char by char elsewhere.
fn count_words(s: &str, max: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let bytes = s.as_bytes();
    let (mut n, mut after_space, mut i) = (0, true, 0);
    while i < bytes.len() && n < max {
        let chunk = bytes.get(i..i + 8).and_then(|c| <[u8; 8]>::try_from(c).ok()).map(u64::from_le_bytes);
        if let Some(x) = chunk.filter(|x| x & HIGH == 0) {
            // ASCII white space is 0x09..=0x0D and 0x20; the sums do not carry (bytes < 0x80).
            let within = |from: u8, to: u8| {
                x.wrapping_add(ONES * u64::from(0x80 - from)) & !x.wrapping_add(ONES * u64::from(0x80 - to - 1))
            };
            let space = (within(0x09, 0x0D) | within(b' ', b' ')) & HIGH;
            // A word starts at a non-space byte after a space byte (or the text's start).
            let before = space << 8 | u64::from(after_space) << 7;
            n += (!space & HIGH & before).count_ones() as usize;
            after_space = space >> 63 != 0;
            i += 8;
            continue;
        }
        let c = s[i..].chars().next().unwrap_or(' ');
        let space = c.is_whitespace();
        if !space && after_space {
            n += 1;
        }
        after_space = space;
        i += c.len_utf8();
    }
    n.min(max)
}

/// `a film called “Perception”`, `the podcast “So, That Happened.”`: a name or title in
/// marks, capitalised and short, right after a word that says it is one.
fn named_by_word_before(text: &str, outer_start: usize, inner: &str) -> bool {
    let before = &text[..outer_start];
    let trimmed = before.trim_end();
    if trimmed.len() == before.len() || !inner.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
        return false;
    }
    let mut words = trimmed.rsplit(|c: char| !c.is_alphanumeric() && c != '-');
    let mut word = words.next().unwrap_or("");
    if matches!(word, "him" | "her" | "them" | "it" | "himself" | "herself") {
        // `dubbed him “Hypo-Hale”`
        word = words.next().unwrap_or("");
    }
    cues::has(word, cues::NAMING) && count_words(inner, 9) <= 8
}

/// Whether the words right before byte `at` name something in the passive: a naming word
/// (`dubbed`, `called`, `described` as) after a form of `be` (`has been described as a`,
/// `is called`; not `could be termed`, which someone may be saying) or a comma (`The
/// scheme, dubbed a`), then `as` and a determiner if any.
fn passive_naming(text: &str, at: usize) -> bool {
    let from = tokens::ceil_boundary(text, at.saturating_sub(64));
    let mut words = text[from..at].split_whitespace().rev().peekable();
    if words.peek().is_some_and(|w| matches!(*w, "a" | "an" | "the")) {
        words.next();
    }
    if words.peek() == Some(&"as") {
        words.next();
    }
    let Some(verb) = words.next() else { return false };
    let verb = verb.trim_start_matches(',');
    if !cues::has(verb, cues::NAMING) || !verb.ends_with("ed") {
        return false;
    }
    match words.next() {
        Some(w) if w.ends_with(',') => true,
        Some(w) => matches!(w, "is" | "are" | "was" | "were" | "been" | "being"),
        None => false,
    }
}

/// `Jose “Chuy” Garcia`: one capitalised word in marks (`inner`, inside `outer`) between two
/// capitalised words, with no punctuation between the first two (`said Ann Lee. “No,” Lee
/// added` is speech).
fn is_nickname(text: &str, outer: Span, inner: &str) -> bool {
    let capitalised_word =
        |w: Option<&str>| w.is_some_and(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphanumeric));
    let before = text[..outer.start].strip_suffix(' ').and_then(|t| t.rsplit(' ').next());
    let after = text[outer.end..]
        .strip_prefix(' ')
        .and_then(|t| t.split(' ').next())
        .map(|w| w.trim_end_matches(|c: char| c.is_ascii_punctuation()));
    capitalised_word(Some(inner)) && capitalised_word(before) && capitalised_word(after)
}

/// Title case: every word of three letters or more capitalised but the small words titles
/// leave in lower case (`Agreement for Bringing Peace to Afghanistan`, `The Recruiter:
/// Espionage and ...`), and no sentence inside. (`There is a job to do.` is a sentence.)
fn is_title_like(inner: &str) -> bool {
    // One pass over the words, stopping at the first that rules it out.
    let (mut words, mut content) = (0, false);
    for w in inner.split_whitespace() {
        words += 1;
        if words > 14 || matches!(w, "I" | "I’m" | "I'm" | "We" | "You") {
            return false;
        }
        // (Counting stops at the fourth letter.)
        let letters = w.chars().filter(|c| c.is_alphabetic()).take(4).count();
        let small = matches!(w, "and" | "the" | "for" | "nor" | "but" | "yet" | "off" | "out" | "via" | "per");
        if letters >= 4 || letters == 3 && !small {
            if !tokens::is_cap(w.trim_start_matches(|c: char| !c.is_alphanumeric())) {
                return false;
            }
            content = true;
        }
    }
    if words < 2 || !content {
        return false;
    }
    let trimmed = inner.trim_end_matches(['.', '!', '?']);
    !(trimmed.contains(". ") || trimmed.contains(", ") && words < 4)
}

/// `,” he said`, `,” said X`, `,” read the report`, `,” the letter reads`.
fn trail_adjacent(win: &Window) -> Option<Found> {
    let mut i = 0;
    while win.exists(i) && matches!(win.w(i), "," | "—" | "–" | "-") {
        i += 1;
    }
    if !win.is_word(i) {
        return None;
    }
    if i == 1 && matches!(win.w(0), "—" | "–") {
        if let Some(f) = signature(win) {
            return Some(f);
        }
    }
    let w = win.w(i);
    if w == "according" && win.w(i + 1) == "to" {
        let np = parse_speaker(win, i + 2)?;
        let title = np.title.or_else(|| apposition(win, np.end).and_then(|a| a.0));
        return Some(Found { np, cue: win.span(i, i + 2), title, addressee: None, adjacent: true });
    }
    if is_lower_cue(win.f(i)) && inverts(w) {
        // `said Edmund Fitton-Brown, the coordinator of ...`, `said one former staffer`
        let np = parse_speaker(win, i + 1).or_else(|| speaker::described_person(win, i + 1))?;
        if np.kind == NpKind::Pronoun && !matches!(win.w(i + 1), "he" | "she") {
            return None;
        }
        // `said one voter, Ana Ruiz, 43`: a role with a name in apposition; the name speaks
        // (as after an office: `said the Speaker, Ann Roe`).
        let office = np.kind == NpKind::Org && np.end > 0 && win.has(np.end - 1, cues::TITLE);
        if (np.kind == NpKind::Role || office) && win.w(np.end) == "," {
            let named = parse_np(win, np.end + 1)
                .filter(|n| n.kind == NpKind::Name && (!win.exists(n.end) || matches!(win.w(n.end), "," | ".")));
            if let Some(name) = named {
                return Some(Found {
                    np: name,
                    cue: win.span(i, i + 1),
                    title: Some(np.span),
                    addressee: None,
                    adjacent: true,
                });
            }
        }
        let title = np.title.or_else(|| apposition(win, np.end).and_then(|a| a.0));
        return Some(Found { np, cue: win.span(i, i + 1), title, addressee: None, adjacent: true });
    }
    let np = parse_speaker(win, i)?;
    let mut k = np.end;
    let mut title = np.title;
    // `Ann Lee, a scientist at the Center in Dover, Delaware, and at the University in
    // Washington, D.C., said`
    if let Some((t, c)) = long_apposition(win, np) {
        let (cue, addressee) = (win.span(c, c + 1), addressee(win, c));
        return Some(Found { np, cue, title: title.or(Some(t)), addressee, adjacent: true });
    }
    if let Some((t, after)) = apposition(win, k) {
        title = title.or(t);
        k = after;
    }
    if win.w(k) == "(" && np.kind == NpKind::Name {
        // `Ann Lee (D-Nev.) said`
        if let Some(close) = (k + 1..k + 8).find(|&x| win.w(x) == ")") {
            k = close + 1;
        }
    }
    if win.w(k) == "," && np.kind == NpKind::Name && is_lower_cue(win.f(k + 1)) {
        // `the party’s chairman, Tom Hale, said`: the comma closing a role's name.
        k += 1;
    }
    // A pronoun or role reaches its cue over at most one other word, and any adverbs and
    // auxiliaries (`she would later say`).
    let skipped = (k..k + 3).take_while(|&x| win.has(x, cues::SKIP_WORD)).count();
    let limit = if matches!(np.kind, NpKind::Document | NpKind::Org | NpKind::Name) { k + 8 } else { k + 2 + skipped };
    while win.exists(k) && k < limit {
        if is_lower_cue(win.f(k)) {
            let addressee = addressee(win, k);
            return Some(Found { np, cue: win.span(k, k + 1), title, addressee, adjacent: true });
        }
        if phrasal_cue(win, k) {
            return Some(Found { np, cue: win.span(k, k + 2), title, addressee: None, adjacent: true });
        }
        if !win.is_word(k) || win.has(k, cues::DETERMINER) && k > np.end + 3 {
            return None;
        }
        k += 1;
    }
    None
}

/// `“Nobody is above the law.” — Ann Lee`: a name after a dash with nothing after it but a
/// title after a comma (`— Ann Lee, a nurse`) signs the quote; the dash is its cue.
fn signature(win: &Window) -> Option<Found> {
    let np = parse_speaker(win, 1).filter(|np| np.kind == NpKind::Name)?;
    let words_from = |x: usize| (x..win.len()).filter(|&y| win.is_word(y)).count();
    let title = match win.w(np.end) {
        "," if words_from(np.end + 1) > 0 => {
            let last = (np.end + 1..win.len()).rfind(|&y| win.is_word(y))?;
            Some(win.span(np.end + 1, last + 1))
        }
        _ if words_from(np.end) == 0 => np.title,
        _ => return None,
    };
    Some(Found { np, cue: win.span(0, 1), title, addressee: None, adjacent: true })
}

/// A name right before the colon that ends `win`, opening its clause: `Ann Lee:`,
/// `Rep. Ann Lee (D-Nev.):`, `GALLUP - Ann Lee and Tom Hale:`.
fn colon_name(win: &Window) -> Option<Found> {
    let c = win.len().checked_sub(1)?;
    if win.w(c) != ":" || c == 0 {
        return None;
    }
    let mut end = c;
    if win.w(c - 1) == ")" {
        end = (c.saturating_sub(8)..c - 1).rev().find(|&x| win.w(x) == "(")?;
    }
    let s = clause_start(win, end);
    let name = |s: usize| parse_np(win, s).filter(|np| np.kind == NpKind::Name);
    // (`Lee, speaking to the BBC:`: the name before the comma that opens the clause.)
    let np = name(s).or_else(|| (s >= 2 && win.w(s - 1) == ",").then(|| name(clause_start(win, s - 1))).flatten())?;
    let np = if np.end == end {
        np
    } else if win.w(np.end) == "and" {
        // Two people speaking together.
        let other = parse_np(win, np.end + 1).filter(|n| n.kind == NpKind::Name && n.end == end)?;
        let span = Span::new(np.name.start, other.span.end);
        Np { span, name: span, title: None, kind: NpKind::Name, end }
    } else if where_or_speaking(win, np.end, end) && !win.text[np.span.start..np.name.start].contains("ing ") {
        np
    } else {
        return None;
    };
    Some(Found { np, cue: win.span(c, c + 1), title: np.title, addressee: None, adjacent: true })
}

/// Tokens `a..b` between a name and its colon that tell where or to whom it spoke, with no
/// verb of its own: `Ann Lee on the touchline:`, `Lee, speaking to the BBC after the match:`.
fn where_or_speaking(win: &Window, a: usize, b: usize) -> bool {
    const WHERE: &[&str] = &["after", "at", "before", "from", "in", "on", "outside", "to"];
    let first = if win.w(a) == "," && win.w(a + 1).ends_with("ing") && win.has(a + 1, tokens::LOWER) {
        a + 2
    } else if WHERE.contains(&win.w(a)) {
        a + 1
    } else {
        return false;
    };
    // (Not `keeping Lee in jail will make him louder:`: no verb; nor a participle before
    // the name, which `colon_name` asks.)
    let verb = |k: usize| speaker::is_auxiliary(win.w(k)) || is_finite_cue(win, k);
    b > first && b - a <= 8 && (first..b).all(|k| win.is_word(k) && !win.has(k, cues::PRONOUN) && !verb(k))
}

/// A cue at token `k` in the finite form (`said`, `told`), not a noun or a participle.
fn is_finite_cue(win: &Window, k: usize) -> bool {
    win.f(k) & (cues::CUE | tokens::LOWER) == cues::CUE | tokens::LOWER && !win.w(k).ends_with("ing")
}

/// A verb and particle that together say someone spoke, right after the speaker:
/// `,” he went on`, `,” Ann Lee shot back`, `,” she fired back`.
fn phrasal_cue(win: &Window, k: usize) -> bool {
    match win.w(k) {
        "went" | "goes" | "go" => win.w(k + 1) == "on",
        "shot" | "fired" | "hit" | "snapped" => win.w(k + 1) == "back",
        "chimed" | "chimes" => win.w(k + 1) == "in",
        _ => false,
    }
}

/// An apposition of several commas after a name, closed by a comma and a cue: its span and
/// the cue's token.
fn long_apposition(win: &Window, np: Np) -> Option<(Span, usize)> {
    if np.kind != NpKind::Name || win.w(np.end) != "," {
        return None;
    }
    let mut k = np.end + 1;
    while win.exists(k) && k - np.end < 48 {
        match win.w(k) {
            "." | ";" | ":" | "“" | "”" | "\"" | "?" | "!" => return None,
            "," => {
                let mut c = k + 1;
                while win.has(c, cues::SKIP_WORD) {
                    c += 1;
                }
                // An age alone is no title (`Ann Lee, 49, said`).
                let age = k == np.end + 2 && speaker::is_age(win.w(np.end + 1));
                if is_lower_cue(win.f(c)) && k > np.end + 1 && !age {
                    return Some((win.span(np.end + 1, k), c));
                }
            }
            _ => {}
        }
        k += 1;
    }
    None
}

/// The last word of a name that is a surname alone: one word (`Shaheen`), or one after
/// particles in any case (`Van Kerkhove`, `De Blasio`, `von der Leyen`).
fn surname_of(words: &str) -> Option<&str> {
    let mut parts = words.split_whitespace();
    let last = parts.next_back()?;
    parts.all(|p| cues::has(&p.to_ascii_lowercase(), cues::PARTICLE)).then_some(last)
}

/// A cue in lower case.
fn is_lower_cue(f: u32) -> bool {
    f & (cues::CUE | tokens::LOWER) == cues::CUE | tokens::LOWER
}

/// A strong cue in lower case.
fn is_lower_strong_cue(f: u32) -> bool {
    cues::strong(f) && f & tokens::LOWER != 0
}

/// Whom a `told` cue at `k` was said to.
fn addressee(win: &Window, k: usize) -> Option<Span> {
    if !matches!(win.w(k), "told" | "tells" | "tell" | "telling") {
        return None;
    }
    parse_np(win, k + 1).map(|n| n.span)
}

/// A later clause of the quote's sentence: `... troops, the Pentagon said Wednesday`, or
/// `according to X`.
fn trail_clause(win: &Window) -> Option<Found> {
    for c in (0..).take_while(|&c| win.exists(c)) {
        let w = win.w(c);
        if matches!(w, "." | "?" | "!" | ";" | "“" | "\"") {
            break;
        }
        if w == "according" && win.w(c + 1) == "to" {
            let np = parse_speaker(win, c + 2)?;
            let title = np.title.or_else(|| apposition(win, np.end).and_then(|a| a.0));
            return Some(Found { np, cue: win.span(c, c + 2), title, addressee: None, adjacent: false });
        }
        if w != "," {
            continue;
        }
        if is_lower_strong_cue(win.f(c + 1)) && inverts(win.w(c + 1)) {
            // `..., said Derek Hale, a China scholar`
            if let Some(np) = parse_speaker(win, c + 2).filter(|n| n.kind != NpKind::Pronoun) {
                let title = np.title.or_else(|| apposition(win, np.end).and_then(|a| a.0));
                return Some(Found { np, cue: win.span(c + 1, c + 2), title, addressee: None, adjacent: false });
            }
        }
        let Some(np) = parse_speaker(win, c + 1) else { continue };
        let mut k = np.end;
        let mut title = np.title;
        if let Some((t, after)) = apposition(win, k) {
            title = title.or(t);
            k = after;
        }
        while win.has(k, cues::SKIP_WORD) {
            k += 1;
        }
        if is_lower_strong_cue(win.f(k)) {
            return Some(Found { np, cue: win.span(k, k + 1), title, addressee: addressee(win, k), adjacent: false });
        }
    }
    None
}

/// The first cue before a quote that has a subject: `X said: “`, `X told Y that “`,
/// `according to X, “`, `a statement by X that “`, `X said officials believe “`.
fn lead_attr(win: &Window, weak: bool) -> Option<Found> {
    let first = || lead_attr_in(win, weak, true).or_else(|| lead_attr_in(win, weak, false));
    match (!weak).then(|| tail_attr(win)).flatten() {
        // `he said … but he added, “`: the first one is as good.
        Some(t) if t.np.kind == NpKind::Pronoun => {
            first().filter(|f| matches!(f.np.kind, NpKind::Pronoun | NpKind::Name)).or(Some(t))
        }
        Some(t) => Some(t),
        None => said_first(win).or_else(first),
    }
}

/// A cue opening the sentence before its speaker: `Said Ann Lee, “…”`, `Added the
/// report: “…”`.
fn said_first(win: &Window) -> Option<Found> {
    let k = (0..win.len()).rfind(|&x| matches!(win.w(x), "." | "?" | "!" | ";")).map_or(0, |x| x + 1);
    let w = win.w(k);
    // (The lexicon folds case: `Said` is looked up as `said`.)
    if !win.has(k, tokens::CAP) || !cues::strong(win.f(k)) || !inverts(w) || w.ends_with("ING") {
        return None;
    }
    let np = parse_speaker(win, k + 1).filter(|n| n.kind != NpKind::Pronoun)?;
    let title = np.title.or_else(|| apposition(win, np.end).and_then(|a| a.0));
    let after = apposition(win, np.end).map_or(np.end, |a| a.1);
    let closed = matches!(win.w(np.end), "," | ":") || matches!(win.w(after.saturating_sub(1)), "," | ":");
    closed.then_some(Found { np, cue: win.span(k, k + 1), title, addressee: None, adjacent: true })
}

/// A cue right before the quote whose subject opens a clause of its own: `a woman asked
/// for a photo and Ann Lee said, “`, `After Tom Hale spoke, Ann Lee shot back, “`. It wins
/// over an earlier cue of the sentence, unless its subject is that cue's object (`Ann Lee
/// said officials believe “`) or the sentence opens with `according to`.
fn tail_attr(win: &Window) -> Option<Found> {
    let n = win.len();
    let k = (0..n).rev().find(|&x| !matches!(win.w(x), "," | ":" | "that" | "—"))?;
    let f = win.f(k);
    if k == 0
        || !is_lower_strong_cue(f)
        || win.w(k).ends_with("ing")
        || win.has(k - 1, tokens::POSSESSIVE | cues::DETERMINER)
    {
        return None;
    }
    let (np, title) = subject_before(win, k)?;
    if !matches!(np.kind, NpKind::Name | NpKind::Role | NpKind::Pronoun) {
        return None;
    }
    let at = (0..k).rev().find(|&x| win.tok(x).is_some_and(|t| t.start <= np.span.start))?;
    if at == 0 || !matches!(win.w(at - 1), "," | "and" | "but") {
        return None;
    }
    if (0..at).any(|x| win.w(x).eq_ignore_ascii_case("according")) {
        return None;
    }
    Some(Found { np, cue: win.span(k, k + 1), title: title.or(np.title), addressee: addressee(win, k), adjacent: true })
}

/// [`lead_attr`]; with `verbs_only`, a cue word after a possessive or a determiner is a
/// noun (`Ann Lee's remarks`) and passed over for a later cue.
fn lead_attr_in(win: &Window, weak: bool, verbs_only: bool) -> Option<Found> {
    let n = win.len();
    let colon = win.w(n.saturating_sub(1)) == ":";
    for k in 0..n {
        let w = win.w(k);
        if !win.is_word(k) {
            continue;
        }
        let f = win.f(k);
        if w.eq_ignore_ascii_case("according") && win.w(k + 1) == "to" {
            if let Some(np) = parse_speaker(win, k + 2) {
                let title = np.title.or_else(|| apposition(win, np.end).and_then(|a| a.0));
                return Some(Found { np, cue: win.span(k, k + 2), title, addressee: None, adjacent: false });
            }
            continue;
        }
        if f & cues::NOUN_CUE != 0 && win.w(k + 1) == "by" {
            if let Some(np) = parse_speaker(win, k + 2) {
                return Some(Found { np, cue: win.span(k, k + 1), title: np.title, addressee: None, adjacent: false });
            }
            continue;
        }
        // `As Ann Lee puts it, “`: a verb that says someone spoke only with its `it`.
        let put_it = matches!(w, "put" | "puts") && win.w(k + 1) == "it" && matches!(win.w(k + 2), "," | ":");
        if !(is_lower_cue(f) || put_it) || verbs_only && k > 0 && win.has(k - 1, tokens::POSSESSIVE | cues::DETERMINER)
        {
            continue;
        }
        // A weak cue counts only right before the quote (`the report continued: “`).
        let rest_is_tail = (k + 1 + usize::from(put_it)..n).all(|x| matches!(win.w(x), "," | ":" | "that" | "—"));
        let strong = cues::strong(f) || rest_is_tail;
        if strong == weak {
            continue;
        }
        // `Guccifer was branded “in homage to” Lazar`: a weak cue in the passive has the
        // speaker for its object, if anywhere.
        let passive = || k > 0 && matches!(win.w(k - 1), "is" | "are" | "was" | "were" | "be" | "been" | "being");
        if !cues::strong(f) && passive() {
            continue;
        }
        let subject = subject_before(win, k).or_else(|| {
            // `X endorsed her, saying “…”`: a participle's subject opens the sentence.
            (k > 0 && w.ends_with("ing") && win.w(k - 1) == ",")
                .then(|| clause_subject(win, k - 1, true))
                .flatten()
                .map(|(np, title, _)| (np, title))
        });
        let subject = subject.or_else(|| inverted_subject(win, k));
        if let Some((np, title)) = subject {
            // A weak cue away from the quote needs a plain subject: `He thinks that ... “`.
            if weak && !matches!(np.kind, NpKind::Pronoun | NpKind::Name) {
                continue;
            }
            let f = Found {
                np,
                cue: win.span(k, k + 1),
                title: title.or(np.title),
                addressee: addressee(win, k),
                adjacent: rest_is_tail || colon,
            };
            return Some(f);
        }
    }
    None
}

/// Whether a role phrase opens with an indefinite word (`a senior official`, `one former
/// official`, `another adviser`): someone new, not someone read before.
fn is_indefinite(words: &str) -> bool {
    let first = words.split_whitespace().next().unwrap_or("");
    ["a", "an", "one", "another"].iter().any(|w| first.eq_ignore_ascii_case(w))
}

/// Whether a phrase describing someone names what they are (`a senior official`, `one
/// fund manager`, `a third arbitrageur`), not just any words before a cue (`the report
/// normally`, `the official's`, `another factor`): a role noun, or a last word shaped like
/// one.
fn names_a_role(words: &str) -> bool {
    if words.ends_with("'s") || words.ends_with("’s") {
        return false;
    }
    let head = words.rsplit(|c: char| !c.is_alphanumeric() && c != '-').find(|w| !w.is_empty()).unwrap_or("");
    let shaped = ["er", "ist", "ian", "eur"].iter().any(|e| head.ends_with(e));
    shaped || words.split(|c: char| !c.is_alphanumeric()).any(|w| cues::ROLE_NOUNS.contains(w))
}

/// The subject of the last strong cue in `win` that `take` accepts (`Some(true)`), going
/// back past the cues whose subjects it passes over (`None`) and stopping at one it
/// refuses (`Some(false)`): `a senior official said the ministry told his bank` gives `a
/// senior official` to a `he`.
fn last_cue_subject(win: &Window, take: impl Fn(&Np) -> Option<bool>) -> Option<Np> {
    let n = win.len();
    let mut looked = 0;
    for k in (1..n).rev() {
        // Who asks is not who answers (`a reporter asked …. “…,” he replied`).
        let asks = matches!(win.w(k), "asked" | "asks" | "ask" | "asking");
        // (A word in no cue list is passed over without being looked up.)
        if !win.in_lists(k, cues::CUE)
            || !is_lower_strong_cue(win.f(k))
            || asks
            || win.has(k - 1, tokens::POSSESSIVE | cues::DETERMINER)
        {
            continue;
        }
        looked += 1;
        if looked > 6 {
            return None;
        }
        // `…, an Exchange spokesman said.` or `…, said a spokesman for the bank.`
        let inverted = || {
            (win.w(k - 1) == "," && inverts(win.w(k)))
                .then(|| parse_speaker(win, k + 1).or_else(|| speaker::described_person(win, k + 1)))
                .flatten()
        };
        let Some(np) = subject_before(win, k).map(|(np, _)| np).or_else(inverted) else { continue };
        // `Ana Ruiz, a nurse from Lenox, New York, said`: an apposition is not the subject.
        let at = (0..k).rev().find(|&x| win.tok(x).is_some_and(|t| t.start <= np.span.start));
        let after_comma = at.is_some_and(|x| x > 0 && win.w(x - 1) == ",");
        if after_comma && (np.end..k).any(|x| !win.has(x, cues::SKIP_WORD)) {
            return None;
        }
        match take(&np) {
            Some(true) => return Some(np),
            Some(false) => return None,
            None => {}
        }
    }
    None
}

/// Whether the cue `w` can come before its speaker (`said Ann Lee`); after `told` comes
/// whom she told, and after `adding` or `saying` what was said (`…, adding that Lima
/// agreed`).
fn inverts(w: &str) -> bool {
    !speaker::told(w) && !w.ends_with("ing")
}

/// The speaker after a strong cue set off by commas: `But, said Ann Lee, “…”`, `The
/// point, says Ann Lee, a historian, is that “…”`.
fn inverted_subject(win: &Window, k: usize) -> Option<(Np, Option<Span>)> {
    if k == 0 || win.w(k - 1) != "," || !cues::strong(win.f(k)) || !inverts(win.w(k)) {
        return None;
    }
    let np = parse_speaker(win, k + 1).filter(|n| matches!(n.kind, NpKind::Name | NpKind::Role | NpKind::Org))?;
    match apposition(win, np.end) {
        Some((title, after)) if win.w(after - 1) == "," => Some((np, np.title.or(title))),
        _ => (win.w(np.end) == ",").then_some((np, np.title)),
    }
}

/// The subject of the cue at token `k`: `Shaheen said`, `Suhail Shaheen, the group’s
/// spokesperson, told`, `Graham in an interview with CBS has said`.
fn subject_before(win: &Window, k: usize) -> Option<(Np, Option<Span>)> {
    // `Continuing to explain, …`: a lone capitalised participle opening the sentence is
    // no subject.
    let (np, title) = subject_before_any(win, k)?;
    let w = &win.text[np.span.range()];
    if np.kind == NpKind::Name && np.end < k && w.ends_with("ing") && !w.contains(char::is_whitespace) {
        // `Commenting on the debt Ann Lee said`: the name right before the cue.
        return (np.end..k)
            .find_map(|x| parse_np(win, x).filter(|n| n.end == k && n.kind == NpKind::Name))
            .map(|n| (n, None));
    }
    Some((np, title))
}

/// [`subject_before`], any phrase.
fn subject_before_any(win: &Window, k: usize) -> Option<(Np, Option<Span>)> {
    let mut j = k;
    while j > 0 && win.has(j - 1, cues::SKIP_WORD) {
        j -= 1;
    }
    // `The mayor went on to say`: the subject is that of `went on to`.
    if j >= 3 && win.w(j - 1) == "to" && win.w(j - 2) == "on" && matches!(win.w(j - 3), "go" | "goes" | "went") {
        j -= 3;
        while j > 0 && win.has(j - 1, cues::SKIP_WORD) {
            j -= 1;
        }
    }
    if j == 0 {
        return None;
    }
    // `Sen. Ann Lee (D-Nev.) said`: the affiliation in brackets is passed over.
    if win.w(j - 1) == ")" {
        if let Some(open) = (j.saturating_sub(8)..j - 1).rev().find(|&x| win.w(x) == "(") {
            if let Some(np) = (clause_start(win, open)..open).find_map(|x| parse_np(win, x).filter(|np| np.end == open))
            {
                return Some((np, None));
            }
        }
    }
    let prev = win.w(j - 1);
    if win.has(j - 1, cues::PRONOUN) {
        return parse_np(win, j - 1).map(|np| (np, None));
    }
    let stop = |x: usize| matches!(win.w(x), "." | ";" | "?" | "!" | "“" | "”" | "\"");
    if matches!(prev, "—" | "–" | "--") {
        // `Ann Lee — a teacher from Dover — says`: an apposition between dashes.
        let c1 = j - 1;
        let lo = c1.saturating_sub(40);
        let d = (lo..c1).rev().take_while(|&x| !stop(x)).find(|&x| win.w(x) == prev)?;
        let np = parse_np(win, clause_start(win, d)).filter(|np| np.end == d && np.kind == NpKind::Name)?;
        return Some((np, (d + 1 < c1).then(|| win.span(d + 1, c1))));
    }
    if prev == "," {
        // An apposition or a `who` clause between the subject and the cue.
        let c1 = j - 1;
        let lo = c1.saturating_sub(40);
        let c2 = (lo..c1).rev().find(|&x| win.w(x) == ",")?;
        let s = clause_start(win, c2);
        // `When the minister, Ann Lee, promised`: the subordinator opens the clause.
        let s = if s + 2 < c2 && is_subordinator(win.w(s)) { s + 1 } else { s };
        if let Some(name) = apposed_name(win, s, c2).filter(|n| n.end == c1) {
            return Some((name, Some(win.span(s, c2))));
        }
        let bracketed = || {
            // `Rep. Ann Lee (D-Md.), chair of the panel, said`: the affiliation is passed over.
            let open = (c2.saturating_sub(8)..c2.saturating_sub(1)).rev().find(|&x| win.w(x) == "(")?;
            (win.w(c2 - 1) == ")")
                .then(|| parse_np(win, clause_start(win, open)).filter(|np| np.end == open && np.kind == NpKind::Name))
                .flatten()
        };
        let Some(np) = parse_np(win, s).filter(|np| np.end == c2).or_else(bracketed) else {
            // `Dean Ray, a salesman from Sumter, South Carolina, says`: an apposition with
            // commas of its own, read from an earlier comma; `Ann Lee, who lives outside
            // the capital, Dover, says`: a `who` clause with commas of its own.
            return (lo..c2).rev().take_while(|&x| !stop(x)).filter(|&x| win.w(x) == ",").take(3).find_map(|c| {
                let np = parse_np(win, clause_start(win, c)).filter(|np| np.end == c)?;
                if win.w(c + 1) == "who" && np.kind == NpKind::Name {
                    return Some((np, None));
                }
                let (title, after) = apposition(win, c)?;
                (after == j).then_some((np, title))
            });
        };
        let inner = win.w(c2 + 1);
        // `in Salem, New Hampshire, Ann Lee went after him, calling`: a clause of its own
        // between the commas, not an apposition; its subject is the participle's.
        if win.w(k).ends_with("ing") {
            let own = parse_np(win, c2 + 1).filter(|n| matches!(n.kind, NpKind::Name | NpKind::Pronoun) && n.end < c1);
            if let Some(own) = own.filter(|n| {
                let f = win.f(n.end);
                f & tokens::LOWER != 0
                    && f & (cues::PHRASE_BREAK | cues::DETERMINER | cues::CONNECTIVE) == 0
                    && win.w(n.end) != "of"
            }) {
                return Some((own, None));
            }
        }
        // `The chief executive, Ann Lee, said`: a role with a name in apposition; the name
        // speaks and the role is its title.
        if np.kind == NpKind::Role {
            if let Some(name) = parse_np(win, c2 + 1).filter(|n| n.kind == NpKind::Name && n.end == c1) {
                return Some((name, Some(np.span)));
            }
        }
        // An age alone (`Ann Lee, 49, said`) is no title.
        let age = c1 == c2 + 2 && speaker::is_age(inner);
        let title = (!matches!(inner, "who" | "whose" | "which") && c2 + 1 < c1 && !age).then(|| win.span(c2 + 1, c1));
        return Some((np, title));
    }
    if matches!(prev, "who" | "which") {
        // `a career Army officer who described ...`
        let s = clause_start(win, j - 1);
        return (s..j - 1).find_map(|x| parse_np(win, x).filter(|np| np.end == j - 1)).map(|np| (np, None));
    }
    let s = clause_start(win, j);
    let ending_at_cue = || (s..j).find_map(|x| parse_np(win, x).filter(|np| np.end == j)).map(|np| (np, None));
    let np = match parse_np(win, s) {
        // `The Bank of Finland said`, `Saudi Arabia's Oil Minister Ann Lee said`: a phrase
        // cut short is the start of a longer one.
        Some(np)
            if np.end < j
                && (win.w(np.end) == "of" && np.kind != NpKind::Name
                    || win.has(np.end, tokens::CAP)
                    || win.has(np.end - 1, tokens::POSSESSIVE)) =>
        {
            return ending_at_cue().or(Some((np, None)))
        }
        // `Horn and Hardart Co said`: one firm's name with `and` in it.
        Some(np) if np.end < j && matches!(win.w(np.end), "and" | "&") => {
            let firm = |n: &Np| n.kind == NpKind::Org && n.span.start == win.span(np.end + 1, np.end + 2).start;
            let one_word = np.kind == NpKind::Name && np.end == s + 1;
            return match ending_at_cue() {
                Some((last, _)) if firm(&last) && (np.kind == NpKind::Org || one_word) => {
                    let span = Span::new(np.span.start, last.span.end);
                    Some((Np { span, name: span, title: None, kind: NpKind::Org, end: last.end }, None))
                }
                _ => Some((np, None)),
            };
        }
        Some(np) if np.end <= j && j - np.end <= 16 => np,
        _ => return ending_at_cue(),
    };
    // The gap must not hold another subject (`officials believe`).
    if np.end < j && (np.end..j).any(|x| win.f(x) & (cues::PRONOUN | tokens::LOWER) == cues::PRONOUN | tokens::LOWER) {
        return None;
    }
    // Nor a verb of its own (`a woman asked for a photo and Ann Lee said`): the phrase
    // right before the cue is the subject.
    if np.end < j
        && (np.end..j).any(|x| is_lower_cue(win.f(x)) && !win.has(x - 1, tokens::POSSESSIVE | cues::DETERMINER))
    {
        let own = (np.end + 1..j).find_map(|x| {
            let near = parse_np(win, x).filter(|n| n.end == j)?;
            matches!(win.w(x - 1), "and" | "but" | ",").then_some((near, None))
        });
        if own.is_some() {
            return own;
        }
    }
    Some((np, None))
}

/// `The chair, Ann Lee, said`, `Her husband, Tom Hale, added`: a description opening a
/// clause with a determiner or holding a possessive, set off by the comma at `c`, then a
/// name in apposition to it, up to a comma. The name is who the description stands for.
/// (Not a description that is itself in apposition: `Dean Ray, a salesman from Sumter,
/// South Carolina, says`.)
fn apposed_name(win: &Window, s: usize, c: usize) -> Option<Np> {
    let described = win.has(s, cues::DETERMINER) || (s..c).any(|x| win.has(x, tokens::POSSESSIVE));
    // (After an opening phrase, the description opens the clause: `In a letter read to the
    // court, the victim's widow, Rose Hart, wrote`.)
    let after_opening = || {
        let o = clause_start(win, s - 1);
        let w = win.w(o);
        let mut buf = [0; 8];
        let lower = tokens::ascii_lower(w, &mut buf).unwrap_or("");
        o + 1 < s - 1
            && (o == 0 || matches!(win.w(o - 1), "." | "?" | "!"))
            && win.has(o, tokens::CAP)
            && (matches!(lower, "in" | "at" | "on" | "during" | "from" | "with" | "for" | "asked")
                || is_subordinator(w)
                || w.ends_with("ing"))
    };
    if !described
        || s > 0 && win.w(s - 1) == "," && !after_opening()
        || c <= s + 1
        || c > s + 6
        || win.w(c) != ","
        || !(s..c).all(|x| win.is_word(x))
    {
        return None;
    }
    // A name with its acronym (`the Kansas City Board of Trade, KCBT,`) is one speaker.
    // (`The Speaker, Hon. Ann Roe,`: an office is no name.)
    let named = parse_np(win, s).is_some_and(|n| {
        matches!(n.kind, NpKind::Name | NpKind::Org) && !(n.end > s && win.has(n.end - 1, cues::TITLE))
    });
    let acronym = c + 2 < win.len() && win.w(c + 2) == "," && win.has(c + 1, tokens::ACRONYM);
    if named || acronym {
        return None;
    }
    parse_np(win, c + 1).filter(|n| matches!(n.kind, NpKind::Name | NpKind::Org) && win.w(n.end) == ",")
}

/// The subject opening a clause of the last sentence before token `upto`, and the index
/// of the verb after it: `Ann Lee went further:`, `On Thursday, Ann Lee endorsed him,`;
/// with `aux`, an auxiliary is a verb (`Ann Lee is furious,`).
fn clause_subject(win: &Window, upto: usize, aux: bool) -> Option<(Np, Option<Span>, usize)> {
    let from = (0..upto).rev().find(|&x| matches!(win.w(x), "." | "?" | "!" | ";" | "”" | "\"")).map_or(0, |x| x + 1);
    let mut s = from;
    for _ in 0..6 {
        let mut a = s;
        while a < upto && win.has(a, cues::CONNECTIVE) {
            a += 1;
        }
        // `72' Ann Lee is furious`: a live blog's time before the sentence.
        if s == from && a == s && win.w(a).starts_with(|c: char| c.is_ascii_digit()) {
            a += (a + 1..a + 3).find(|&x| win.is_word(x)).map_or(0, |x| x - a);
        }
        // A subordinate clause (`after the interview ended,`) has no say; nor has a lone
        // capitalised participle or adjective opening the sentence (`Flying home,`).
        let subordinate = is_subordinator(win.w(a));
        let lone_word = |np: &Np| np.kind == NpKind::Name && np.end == a + 1 && win.w(a).ends_with("ing");
        let np = parse_np(win, a).or_else(|| noun_then_verb(win, a));
        if let Some(np) = np.filter(|np| np.end < upto && !subordinate && !lone_word(np)) {
            let (mut verb, mut title) = (np.end, np.title);
            if let Some((t, after)) = apposition(win, verb) {
                title = title.or(t);
                verb = after;
            }
            // `Rep. Ann Lee (D-N.Y.) reacted`: an affiliation in brackets after a name.
            if np.kind == NpKind::Name && win.w(verb) == "(" {
                verb = (verb + 1..verb + 8).find(|&x| win.w(x) == ")").map_or(verb, |x| x + 1);
            }
            // `Ann Roe on Monday blocked`, `A judge in Dover on Monday blocked`: a time or a
            // place after the subject, then a verb in the past (or an auxiliary, or a cue).
            let after = adverbials_end(win, verb);
            if after > verb && after < upto && {
                let (w, f) = (win.w(after), win.f(after));
                let plain = f & (tokens::LOWER | cues::DETERMINER | cues::PRONOUN) == tokens::LOWER;
                plain && (w.len() > 4 && w.ends_with("ed") || speaker::is_auxiliary(w) || f & cues::CUE != 0)
            } {
                verb = after;
            }
            let first = verb;
            while win.has(verb, cues::SKIP_WORD) {
                verb += 1;
            }
            let f = win.f(verb);
            let is_verb = f & (tokens::LOWER | cues::PHRASE_BREAK | cues::DETERMINER | cues::PRONOUN) == tokens::LOWER;
            // With `aux`, an auxiliary is a verb too (before a participle's cue: `Coach Tom
            // Reed is furious, shouting`, `… was on the touchline, shouting`).
            let verb =
                if is_verb { Some(verb) } else { (first..=verb).find(|&x| aux && speaker::is_auxiliary(win.w(x))) };
            if let Some(verb) = verb.filter(|&v| v < upto && win.is_word(v)) {
                return Some((np, title, verb));
            }
        }
        s = (s..upto).find(|&x| win.w(x) == ",")? + 1;
    }
    None
}

/// After the phrases of time or place at token `k` (`on Monday`, `in Dover on Monday`,
/// `last week`, `yesterday`): the token after them, or `k` when there are none.
fn adverbials_end(win: &Window, k: usize) -> usize {
    let mut k = k;
    for _ in 0..3 {
        let w = win.w(k);
        if matches!(w, "yesterday" | "today" | "tonight") {
            k += 1;
        } else if matches!(w, "last" | "this" | "next") && win.is_word(k + 1) && !win.has(k + 1, cues::DETERMINER) {
            k += 2;
        } else if matches!(w, "on" | "in" | "at" | "from") {
            let det = win.has(k + 1, cues::DETERMINER);
            let m = k + 1 + usize::from(det);
            // Capitalised words or numbers (`on March 3`, `in New York`).
            let caps = (m..m + 4)
                .take_while(|&x| {
                    win.is_word(x) && (win.has(x, tokens::CAP) || win.w(x).starts_with(|c: char| c.is_ascii_digit()))
                })
                .count();
            if caps == 0 {
                break;
            }
            k = m + caps;
        } else {
            break;
        }
    }
    k
}

/// `The company cut its forecast`: a determiner and a noun for a body or a document, then
/// a lower-case word (its verb), as a phrase of that kind. (Not a role: `the candidate`
/// is better left to the person a pronoun finds.)
fn noun_then_verb(win: &Window, a: usize) -> Option<Np> {
    let noun = win.f(a + 1);
    let kind = if noun & cues::ORG_WORD != 0 {
        NpKind::Org
    } else if noun & cues::DOC_NOUN != 0 {
        NpKind::Document
    } else {
        return None;
    };
    let verb = win.f(a + 2);
    let plain = |f: u32| f & tokens::LOWER != 0 && f & (cues::PHRASE_BREAK | cues::PRONOUN | cues::DETERMINER) == 0;
    if !win.has(a, cues::DETERMINER) || !plain(noun) || !plain(verb) || !win.is_word(a + 2) {
        return None;
    }
    let span = win.span(a, a + 2);
    Some(Np { span, name: span, title: None, kind, end: a + 2 })
}

/// A word opening a subordinate clause.
fn is_subordinator(w: &str) -> bool {
    // In any ASCII case; the longest is eight bytes.
    let mut buf = [0; 8];
    tokens::ascii_lower(w, &mut buf).is_some_and(|w| {
        matches!(
            w,
            "after"
                | "before"
                | "when"
                | "whenever"
                | "while"
                | "if"
                | "unless"
                | "because"
                | "although"
                | "though"
                | "since"
                | "until"
                | "once"
                | "whereas"
                | "whether"
        )
    })
}

/// The token where the clause holding token `j` starts, after connectives.
fn clause_start(win: &Window, j: usize) -> usize {
    let mut s = (0..j)
        .rev()
        .find(|&x| match win.w(x) {
            "," | ";" | ":" | "“" | "”" | "\"" | "(" | ")" | "—" | "–" | "that" | "." => true,
            // A dateline's lone hyphen (`DOVER, March 3 - The bank said`), not a double one
            // that sets off an aside.
            "-" => x > 0 && win.w(x - 1) != "-" && win.w(x + 1) != "-",
            _ => false,
        })
        .map_or(0, |x| x + 1);
    while s < j && win.has(s, cues::CONNECTIVE) {
        s += 1;
    }
    s
}

/// Resolves speaker phrases to canonical names, remembering the speakers so far.
/// Where and how a speaker was given at a quote: enough to work out the gender its name,
/// title or mention marks (`she said` tells that of whoever it resolved to), which only a
/// later pronoun asks for.
#[derive(Debug, Clone, Copy)]
struct Said {
    /// The later of the speaker phrase and the cue.
    pos: usize,
    /// The title given beside the speaker.
    title: Option<Span>,
    /// The words naming the speaker at the quote.
    mention: Span,
}

impl Said {
    /// The gender of the speaker `name` given so.
    fn gender(&self, text: &str, name: &str) -> Gender {
        match Gender::of_person(name, self.title.map(|t| text[t.range()].trim())) {
            Gender::Unknown => Gender::of_word(&text[self.mention.range()]),
            g => g,
        }
    }
}

/// The names of the last person, thing and group speakers, each in a buffer that is
/// overwritten, not allocated again, when the next one speaks.
#[derive(Default)]
struct LastNames {
    person: String,
    thing: String,
    group: String,
}

struct Resolver<'a, 't> {
    text: &'t str,
    registry: &'a std::cell::OnceCell<Registry<'t>>,
    /// The quotes, which the registry does not read.
    skip: &'t [Span],
    /// The last person speaker: where and how it was given (its name in `names.person`).
    last_person: Option<Said>,
    /// The last document or organisation speaker: where, and which (its name in `names.thing`).
    last_thing: Option<(usize, SpeakerKind)>,
    /// The last group speaker: where (its name in `names.group`).
    last_group: Option<usize>,
    /// The names of the last speakers, copied into buffers kept from one quote to the next.
    names: LastNames,
    /// First modified mention of a document noun (`report` → `the UN report`).
    doc_names: FastMap<String, Vec<(usize, String)>>,
    /// Where the quote being resolved opens: the reported speech a pronoun may point back
    /// to is read before it.
    quote_start: usize,
    /// Room for the tokens of the text before a quote.
    toks: Tokens,
}

impl<'a, 't> Resolver<'a, 't> {
    fn new(text: &'t str, registry: &'a std::cell::OnceCell<Registry<'t>>, skip: &'t [Span]) -> Self {
        Resolver {
            text,
            registry,
            skip,
            last_person: None,
            last_thing: None,
            last_group: None,
            names: LastNames::default(),
            doc_names: FastMap::default(),
            quote_start: 0,
            toks: Tokens::new(),
        }
    }

    /// The document's names, read on first use.
    fn reg(&self) -> &'a Registry<'t> {
        let (text, skip) = (self.text, self.skip);
        self.registry.get_or_init(|| Registry::build(text, skip))
    }

    fn note(&mut self, name: &str, kind: SpeakerKind, said: Said) {
        let pos = said.pos;
        let keep = |buf: &mut String| {
            buf.clear();
            buf.push_str(name);
        };
        match kind {
            SpeakerKind::Person => {
                keep(&mut self.names.person);
                self.last_person = Some(said);
            }
            SpeakerKind::Document | SpeakerKind::Organization => {
                keep(&mut self.names.thing);
                self.last_thing = Some((pos, kind));
            }
            SpeakerKind::Group => {
                keep(&mut self.names.group);
                self.last_group = Some(pos);
            }
            SpeakerKind::Unknown => {}
        }
    }

    fn person_name(&self, p: &speaker::Person) -> String {
        let name = &self.text[p.name.range()];
        if p.words == 1 {
            if let Some((full, _)) = self.reg().full_name(name, usize::MAX) {
                return self.text[full.range()].to_owned();
            }
        }
        name.to_owned()
    }

    fn resolve(&mut self, np: &Np) -> (Option<String>, SpeakerKind, Resolution) {
        let text = self.text;
        let pos = np.span.start;
        let words = &text[np.name.range()];
        match np.kind {
            NpKind::Pronoun => match words.to_lowercase().as_str() {
                "it" => {
                    // The later of the registry's thing and the last thing speaker (`None`
                    // for its name: the one kept in `names.thing`).
                    let reg = self.reg().last_thing_before(pos);
                    let best = match (reg, self.last_thing) {
                        (Some(a), Some(b)) if a.0 <= b.0 => Some((b.0, None, b.1)),
                        (Some(a), _) => Some((a.0, Some(a.1), SpeakerKind::Organization)),
                        (None, Some(b)) => Some((b.0, None, b.1)),
                        (None, None) => None,
                    };
                    let since = best.as_ref().map(|b| b.0);
                    if let Some(r) =
                        self.reported_speaker(pos, since, Gender::Unknown, &[NpKind::Org, NpKind::Document])
                    {
                        return r;
                    }
                    match best {
                        Some((_, at, kind)) => {
                            let name = at.map_or_else(|| self.names.thing.clone(), |at| canonical_phrase(text, at));
                            (Some(name), kind, Resolution::Pronoun)
                        }
                        None => self.sentence_subject(pos, Gender::Unknown, &[NpKind::Org, NpKind::Document]),
                    }
                }
                "they" => {
                    // The later of the last group and the last thing speaker (whose name is
                    // kept in `names.thing` when `thing`).
                    let best = match (self.last_group, self.last_thing) {
                        (Some(g), Some(t)) if t.0 > g => Some((t.0, true, t.1)),
                        (Some(g), _) => Some((g, false, SpeakerKind::Group)),
                        (None, Some(t)) => Some((t.0, true, t.1)),
                        _ => None,
                    };
                    let since = best.as_ref().map(|b| b.0);
                    if let Some(r) = self.reported_speaker(pos, since, Gender::Unknown, &[NpKind::Group, NpKind::Org]) {
                        return r;
                    }
                    match best {
                        Some((_, thing, kind)) => {
                            let name = if thing { &self.names.thing } else { &self.names.group };
                            (Some(name.clone()), kind, Resolution::Pronoun)
                        }
                        None => self.sentence_subject(pos, Gender::Unknown, &[NpKind::Group, NpKind::Org]),
                    }
                }
                pronoun => {
                    let gender = Gender::of_word(pronoun);
                    let reg = self.reg().last_person_before(pos, gender).map(|p| (p.pos, self.person_name(&p)));
                    // Any gender agrees with an unknown one: worked out only when it matters.
                    let last = self
                        .last_person
                        .filter(|said| {
                            gender == Gender::Unknown || said.gender(text, &self.names.person).agrees(gender)
                        })
                        .map(|said| said.pos);
                    // The later of the two (`None` for its name: the last speaker's, kept in
                    // `names.person`).
                    let best = match (reg, last) {
                        (Some(a), Some(b)) if a.0 <= b => Some((b, None)),
                        (Some(a), _) => Some((a.0, Some(a.1))),
                        (None, Some(b)) => Some((b, None)),
                        (None, None) => None,
                    };
                    let since = best.as_ref().map(|b| b.0);
                    if let Some(r) = self.reported_speaker(pos, since, gender, &[NpKind::Role]) {
                        return r;
                    }
                    match best {
                        Some((_, name)) => {
                            let name = name.unwrap_or_else(|| self.names.person.clone());
                            (Some(name), SpeakerKind::Person, Resolution::Pronoun)
                        }
                        None => self.sentence_subject(pos, gender, &[NpKind::Role]),
                    }
                }
            },
            NpKind::Name => {
                if let Some(last) = surname_of(words) {
                    if let Some((full, before)) = self.reg().full_name(last, pos) {
                        let name = text[full.range()].to_owned();
                        let ends = name.len() > words.len()
                            && name.is_char_boundary(name.len() - words.len())
                            && name[name.len() - words.len()..].eq_ignore_ascii_case(words);
                        if name != words && (last.len() == words.len() || ends) {
                            let r = if before { Resolution::Surname } else { Resolution::LaterMention };
                            return (Some(name), SpeakerKind::Person, r);
                        }
                    }
                }
                (Some(fold_ws(words)), SpeakerKind::Person, Resolution::Explicit)
            }
            NpKind::Org => {
                if let Some(name) = named_org_before(text, np, self.last_thing.map(|_| self.names.thing.as_str())) {
                    return (Some(name), SpeakerKind::Organization, Resolution::Role);
                }
                let start = if np.span.start < np.name.start { np.span.start } else { np.name.start };
                let mut name = canonical_phrase(text, Span::new(start, np.name.end));
                let before = &text[..start];
                if before.trim_end().ends_with(" the") || before.trim_end().ends_with("The") {
                    name = format!("the {name}");
                }
                (Some(name), SpeakerKind::Organization, Resolution::Explicit)
            }
            NpKind::Document => {
                let name = canonical_phrase(text, np.name);
                let bare = name.split_whitespace().count() <= 2;
                if bare {
                    let head = name.split_whitespace().next_back().unwrap_or("").to_owned();
                    if let Some(full) = self.doc_name(&head, pos) {
                        return (Some(full), SpeakerKind::Document, Resolution::Role);
                    }
                }
                (Some(name), SpeakerKind::Document, Resolution::Explicit)
            }
            NpKind::Role => {
                if is_indefinite(words) {
                    // `one former official`, `a longtime adviser`: someone new, not named.
                    return (Some(fold_ws(words)), SpeakerKind::Person, Resolution::Explicit);
                }
                let lower: Vec<&str> = words
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| cues::ROLE_NOUNS.contains(w))
                    .chain(words.split(|c: char| !c.is_alphanumeric()).filter(|w| {
                        tokens::is_lower(w) && w.len() > 3 && !cues::ROLE_NOUNS.contains(w) && !cues::is_determiner(w)
                    }))
                    .collect();
                if let Some((p, before)) = self.reg().by_role(&lower, pos) {
                    let r = if before { Resolution::Role } else { Resolution::LaterMention };
                    return (Some(self.person_name(&p)), SpeakerKind::Person, r);
                }
                // `the senator` → the last person speaker; `the man`, `the source` name no role.
                let role_head = words.split_whitespace().next_back().is_some_and(|w| cues::ROLE_NOUNS.contains(w));
                let the = words.starts_with("the ") || words.starts_with("The ");
                if self.last_person.is_some() && role_head && words.split_whitespace().count() <= 2 && the {
                    return (Some(self.names.person.clone()), SpeakerKind::Person, Resolution::Role);
                }
                (Some(canonical_phrase(text, np.name)), SpeakerKind::Person, Resolution::Explicit)
            }
            NpKind::Group => (Some(fold_ws(words)), SpeakerKind::Group, Resolution::Explicit),
        }
    }

    /// The source of the last reported speech before the quote, after byte `since`, when
    /// it is of one of `kinds` and agrees with `gender`: `a company spokesman said` or `the
    /// company said` in narration, which the names read for pronouns (capitalised words)
    /// do not hold. Resolved as a speaker phrase; `None` when a person named or a pronoun
    /// speaks last, or nothing does.
    fn reported_speaker(
        &mut self,
        pos: usize,
        since: Option<usize>,
        gender: Gender,
        kinds: &[NpKind],
    ) -> Option<(Option<String>, SpeakerKind, Resolution)> {
        let text = self.text;
        let end = pos.min(self.quote_start);
        // From the end of the last quote before, at most a window back.
        let k = self.skip.partition_point(|sp| sp.end <= end);
        let after_quote = k.checked_sub(1).map_or(0, |k| self.skip[k].end);
        let start =
            tokens::ceil_boundary(text, end.saturating_sub(WINDOW).max(after_quote).max(since.unwrap_or(0)).min(end));
        if end <= start + 8 {
            return None;
        }
        // Most reported speech is `said`, `says`, `told` or `added`: without one nothing
        // is tokenized, and with one only the stretch before the last of them.
        let bytes = &text.as_bytes()[start..end];
        let last_cue = memchr::memrchr2_iter(b'd', b's', bytes).find_map(|p| {
            let word = bytes.get(p.checked_sub(3)?..=p)?;
            matches!(word, b"said" | b"says" | b"told" | b"dded").then_some(p)
        })?;
        let start = tokens::ceil_boundary(text, (start + last_cue).saturating_sub(200).max(start));
        let mut toks = std::mem::replace(&mut self.toks, Tokens::new());
        toks.fill(Span::new(start, end));
        let np = self.cue_subject_in(&toks, gender, kinds);
        self.toks = toks;
        let np = np?;
        self.reported_np(np, since, gender)
    }

    /// `The minister was blunt. “…,” she said.`: for a pronoun with no one before it to
    /// stand for, the phrase of `kinds` opening the sentence before it, followed by a
    /// verb (a lower-case word), if it agrees with `gender`.
    fn sentence_subject(
        &mut self,
        pos: usize,
        gender: Gender,
        kinds: &[NpKind],
    ) -> (Option<String>, SpeakerKind, Resolution) {
        let none = (None, SpeakerKind::Unknown, Resolution::None);
        let text = self.text;
        let end = pos.min(self.quote_start);
        let k = self.skip.partition_point(|sp| sp.end <= end);
        let after_quote = k.checked_sub(1).map_or(0, |k| self.skip[k].end);
        let start = tokens::ceil_boundary(text, end.saturating_sub(WINDOW).max(after_quote).min(end));
        let mut toks = std::mem::replace(&mut self.toks, Tokens::new());
        toks.fill(Span::new(start, end));
        let np = {
            let win = toks.all(text);
            let opens = |j: usize| {
                j == 0 && (start == 0 || text[..start].ends_with('\n'))
                    || j > 0 && (matches!(win.w(j - 1), "." | "!" | "?") || win.line_break_before(j))
            };
            // `The mayor, Ann Lee, has defended it.`: the name in apposition.
            let subject = |j: usize| {
                let comma = (j + 2..(j + 6).min(win.len())).find(|&x| win.w(x) == ",");
                comma.and_then(|c| apposed_name(&win, j, c)).or_else(|| parse_np(&win, j))
            };
            (0..win.len()).rev().find(|&j| opens(j)).and_then(subject).filter(|np| {
                let words = &text[np.span.range()];
                let agrees = gender == Gender::Unknown || Gender::of_person("", Some(words)).agrees(gender);
                kinds.contains(&np.kind)
                    && agrees
                    && (np.kind != NpKind::Role || names_a_role(words))
                    && win.exists(np.end)
                    && win.has(np.end, tokens::LOWER)
                    && !win.has(np.end, cues::CONNECTIVE | cues::DETERMINER)
            })
        };
        self.toks = toks;
        let Some(np) = np else { return none };
        match self.resolve(&np) {
            (Some(name), kind, _) => (Some(name), kind, Resolution::Pronoun),
            _ => none,
        }
    }

    /// [`last_cue_subject`] in `toks` for a pronoun of `gender` that stands for one of `kinds`.
    fn cue_subject_in(&self, toks: &Tokens, gender: Gender, kinds: &[NpKind]) -> Option<Np> {
        let text = self.text;
        let win = toks.all(text);
        last_cue_subject(&win, |np| {
            let words = &text[np.span.range()];
            let agrees = || gender == Gender::Unknown || Gender::of_person("", Some(words)).agrees(gender);
            if np.kind == NpKind::Role && !names_a_role(words) || words.starts_with("that ") {
                None
            } else if kinds.contains(&np.kind) && agrees() {
                Some(true)
            } else if matches!(np.kind, NpKind::Name | NpKind::Pronoun) {
                Some(false)
            } else {
                None
            }
        })
    }

    /// The speaker `np` (found by [`reported_speaker`](Self::reported_speaker)) resolved,
    /// unless someone read after `since` is more likely.
    fn reported_np(
        &mut self,
        np: Np,
        since: Option<usize>,
        gender: Gender,
    ) -> Option<(Option<String>, SpeakerKind, Resolution)> {
        let text = self.text;
        if since.is_some_and(|at| np.span.start <= at) {
            return None;
        }
        let (name, kind, _) = self.resolve(&np);
        // `the Ohio governor said`, `the official said`: most likely the person read before,
        // where there is one; `a senior official said` is someone new.
        if since.is_some() && np.kind == NpKind::Role && !is_indefinite(&text[np.span.range()]) {
            return None;
        }
        // A role linked to a name must agree with the pronoun too.
        if name.as_deref().is_some_and(|n| !Gender::of_person(n, None).agrees(gender)) {
            return None;
        }
        // `the company said`, where an organisation was named before: the name says more.
        let generic = |n: &str| !n.contains(char::is_uppercase);
        if since.is_some() && kind == SpeakerKind::Organization && name.as_deref().is_some_and(generic) {
            return None;
        }
        name.is_some().then_some((name, kind, Resolution::Pronoun))
    }

    /// The last mention of document noun `head` with words before it (`a UN report`)
    /// before `pos`: the document a bare `the report` there points back to.
    fn doc_name(&mut self, head: &str, pos: usize) -> Option<String> {
        let text = self.text;
        let mentions = self.doc_names.entry(head.to_owned()).or_insert_with(|| modified_mentions(text, head));
        mentions.iter().rev().find(|(at, _)| *at < pos).map(|(_, name)| name.clone())
    }
}

/// How far back a bare `the ministry` looks for the ministry it names, in bytes.
const ORG_LOOKBACK: usize = 8 << 10;

/// `the ministry` after `the Health Ministry`, `the bank` after `the World Bank`: a bare
/// lower-case noun after `the` names the last organisation before it whose name holds
/// that noun, capitalised: the last organisation speaker (`last`) if its name does, or
/// else the capitalised words ending in it, as [`canonical_phrase`] gives them.
fn named_org_before(text: &str, np: &Np, last: Option<&str>) -> Option<String> {
    let phrase = &text[np.span.range()];
    let noun = phrase.strip_prefix("the ").or_else(|| phrase.strip_prefix("The "))?;
    if noun.len() < 3 || !noun.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let mut capital = noun.to_owned();
    capital[..1].make_ascii_uppercase();
    if let Some(last) = last.filter(|l| l.split(' ').any(|w| w == capital)) {
        return Some(last.to_owned());
    }
    let from = tokens::ceil_boundary(text, np.span.start.saturating_sub(ORG_LOOKBACK));
    let window = &text[from..np.span.start];
    let finder = memchr::memmem::FinderRev::new(capital.as_bytes());
    let at = finder.rfind_iter(window.as_bytes()).find(|&at| {
        let end = at + capital.len();
        !window[end..].starts_with(char::is_alphanumeric) && window[..at].ends_with(' ')
    })?;
    // The capitalised words right before it, back to a determiner or a possessive.
    let mut start = at;
    for word in window[..at].split(' ').rev().skip(1).take(4) {
        let possessive = word.ends_with("'s") || word.ends_with("’s");
        // A word that never names (`Disputes Characterization Of Network`, a headline's).
        let function = cues::has(word, cues::STOP_CAP);
        // `Washington-based`: an adjective, not part of the name.
        let adjective = word.rsplit('-').next().is_some_and(|w| w.starts_with(char::is_lowercase));
        if !word.starts_with(char::is_uppercase) || function || possessive || adjective {
            break;
        }
        start -= word.len() + 1;
    }
    // `the Commonwealth Bank of Australia`: capitalised words after `of` go with it.
    let mut end = at + capital.len();
    if let Some(rest) = window[end..].strip_prefix(" of ") {
        let words = rest
            .split(' ')
            .take(3)
            .take_while(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic));
        let len: usize = words.map(|w| w.len() + 1).sum();
        if len > 0 {
            end += " of ".len() + len - 1;
        }
    }
    if start == at && end == at + capital.len() {
        return None; // the noun alone, capitalised: no name
    }
    if window[..start].ends_with("The ") || window[..start].ends_with("the ") {
        start -= 4;
    }
    Some(canonical_phrase(text, Span::new(from + start, from + end)))
}

/// `a United Nations report released Monday` → `the United Nations report`: every mention
/// of `head` (the first 64) with a determiner and at least one word between, by position.
fn modified_mentions(text: &str, head: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    let mut toks = Tokens::new();
    let finder = memchr::memmem::Finder::new(head.as_bytes());
    for (seen, at) in finder.find_iter(text.as_bytes()).enumerate() {
        if seen >= 64 {
            break;
        }
        let end = at + head.len();
        let bounded = !text[..at].ends_with(char::is_alphanumeric) && !text[end..].starts_with(char::is_alphanumeric);
        if !bounded {
            continue;
        }
        let from = tokens::floor_boundary(text, at.saturating_sub(80));
        toks.fill(Span::new(tokens::ceil_boundary(text, from), end));
        let win = toks.all(text);
        let n = win.len();
        if n < 3 {
            continue;
        }
        // Walk back over modifiers to a determiner, and on past `of the` inside a name
        // (`its State of the Climate report`).
        let mut d = n - 1;
        loop {
            while d > 0 && n - 1 - d < 8 && win.is_word(d - 1) && !win.has(d - 1, cues::DETERMINER) {
                let of_named = win.w(d - 1) == "of" && win.has(d, tokens::CAP) && d >= 2 && win.has(d - 2, tokens::CAP);
                if win.has(d - 1, cues::PHRASE_BREAK | cues::CUE) && !win.has(d - 1, tokens::CAP) && !of_named {
                    break;
                }
                d -= 1;
            }
            let of_the = d >= 3 && win.w(d - 2) == "of" && win.has(d, tokens::CAP) && win.has(d - 3, tokens::CAP);
            if !of_the || n - 1 - d >= 8 {
                break;
            }
            d -= 2;
        }
        if d > 0 && win.has(d - 1, cues::DETERMINER) && d < n - 1 {
            // `its annual State of the Climate report`: the name without the words before
            // its capitals.
            let caps = (d..n - 1).find(|&x| win.has(x, tokens::CAP));
            match caps {
                Some(c) if c > d => found.push((at, format!("the {}", canonical_phrase(text, win.span(c, n))))),
                _ => found.push((at, canonical_phrase(text, win.span(d - 1, n)))),
            }
        }
    }
    found
}

fn fold_ws(s: &str) -> String {
    // As `split_whitespace().collect::<Vec<_>>().join(" ")`, without the vector.
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// A title as the speakers table keeps it: a capital that only opens a sentence
/// (`The chief executive`, `Its chief executive`) is written lower-case, so the same title
/// is listed once.
fn title_in_table(title: &str) -> std::borrow::Cow<'_, str> {
    let first = title.split(' ').next().unwrap_or("");
    if title.contains(' ') && first.starts_with(char::is_uppercase) && cues::is_determiner(first) {
        let mut lowered = title.to_owned();
        lowered[..1].make_ascii_lowercase();
        return std::borrow::Cow::Owned(lowered);
    }
    std::borrow::Cow::Borrowed(title)
}

/// One entry per speaker name, in order of first quote.
fn collect_speakers(quotes: &[Quote]) -> Vec<Speaker> {
    // Names, titles and mentions are searched in their lists while few, and by set once
    // many (hostile texts): most documents build no table.
    const SHORT: usize = 16;
    let mut out: Vec<Speaker> = Vec::new();
    // Speakers by name (borrowed from the quotes), once there are many.
    let mut index: FastMap<&str, usize> = FastMap::default();
    // The titles and mention spans of a speaker with many.
    let mut sets: FastMap<usize, (crate::lexicon::FastSet<String>, crate::lexicon::FastSet<Span>)> = FastMap::default();
    for (qi, q) in quotes.iter().enumerate() {
        let Some(name) = q.speaker.as_deref() else { continue };
        let found = if out.len() < SHORT { out.iter().position(|s| s.name == name) } else { index.get(name).copied() };
        let i = match found {
            Some(i) => i,
            None => {
                out.push(Speaker {
                    name: name.to_owned(),
                    kind: q.speaker_kind,
                    titles: Vec::new(),
                    mentions: Vec::new(),
                    quotes: Vec::new(),
                });
                let i = out.len() - 1;
                if out.len() == SHORT {
                    // Each speaker's name as its first quote gives it.
                    let first = |s: &Speaker| s.quotes.first().and_then(|&k| quotes[k].speaker.as_deref());
                    index.extend(out.iter().enumerate().filter_map(|(k, s)| Some((first(s)?, k))));
                }
                if out.len() >= SHORT {
                    index.insert(name, i);
                }
                i
            }
        };
        let s = &mut out[i];
        s.quotes.push(qi);
        if let Some(t) = &q.speaker_title {
            let t = title_in_table(t);
            let t: &str = &t;
            let new = if s.titles.len() < SHORT {
                !s.titles.iter().any(|x| x == t)
            } else {
                let titles = &mut sets.entry(i).or_default().0;
                if titles.is_empty() {
                    titles.extend(s.titles.iter().cloned());
                }
                titles.insert(t.to_owned())
            };
            if new {
                s.titles.push(t.to_owned());
            }
        }
        if let Some(m) = &q.speaker_mention {
            // A mention's text is its span's.
            let new = if s.mentions.len() < SHORT {
                !s.mentions.contains(m)
            } else {
                let spans = &mut sets.entry(i).or_default().1;
                if spans.is_empty() {
                    spans.extend(s.mentions.iter().map(|m| m.span));
                }
                spans.insert(m.span)
            };
            if new {
                s.mentions.push(m.clone());
            }
        }
    }
    out
}
