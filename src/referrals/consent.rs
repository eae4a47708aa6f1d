//! The consent statement a worker reads to a family, and its version: a hash of the exact text
//! in the language it was read in, with the retention period as configured. The phone records
//! the version with the referral; the server keeps every text it has offered under its version
//! (`consent_statements`), so what a family heard can always be shown again, and a changed
//! translation or retention period is a new version.
//!
//! What the statement promises is what the code does, and tests hold it to that: only the
//! receiving service and the worker who made the referral see its details (`store.rs`,
//! `Row::relation`), and the details are deleted once the referral has been untouched for the
//! period it names (`store::purge`).

use sha2::{Digest, Sha256};

use crate::{i18n::Localizer, t};

/// The retention period when none is configured.
pub const DEFAULT_RETENTION_DAYS: u32 = 365;
/// The `<meta>` element that carries the configured retention period to the browser (every page
/// and the offline shell have it).
pub const RETENTION_META: &str = "signpost-retention-days";

/// A period of days in words: whole years or months when it is one, else days.
pub fn period(l: &Localizer, days: u32) -> String {
    let (unit, count) = if days % 365 == 0 {
        ("years", days / 365)
    } else if days % 30 == 0 {
        ("months", days / 30)
    } else {
        ("days", days)
    };
    t!(l, "retention-period", unit = unit, count = count)
}

/// The id of the statement's message.
pub const STATEMENT: &str = "referral-consent-statement";

/// The statement, in `l`'s language, about referring to `service`.
pub fn statement(l: &Localizer, service: &str, retention_days: u32) -> String {
    t!(l, "referral-consent-statement", service = service, period = period(l, retention_days))
}

/// The statement as kept on the server: the service's name left as a placeholder.
pub fn statement_template(l: &Localizer, retention_days: u32) -> String {
    statement(l, SERVICE_PLACEHOLDER, retention_days)
}

/// Stands for the service's name in [`statement_template`].
pub const SERVICE_PLACEHOLDER: &str = "{service}";

/// The language the statement is in when shown in `l`'s: `l`'s own, or English where `l`'s
/// translation is older than the English text and so is not shown (`catalogue::MUST_MATCH_ENGLISH`).
/// A referral records this, not the language the worker chose, as the one its family heard.
pub fn language_read(l: &Localizer) -> &'static str {
    if l.in_english(STATEMENT) { crate::i18n::reference().id } else { l.info().id }
}

