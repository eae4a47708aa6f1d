//! Which English each translation was made from, and what follows when the English changes.
//!
//! `locales/<id>/translated-from.toml` maps each message id to a fingerprint of the English
//! (en-GB) message its translation was made from. A translation whose fingerprint no longer
//! matches the English — or that has none — is *stale*: `signpost locales stale` lists them per
//! locale, and `signpost locales record <id> <message>…` records the current English once a
//! translator has brought theirs up to date (docs/TRANSLATING.md).
//!
//! A stale translation is still shown (an older wording is better than English to someone who
//! reads no English), except the messages in [`MUST_MATCH_ENGLISH`]: what a family is told about
//! its personal data. A translation of an older promise could promise what the code no longer
//! does, so until it is translated again those messages are sent in English in that locale,
//! and the referral form tells the worker (see [`english_in_place`]).

use std::{borrow::Cow, collections::BTreeMap, sync::OnceLock};

use super::{FTL_FILE_NAMES, FTL_SOURCES, LOCALES, LocaleInfo, TRANSLATED_FROM};

/// The messages whose translation must say what the English says now, or not be shown: the
/// consent statement read to a family, the agreement the worker ticks, the privacy notice, and
/// the periods they name.
pub const MUST_MATCH_ENGLISH: &[&str] = &["referral-consent-statement", "refer-consent-given", "refer-privacy-body", "retention-period"];

/// One message or term of a Fluent source: its id and its whole text (the `id =` line and the
/// lines that continue it), as a range of the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry<'a> {
    pub id: &'a str,
    pub text: &'a str,
    start: usize,
}

/// The messages and terms of `source`, in order. An entry starts at a line beginning with an
/// identifier and `=`, and runs to the next entry or comment (blank lines at its end are not
/// part of it).
pub fn entries(source: &str) -> Vec<Entry<'_>> {
    let mut out = Vec::new();
    let mut open: Option<(usize, &str)> = None;
    let mut end = 0;
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        let starts = line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-');
        let ends = starts || line.starts_with('#');
        if ends {
            if let Some((start, id)) = open.take() {
                out.push(Entry { id, text: &source[start..end], start });
            }
        }
        if starts {
            if let Some((id, _)) = line.split_once('=') {
                open = Some((offset, id.trim()));
            }
        }
        offset += line.len();
        if !line.trim().is_empty() {
            end = offset - (line.len() - line.trim_end().len());
        }
    }
    if let Some((start, id)) = open {
        out.push(Entry { id, text: &source[start..end], start });
    }
    out
}

