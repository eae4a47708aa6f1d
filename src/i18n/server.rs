//! Server side of translations: every locale parsed once, and the negotiation of the request's
//! locale (the language cookie first, then Accept-Language, then the reference locale).

use std::sync::{Arc, OnceLock};

use axum::http::{HeaderMap, header};
use unic_langid::LanguageIdentifier;

use super::{ACCOUNTS, INBOX, LISTINGS, LOCALE_COOKIE, LOCALES, LocaleInfo, Localizer, ORUK, PageFile, REFERRALS, find, reference};

/// Message files only some pages use ([`PageFile`]): a page carries one to the browser only when
/// its path is one of those pages'. A lazy route that needs one reads the whole locale file when
/// the page it was reached from came without it (`i18n::load`), and the app shell (offline)
/// reads the whole file anyway, so a page never lacks its messages.
const PAGE_FILES: &[(PageFile, fn(&str) -> bool)] = &[
    (ACCOUNTS, |path| path.starts_with("/members") || path.starts_with("/invite/") || path.starts_with("/account/")),
    (INBOX, |path| path.starts_with("/inbox")),
    (LISTINGS, |path| path.starts_with("/listings") || path.ends_with("/report")),
    (ORUK, |path| path.starts_with("/listings/")),
    (REFERRALS, |path| path == "/outbox" || path.ends_with("/refer") || path.starts_with("/inbox")),
];

/// The Fluent source the page at `path` carries to the browser, in locale `info`: every file
/// but those for other pages ([`PAGE_FILES`]).
pub fn page_source(info: &'static LocaleInfo, path: &str) -> String {
    source_with(info, page_files(path))
}

/// Which of [`PAGE_FILES`] the page at `path` carries, one bit each.
fn page_files(path: &str) -> usize {
    // The router finds a route with or without a slash at the end.
    let path = match path.trim_end_matches('/') {
        "" => "/",
        trimmed => trimmed,
    };
    PAGE_FILES.iter().enumerate().filter(|(_, (_, wanted))| wanted(path)).fold(0, |bits, (i, _)| bits | 1 << i)
}

fn source_with(info: &'static LocaleInfo, files: usize) -> String {
    super::catalogue::sources(info)
        .into_iter()
        .filter(|(name, _)| PAGE_FILES.iter().enumerate().all(|(i, (file, _))| file.name != *name || files & 1 << i != 0))
        .map(|(_, source)| source)
        .collect()
}

/// The messages payload of the page at `path` in locale `info`
/// ([`Localizer::browser_payload`] of its [`page_source`]), made once per locale and set of
/// files rather than on every page.
pub fn page_payload(info: &'static LocaleInfo, path: &str) -> Arc<str> {
    const SETS: usize = 1 << PAGE_FILES.len();
    static PAYLOADS: OnceLock<Vec<[OnceLock<Arc<str>>; SETS]>> = OnceLock::new();
    let all = PAYLOADS.get_or_init(|| LOCALES.iter().map(|_| std::array::from_fn(|_| OnceLock::new())).collect());
    let files = page_files(path);
    let make = || -> Arc<str> { localizer(info).browser_payload(&source_with(info, files)).into() };
    match LOCALES.iter().position(|l| l.id == info.id) {
        Some(index) => all[index][files].get_or_init(make).clone(),
        None => make(),
    }
}

fn all() -> &'static [Arc<Localizer>] {
    static ALL: OnceLock<Vec<Arc<Localizer>>> = OnceLock::new();
    ALL.get_or_init(|| {
        LOCALES
            .iter()
            .map(|info| {
                let source = super::catalogue::sources(info).into_iter().map(|(_, s)| s).collect();
                // Shipped files are checked by tests; a parse error here is a build defect.
                Arc::new(Localizer::new(info, source).unwrap_or_else(|e| panic!("{e:?}")))
            })
            .collect()
    })
}

/// The parsed messages of a shipped locale.
pub fn localizer(info: &'static LocaleInfo) -> Arc<Localizer> {
    all().iter().find(|l| std::ptr::eq(l.info(), info)).cloned().unwrap_or_else(|| all()[0].clone())
}

/// Parses every locale now, so a broken translation file stops the server at start.
pub fn preload() -> usize {
    all().len()
}

/// The locale for a request: a valid language cookie wins; otherwise the best match for
/// Accept-Language; otherwise the reference locale.
pub fn negotiate_request(headers: &HeaderMap) -> &'static LocaleInfo {
    let cookie = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| crate::cookie::value(v, LOCALE_COOKIE));
    let accept = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    negotiate(cookie, accept)
}

/// See [`negotiate_request`].
pub fn negotiate(cookie: Option<&str>, accept_language: Option<&str>) -> &'static LocaleInfo {
    if let Some(info) = cookie.and_then(find) {
        return info;
    }
    let Some(accept) = accept_language else { return reference() };
    let requested = fluent_langneg::accepted_languages::parse(accept);
    let available: Vec<LanguageIdentifier> = LOCALES.iter().map(|l| l.langid.clone()).collect();
    let default = reference().langid.clone();
    let chosen = fluent_langneg::negotiate_languages(
        &requested,
        &available,
        Some(&default),
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    chosen.first().and_then(|id| find(&id.to_string())).unwrap_or_else(reference)
}

/// Logs, once per locale and message, that a message was missing at run time.
pub fn log_missing_once(locale: &str, id: &str) {
    static SEEN: std::sync::Mutex<Vec<(String, String)>> = std::sync::Mutex::new(Vec::new());
    let mut seen = SEEN.lock().unwrap_or_else(|e| e.into_inner());
    if !seen.iter().any(|(l, i)| l == locale && i == id) {
        seen.push((locale.to_string(), id.to_string()));
        tracing::warn!(locale, message = id, "message missing: shown in English");
    }
}