/// The version of the statement shown in `l`: the first 16 hex digits of the SHA-256 of the
/// language it is in ([`language_read`]) and the exact text (with the service as a placeholder).
pub fn version(l: &Localizer, retention_days: u32) -> String {
    let digest = Sha256::digest(format!("{}\n{}", language_read(l), statement_template(l, retention_days)).as_bytes());
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// Whether `s` has the form of a statement version.
pub fn valid_version(s: &str) -> bool {
    s.len() == 16 && s.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
}

/// The configured retention period, as this page knows it: the server's configuration when
/// rendering, the page's `<meta>` in the browser.
pub fn configured_retention_days() -> u32 {
    #[cfg(feature = "ssr")]
    {
        leptos::prelude::use_context::<crate::server::state::AppState>()
            .map_or(DEFAULT_RETENTION_DAYS, |s| s.config.retention_days())
    }
    #[cfg(all(feature = "hydrate", not(feature = "ssr")))]
    {
        leptos::prelude::document()
            .query_selector(&format!("meta[name=\"{RETENTION_META}\"]"))
            .ok()
            .flatten()
            .and_then(|m| m.get_attribute("content"))
            .and_then(|v| v.parse().ok())
            .unwrap_or(DEFAULT_RETENTION_DAYS)
    }
    #[cfg(not(any(feature = "ssr", feature = "hydrate")))]
    DEFAULT_RETENTION_DAYS
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{LOCALES, FTL_SOURCES, Localizer};

    fn localizer(id: &str) -> Localizer {
        let (info, (_, files)) = LOCALES.iter().zip(FTL_SOURCES).find(|(l, _)| l.id == id).unwrap();
        Localizer::new(info, files.concat()).unwrap()
    }

    fn with_statement(id: &str, statement: &str) -> Localizer {
        let (info, (_, files)) = LOCALES.iter().zip(FTL_SOURCES).find(|(l, _)| l.id == id).unwrap();
        let source: String = files
            .concat()
            .lines()
            .map(|line| if line.starts_with("referral-consent-statement =") { format!("referral-consent-statement = {statement}") } else { line.to_string() })
            .collect::<Vec<_>>()
            .join("\n");
        Localizer::new(info, source).unwrap()
    }

    #[test]
    fn the_statement_names_the_configured_period() {
        let en = localizer("en-GB");
        assert!(statement(&en, "Food bank", 365).contains("for one year."), "{}", statement(&en, "Food bank", 365));
        assert!(statement(&en, "Food bank", 730).contains("for 2 years."));
        assert!(statement(&en, "Food bank", 180).contains("for 6 months."));
        assert!(statement(&en, "Food bank", 45).contains("for 45 days."));
        assert!(!statement(&en, "Food bank", 45).contains("year"));
    }

    #[test]
    fn the_version_changes_with_the_text_the_language_and_the_period() {
        let en = localizer("en-GB");
        let v = version(&en, 365);
        assert!(valid_version(&v), "{v}");
        assert_eq!(v, version(&en, 365), "the same text, the same version");
        assert_ne!(v, version(&en, 180), "another period is another text");
        let mut all: Vec<String> = LOCALES.iter().map(|l| version(&localizer(l.id), 365)).collect();
        all.sort();
        all.dedup();
        assert_eq!(all.len(), LOCALES.len(), "each language has its own version");
        // Changing a translation changes its version, and only its own.
        let ar = localizer("ar");
        let changed = with_statement("ar", "نص آخر { $service } { $period }");
        assert_ne!(version(&ar, 365), version(&changed, 365));
        assert_eq!(version(&en, 365), v);
    }

    #[test]
    fn a_statement_shown_in_english_is_recorded_as_english() {
        // Polish whose translation of the statement is older than the English: the English
        // text is shown (`catalogue::sources` substitutes it and lists it as in English).
        let (info, (_, files)) = LOCALES.iter().zip(FTL_SOURCES).find(|(l, _)| l.id == "pl").unwrap();
        let english = FTL_SOURCES[0].1.concat();
        let english_line = english.lines().find(|l| l.starts_with("referral-consent-statement =")).unwrap();
        let source: String = files
            .concat()
            .lines()
            .map(|line| if line.starts_with("referral-consent-statement =") { english_line } else { line })
            .chain(["signpost-in-english = referral-consent-statement"])
            .collect::<Vec<_>>()
            .join("\n");
        let stale = Localizer::new(info, source).unwrap();
        let (pl, en) = (localizer("pl"), localizer("en-GB"));
        assert_eq!(language_read(&stale), "en-GB");
        assert_eq!(language_read(&pl), "pl");
        assert_eq!(language_read(&en), "en-GB");
        assert_ne!(version(&stale, 365), version(&pl, 365), "another text, another version");
        let expected = Sha256::digest(format!("en-GB\n{}", statement_template(&stale, 365)).as_bytes());
        assert_eq!(expected.iter().take(8).map(|b| format!("{b:02x}")).collect::<String>(), version(&stale, 365));
    }

    #[test]
    fn the_service_is_a_placeholder_in_the_kept_text() {
        let en = localizer("en-GB");
        assert!(statement_template(&en, 365).contains(SERVICE_PLACEHOLDER));
        assert!(statement(&en, "Wesley Hall Food Bank", 365).contains("Wesley Hall Food Bank"));
    }
}
