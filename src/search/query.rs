//! A search: free text plus filters, read from and written to URL query parameters, so that a
//! search is a link that can be shared, bookmarked, reloaded offline and submitted without
//! JavaScript. Reading is lenient: a malformed parameter is ignored, never an error.

use serde::{Deserialize, Serialize};

use crate::directory::needs::Need;

/// Longest free-text query kept, in characters (longer input is cut, not refused).
pub const MAX_TEXT_CHARS: usize = 200;
/// Oldest age the age filter accepts.
pub const MAX_AGE: u8 = 120;
/// Results per page.
pub const PAGE_SIZE: usize = 20;
/// Longest area name kept, in characters.
pub const MAX_AREA_CHARS: usize = 100;
/// Longest language tag kept.
pub const MAX_LANGUAGE_CHARS: usize = 12;
/// Highest page number.
pub const MAX_PAGE: u32 = 10_000;
/// At most this many distinct words of the text are searched for (the rest are ignored).
pub const MAX_QUERY_WORDS: usize = 8;
/// Words longer than this are matched exactly or as a prefix, never with typos: no real word
/// is this long, and typo matching costs time in proportion to a word's length.
pub const MAX_TYPO_WORD_CHARS: usize = 24;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Query {
    /// Free text: service name, need, words from the description, area or language.
    pub text: String,
    pub need: Option<Need>,
    /// Neighbourhood name, as listed.
    pub area: Option<String>,
    /// ISO 639 code of a language the staff speak.
    pub language: Option<String>,
    /// The age of the person who needs help.
    pub age: Option<u8>,
    pub free: bool,
    pub open_now: bool,
    pub accepts_referrals: bool,
    /// 1-based page of results.
    pub page: u32,
}

fn truthy(v: &str) -> bool {
    matches!(v, "1" | "true" | "on" | "yes")
}

fn non_empty(v: &str, max: usize) -> Option<String> {
    let v = v.trim();
    (!v.is_empty() && v.chars().count() <= max).then(|| v.to_string())
}

fn language_code(v: &str) -> Option<String> {
    non_empty(v, MAX_LANGUAGE_CHARS).filter(|v| v.chars().all(|c| c.is_ascii_alphabetic() || c == '-'))
}

fn text(v: &str) -> String {
    v.trim().chars().take(MAX_TEXT_CHARS).collect()
}

impl Query {
    /// Reads a query from URL parameters (`q`, `need`, `area`, `language`, `age`, `free`,
    /// `open`, `referrals`, `page`). Unknown or malformed values are ignored.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut q = Query { page: 1, ..Query::default() };
        for (key, value) in pairs {
            match key {
                "q" => q.text = text(value),
                "need" => q.need = Need::from_code(value.trim()),
                "area" => q.area = non_empty(value, MAX_AREA_CHARS),
                "language" => q.language = language_code(value),
                "age" => q.age = value.trim().parse::<u8>().ok().filter(|a| *a <= MAX_AGE),
                "free" => q.free = truthy(value),
                "open" => q.open_now = truthy(value),
                "referrals" => q.accepts_referrals = truthy(value),
                "page" => q.page = value.trim().parse::<u32>().ok().filter(|p| (1..=MAX_PAGE).contains(p)).unwrap_or(1),
                _ => {}
            }
        }
        q
    }

    /// The query within the limits [`Query::from_pairs`] applies, however it was made: a query
    /// that arrives any other way (a server function's arguments, the phone's own code) is cut
    /// down the same way before a search runs ([`crate::directory::read::search_page`]).
    pub fn bounded(&self) -> Query {
        Query {
            text: text(&self.text),
            need: self.need,
            area: self.area.as_deref().and_then(|a| non_empty(a, MAX_AREA_CHARS)),
            language: self.language.as_deref().and_then(language_code),
            age: self.age.filter(|a| *a <= MAX_AGE),
            free: self.free,
            open_now: self.open_now,
            accepts_referrals: self.accepts_referrals,
            page: self.page.clamp(1, MAX_PAGE),
        }
    }

    /// The URL parameters for this query, in a stable order, leaving out defaults.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if !self.text.is_empty() {
            out.push(("q", self.text.clone()));
        }
        if let Some(n) = self.need {
            out.push(("need", n.code().to_string()));
        }
        if let Some(a) = &self.area {
            out.push(("area", a.clone()));
        }
        if let Some(l) = &self.language {
            out.push(("language", l.clone()));
        }
        if let Some(a) = self.age {
            out.push(("age", a.to_string()));
        }
        for (flag, key) in [(self.free, "free"), (self.open_now, "open"), (self.accepts_referrals, "referrals")] {
            if flag {
                out.push((key, "1".to_string()));
            }
        }
        if self.page > 1 {
            out.push(("page", self.page.to_string()));
        }
        out
    }

    /// How many filters (beyond free text) are set.
    pub fn filter_count(&self) -> usize {
        [
            self.need.is_some(),
            self.area.is_some(),
            self.language.is_some(),
            self.age.is_some(),
            self.free,
            self.open_now,
            self.accepts_referrals,
        ]
        .into_iter()
        .filter(|set| *set)
        .count()
    }

    /// Whether any filter (beyond free text) is set.
    pub fn has_filters(&self) -> bool {
        self.filter_count() > 0
    }

    /// Whether the query asks for anything at all.
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty() && !self.has_filters()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_url_pairs() {
        let q = Query {
            text: "food bank".into(),
            need: Some(Need::Food),
            area: Some("Highfields".into()),
            language: Some("so".into()),
            age: Some(17),
            free: true,
            open_now: true,
            accepts_referrals: true,
            page: 2,
        };
        let pairs = q.to_pairs();
        let back = Query::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
        assert_eq!(back, q);
    }

    #[test]
    fn malformed_parameters_are_ignored() {
        let q = Query::from_pairs([
            ("age", "abc"),
            ("need", "unicorns"),
            ("page", "-3"),
            ("language", "<script>"),
            ("free", "maybe"),
            ("area", "   "),
            ("unknown", "x"),
        ]);
        assert_eq!(q, Query { page: 1, ..Query::default() });
        assert_eq!(Query::from_pairs([("age", "300")]).age, None);
        assert_eq!(Query::from_pairs([("page", "99999999999")]).page, 1);
    }

    #[test]
    fn a_query_made_any_other_way_is_bounded_like_one_from_the_address() {
        let huge = Query {
            text: "food ".repeat(12_000),
            area: Some("x".repeat(MAX_AREA_CHARS + 1)),
            language: Some("<script>".into()),
            age: Some(250),
            page: u32::MAX,
            ..Query::default()
        };
        let b = huge.bounded();
        assert_eq!(b.text.chars().count(), MAX_TEXT_CHARS);
        assert_eq!((b.area, b.language, b.age, b.page), (None, None, None, MAX_PAGE));
        let fine = Query { text: "food bank".into(), area: Some("Highfields".into()), page: 2, ..Query::default() };
        assert_eq!(fine.bounded(), fine);
        assert_eq!(Query::default().bounded().page, 1);
    }

    #[test]
    fn long_text_is_cut_not_refused() {
        let long = "a".repeat(MAX_TEXT_CHARS + 50);
        assert_eq!(Query::from_pairs([("q", long.as_str())]).text.chars().count(), MAX_TEXT_CHARS);
    }
}
