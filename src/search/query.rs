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

impl Query {
    /// Reads a query from URL parameters (`q`, `need`, `area`, `language`, `age`, `free`,
    /// `open`, `referrals`, `page`). Unknown or malformed values are ignored.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut q = Query { page: 1, ..Query::default() };
        for (key, value) in pairs {
            match key {
                "q" => q.text = value.trim().chars().take(MAX_TEXT_CHARS).collect(),
                "need" => q.need = Need::from_code(value.trim()),
                "area" => q.area = non_empty(value, 100),
                "language" => {
                    q.language = non_empty(value, 12).filter(|v| v.chars().all(|c| c.is_ascii_alphabetic() || c == '-'))
                }
                "age" => q.age = value.trim().parse::<u8>().ok().filter(|a| *a <= MAX_AGE),
                "free" => q.free = truthy(value),
                "open" => q.open_now = truthy(value),
                "referrals" => q.accepts_referrals = truthy(value),
                "page" => q.page = value.trim().parse::<u32>().ok().filter(|p| (1..=10_000).contains(p)).unwrap_or(1),
                _ => {}
            }
        }
        q
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
    fn long_text_is_cut_not_refused() {
        let long = "a".repeat(MAX_TEXT_CHARS + 50);
        assert_eq!(Query::from_pairs([("q", long.as_str())]).text.chars().count(), MAX_TEXT_CHARS);
    }
}
