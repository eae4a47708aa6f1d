//! Browser side of translations. A hydrated page brings its locale's messages with it (see
//! `Localizer::browser_payload`); the app shell brings none, so the app picks the locale
//! itself (the language cookie, then the browser's languages) and fetches that locale's
//! Fluent file, which the service worker keeps for offline use. A page brings only the message
//! files it uses ([`super::PageFile`]); a lazy route that needs another reads the whole locale
//! file first ([`load`]).

use std::sync::{Arc, OnceLock};

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::{Direction, I18n, LOCALE_COOKIE, LOCALES, LocaleInfo, Localizer, PAYLOAD_ELEMENT_ID, PageFile, find, reference};

/// The messages the page came with (or the app shell read).
static PAGE: OnceLock<I18n> = OnceLock::new();
/// The page's whole locale file, once a route has needed a file the page did not bring.
static WHOLE: OnceLock<Localizer> = OnceLock::new();

fn empty(info: &'static LocaleInfo) -> Localizer {
    Localizer::new(info, String::new()).expect("empty source parses")
}

/// Builds the active locale's messages from the page. A page without a usable payload (which
/// the server never sends) falls back to message ids rather than failing to start.
pub fn from_page() -> I18n {
    let _phase = crate::pwa::timing::phase(crate::pwa::timing::LOCALE);
    // The browser's own JSON parser reads it: no decoder for it in the main module.
    let payload = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(PAYLOAD_ELEMENT_ID))
        .and_then(|e| e.text_content())
        .and_then(|text| js_sys::JSON::parse(&text).ok());
    let field = |name: &str| payload.as_ref().and_then(|p| js_sys::Reflect::get(p, &name.into()).ok()?.as_string());
    let localizer = field("locale")
        .and_then(|locale| Localizer::new(find(&locale)?, field("ftl")?).ok())
        .unwrap_or_else(|| empty(reference()));
    page(localizer)
}

fn page(localizer: Localizer) -> I18n {
    let i18n = I18n(Arc::new(localizer));
    let _ = PAGE.set(i18n.clone());
    i18n
}

/// Makes sure the messages of `files` are at hand before a lazy route that uses them renders:
/// when the page came without one of them (the route was reached by following a link), reads
/// the whole locale file, which the service worker keeps, once. Messages the page lacks then
/// come from it ([`Localizer::has`]). Without the file (no network and no worker yet) the
/// route renders with the messages it has.
pub async fn load(files: &[PageFile]) {
    let Some(page) = PAGE.get() else { return };
    if WHOLE.get().is_some() || files.iter().all(|file| page.bundle.has_message(file.marker)) {
        return;
    }
    if let Some(whole) = locale_file(page.info()).await {
        let _ = WHOLE.set(whole);
    }
}

/// The whole message file of locale `info` (`/locales/<id>.ftl`, which the service worker
/// keeps for offline use), or `None` when it cannot be fetched or read.
pub async fn locale_file(info: &'static LocaleInfo) -> Option<Localizer> {
    Localizer::new(info, fetch_text(&format!("/locales/{}.ftl", info.id)).await?).ok()
}

/// The whole file of locale `info`, if a route has read it.
pub(super) fn whole(info: &'static LocaleInfo) -> Option<&'static Localizer> {
    WHOLE.get().filter(|whole| std::ptr::eq(whole.info, info))
}

fn cookie_locale() -> Option<&'static LocaleInfo> {
    let document: web_sys::HtmlDocument = web_sys::window()?.document()?.dyn_into().ok()?;
    let cookies = document.cookie().ok()?;
    find(crate::cookie::value(&cookies, LOCALE_COOKIE)?)
}

/// The browser's preferred languages against the shipped ones: exact tag, then language only.
fn navigator_locale() -> Option<&'static LocaleInfo> {
    let languages = web_sys::window()?.navigator().languages();
    for value in languages.iter() {
        let Some(tag) = value.as_string() else { continue };
        if let Some(info) = find(&tag) {
            return Some(info);
        }
        let primary = tag.split('-').next().unwrap_or_default();
        if let Some(info) = LOCALES.iter().find(|l| l.id.split('-').next().is_some_and(|p| p.eq_ignore_ascii_case(primary))) {
            return Some(info);
        }
    }
    None
}

async fn fetch_text(url: &str) -> Option<String> {
    let window = web_sys::window()?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url)).await.ok()?.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}

/// The locale for the app shell, with `<html lang dir>` set to match.
pub async fn for_shell() -> I18n {
    let info = cookie_locale().or_else(navigator_locale).unwrap_or_else(reference);
    let localizer = locale_file(info).await.unwrap_or_else(|| empty(info));
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", info.id);
        let _ = root.set_attribute("dir", if info.dir == Direction::Rtl { "rtl" } else { "ltr" });
    }
    page(localizer)
}

/// Keeps the chosen language in the cookie the server reads, and loads `next` with it.
pub fn choose(locale: &str, next: &str) {
    let Some(info) = find(locale) else { return };
    let Some(window) = web_sys::window() else { return };
    let secure = window.location().protocol().is_ok_and(|p| p == "https:");
    if let Some(document) = window.document().and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok()) {
        let cookie = format!(
            "{LOCALE_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax{}",
            info.id,
            if secure { "; Secure" } else { "" }
        );
        let _ = document.set_cookie(&cookie);
    }
    let _ = window.location().assign(&crate::safe_next(next));
}