/// A fingerprint of a message's text: FNV-1a (64 bits) over its lines without trailing spaces.
/// It tells changes apart, nothing more (no one gains by forging one).
pub fn fingerprint(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for (i, line) in text.lines().enumerate() {
        let bytes = line.trim_end().as_bytes();
        for &b in (if i == 0 { &b""[..] } else { &b"\n"[..] }).iter().chain(bytes) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

/// The English messages, by id (from every reference file).
fn english() -> &'static BTreeMap<&'static str, &'static str> {
    static ENGLISH: OnceLock<BTreeMap<&'static str, &'static str>> = OnceLock::new();
    ENGLISH.get_or_init(|| FTL_SOURCES[0].1.iter().flat_map(|source| entries(source)).map(|e| (e.id, e.text)).collect())
}

/// What `translated-from.toml` records: message id → fingerprint.
pub fn parse_record(text: &str) -> BTreeMap<&str, &str> {
    text.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .filter_map(|l| l.split_once('='))
        .map(|(id, hash)| (id.trim(), hash.trim().trim_matches('"')))
        .collect()
}

fn index(info: &'static LocaleInfo) -> usize {
    LOCALES.iter().position(|l| std::ptr::eq(l, info)).expect("a shipped locale")
}

/// The messages of locale `info` whose translation was not made from the English as it is now
/// (none for the reference).
pub fn stale(info: &'static LocaleInfo) -> Vec<&'static str> {
    let i = index(info);
    if i == 0 {
        return Vec::new();
    }
    stale_against(TRANSLATED_FROM[i])
}

/// The English messages that `record` (a `translated-from.toml`) does not record as they are now.
fn stale_against(record: &str) -> Vec<&'static str> {
    let recorded = parse_record(record);
    english().iter().filter(|(id, text)| recorded.get(*id) != Some(&fingerprint(text).as_str())).map(|(id, _)| *id).collect()
}

/// The messages of [`MUST_MATCH_ENGLISH`] that locale `info` sends in English for now.
pub fn english_in_place(info: &'static LocaleInfo) -> Vec<&'static str> {
    must_match(stale(info))
}

fn must_match(stale: Vec<&'static str>) -> Vec<&'static str> {
    stale.into_iter().filter(|id| MUST_MATCH_ENGLISH.contains(id)).collect()
}

/// Each locale's files as they are sent and rendered: the shipped source, with the English in
/// place of each stale message of [`MUST_MATCH_ENGLISH`], without its comments. Paired with the
/// file names.
pub fn sources(info: &'static LocaleInfo) -> Vec<(&'static str, &'static str)> {
    static ALL: OnceLock<Vec<Vec<String>>> = OnceLock::new();
    let all = ALL.get_or_init(|| {
        LOCALES
            .iter()
            .zip(FTL_SOURCES)
            .enumerate()
            .map(|(i, (info, (_, files)))| as_sent(files, FTL_FILE_NAMES[i], &english_in_place(info)))
            .collect()
    });
    let i = index(info);
    FTL_FILE_NAMES[i].iter().copied().zip(all[i].iter().map(String::as_str)).collect()
}

/// `source` without its comment lines: notes for translators, which every page that carries
/// its messages would otherwise send to the browser too (about 0.4 KiB of a page, compressed).
/// A line that starts with `#` is always a comment in Fluent (a pattern's own lines are
/// indented); blank lines stay, as they can be part of a pattern.
fn without_comments(source: &str) -> String {
    source.split_inclusive('\n').filter(|line| !line.starts_with('#')).collect()
}

/// The message that lists, in a locale's source as sent, the messages given in English in
/// place of a stale translation ([`Localizer::in_english`](super::Localizer::in_english)).
pub const IN_ENGLISH: &str = "signpost-in-english";

/// A locale's `files` (named `names`) as sent: each without its comments and with the English
/// in place of the messages in `replace`, and the one [`IN_ENGLISH`] message naming those in the
/// file every page carries.
fn as_sent(files: &[&'static str], names: &[&str], replace: &[&str]) -> Vec<String> {
    let mut named = Vec::new();
    let mut sent: Vec<String> = files.iter().map(|source| without_comments(&with_english(source, replace, &mut named))).collect();
    if !named.is_empty() {
        let main = names.iter().position(|f| *f == ALWAYS_CARRIED).expect("every locale has main.ftl");
        sent[main].push_str(&format!("\n{IN_ENGLISH} = {}\n", named.join(" ")));
    }
    sent
}

/// The file of a locale that every page carries, and so the one that lists the messages given
/// in English ([`IN_ENGLISH`]) for all of its files.
const ALWAYS_CARRIED: &str = "main.ftl";

/// `source` with the English text of each message in `ids` in place of its own; the ids it
/// replaced are added to `named` (for the one [`IN_ENGLISH`] message of the locale).
fn with_english(source: &'static str, ids: &[&str], named: &mut Vec<&'static str>) -> Cow<'static, str> {
    let found: Vec<Entry> = entries(source).into_iter().filter(|e| ids.contains(&e.id)).collect();
    if found.is_empty() {
        return Cow::Borrowed(source);
    }
    named.extend(found.iter().map(|e| e.id));
    let mut out = String::with_capacity(source.len());
    let mut at = 0;
    for e in found {
        out.push_str(&source[at..e.start]);
        out.push_str(english().get(e.id).copied().unwrap_or(e.text));
        at = e.start + e.text.len();
    }
    out.push_str(&source[at..]);
    Cow::Owned(out)
}

/// The text of `translated-from.toml` for a locale whose record is `current`, with `ids` (all
/// English messages when empty) recorded as translated from the English as it is now.
pub fn record(current: &str, ids: &[String]) -> Result<String, String> {
    let unknown: Vec<&String> = ids.iter().filter(|id| !english().contains_key(id.as_str())).collect();
    if !unknown.is_empty() {
        return Err(format!("no English message has the id {unknown:?}"));
    }
    let mut record: BTreeMap<&str, String> = parse_record(current).into_iter().map(|(k, v)| (k, v.to_string())).collect();
    for (id, text) in english() {
        if ids.is_empty() || ids.iter().any(|i| i == id) {
            record.insert(id, fingerprint(text));
        }
    }
    record.retain(|id, _| english().contains_key(id));
    let mut out = String::from(
        "# Which English (en-GB) text each message here was translated from: a fingerprint of it.\n\
         # Written by `signpost locales record`; `signpost locales stale` lists what changed since.\n",
    );
    for (id, hash) in record {
        out.push_str(&format!("{id} = \"{hash}\"\n"));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_every_message_and_term_with_its_whole_text() {
        for (info, (_, files)) in LOCALES.iter().zip(FTL_SOURCES) {
            for source in *files {
                let parsed = fluent_syntax::parser::parse(*source).expect("shipped sources parse");
                let ids: Vec<String> = parsed
                    .body
                    .iter()
                    .filter_map(|e| match e {
                        fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                        fluent_syntax::ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
                        _ => None,
                    })
                    .collect();
                let ours: Vec<&str> = entries(source).iter().map(|e| e.id).collect();
                assert_eq!(ours, ids, "{}", info.id);
                // Each entry's text parses on its own as exactly that entry.
                for e in entries(source) {
                    let alone = fluent_syntax::parser::parse(e.text).unwrap_or_else(|_| panic!("{}: {} does not parse alone", info.id, e.id));
                    assert_eq!(alone.body.len(), 1, "{}: {}", info.id, e.id);
                }
            }
        }
    }

    /// The sources as sent (to browsers, and parsed by the server) carry no comment, and every
    /// message and term of the shipped files, each as the file has it (or in English, where
    /// [`english_in_place`] says so).
    #[test]
    fn the_sources_as_sent_are_the_files_messages_without_their_comments() {
        use fluent_syntax::ast::Entry as Ast;
        let messages = |source: &str| -> Vec<String> {
            let parsed = fluent_syntax::parser::parse(source).expect("sources parse");
            parsed
                .body
                .into_iter()
                .filter_map(|entry| match entry {
                    Ast::Message(m) => Some(format!("{:?}", (m.id, m.value, m.attributes))),
                    Ast::Term(t) => Some(format!("{:?}", (t.id, t.value, t.attributes))),
                    _ => None,
                })
                .collect()
        };
        let mut comments = 0;
        for (info, (_, files)) in LOCALES.iter().zip(FTL_SOURCES) {
            let replace = english_in_place(info);
            for (shipped, (name, sent)) in files.iter().zip(sources(info)) {
                comments += shipped.lines().filter(|l| l.starts_with('#')).count();
                assert!(!sent.lines().any(|l| l.starts_with('#')), "{} {name} is sent with its comments", info.id);
                let want = messages(&with_english(shipped, &replace, &mut Vec::new()));
                assert!(!want.is_empty(), "{} {name}", info.id);
                assert_eq!(messages(sent), want, "{} {name}", info.id);
            }
        }
        assert!(comments > 0, "the shipped files have comments to leave out");
    }

    #[test]
    fn a_fingerprint_changes_with_the_words_and_not_with_trailing_spaces() {
        let a = fingerprint("x = one\n    two");
        assert_eq!(a, fingerprint("x = one   \n    two  "));
        assert_ne!(a, fingerprint("x = one\n    three"));
        assert_eq!(a.len(), 16);
    }

    #[test]
    fn every_shipped_translation_records_the_english_it_was_made_from() {
        // A new English message without a recorded translation shows up here and in
        // `signpost locales stale`; a shipped locale starts with none stale.
        for info in &LOCALES[1..] {
            assert_eq!(stale(info), Vec::<&str>::new(), "{}: run `signpost locales stale`", info.id);
        }
    }

    #[test]
    fn when_the_english_changes_its_translations_are_stale_and_a_promise_to_families_is_shown_in_english() {
        let everything = record("", &[]).unwrap();
        assert!(stale_against(&everything).is_empty());
        // The English consent statement changed after Polish was translated: its fingerprint
        // in Polish's record is the old one.
        let old = everything
            .lines()
            .map(|l| if l.starts_with("referral-consent-statement =") { "referral-consent-statement = \"0000000000000000\"" } else { l })
            .chain(std::iter::once("search-title = \"0000000000000000\""))
            .collect::<Vec<_>>()
            .join("\n");
        let stale = stale_against(&old);
        assert_eq!(stale, vec!["referral-consent-statement", "search-title"]);
        let english_now = must_match(stale);
        assert_eq!(english_now, vec!["referral-consent-statement"], "an ordinary message stays translated");

        let polish = crate::i18n::find("pl").unwrap();
        let pl_files = LOCALES.iter().zip(FTL_SOURCES).position(|(l, _)| l.id == "pl").unwrap();
        let sent = |replace: &[&str]| as_sent(FTL_SOURCES[pl_files].1, FTL_FILE_NAMES[pl_files], replace);
        let pl = crate::i18n::Localizer::new(polish, sent(&english_now).concat()).unwrap();
        // Promises in two files stale at once (the period is in main.ftl, the statement in
        // referrals.ftl): one list of them, in the file every page carries.
        let both = sent(&["retention-period", "referral-consent-statement"]);
        let main = FTL_FILE_NAMES[pl_files].iter().position(|f| *f == ALWAYS_CARRIED).unwrap();
        assert!(both[main].ends_with(&format!("\n{IN_ENGLISH} = retention-period referral-consent-statement\n")));
        assert_eq!(both.concat().matches(IN_ENGLISH).count(), 1);
        let two = crate::i18n::Localizer::new(polish, both.concat()).unwrap();
        assert!(two.in_english("retention-period") && two.in_english("referral-consent-statement"));
        let en = crate::i18n::Localizer::new(crate::i18n::reference(), FTL_SOURCES[0].1.concat()).unwrap();
        let args = |l: &crate::i18n::Localizer| {
            let mut a = crate::i18n::FluentArgs::new();
            a.set("service", "Wesley Hall Food Bank");
            a.set("period", "1");
            l.t_with("referral-consent-statement", &a)
        };
        assert_eq!(args(&pl), args(&en), "the statement is the English one");
        assert!(pl.in_english("referral-consent-statement") && !pl.in_english("search-title"));
        assert!(!en.in_english("referral-consent-statement"));
        assert_ne!(pl.t("search-title"), en.t("search-title"), "the rest is still Polish");

        // Recording the new translation makes it current again.
        let again = record(&old, &["referral-consent-statement".to_string()]).unwrap();
        assert_eq!(stale_against(&again), vec!["search-title"]);
        assert!(record(&old, &["no-such-message".to_string()]).is_err());
    }
}
