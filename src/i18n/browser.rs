//! Browser side of translations: the messages of the locale the server chose, read from the
//! payload in the page (see `Localizer::browser_payload`).

use std::sync::Arc;

use super::{I18n, Localizer, PAYLOAD_ELEMENT_ID, find, reference};

#[derive(serde::Deserialize)]
struct Payload {
    locale: String,
    ftl: String,
}

/// Builds the active locale's messages from the page. A page without a usable payload (which
/// the server never sends) falls back to message ids rather than failing to start.
pub fn from_page() -> I18n {
    let payload = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(PAYLOAD_ELEMENT_ID))
        .and_then(|e| e.text_content())
        .and_then(|text| serde_json::from_str::<Payload>(&text).ok());
    let localizer = payload
        .and_then(|p| Localizer::new(find(&p.locale)?, p.ftl).ok())
        .unwrap_or_else(|| Localizer::new(reference(), String::new()).expect("empty source parses"));
    I18n(Arc::new(localizer))
}
