//! The browser's decoder of what sync carries: the pages of changes the server sends and the
//! records of the phone's saved copy (signpost-model's `sync`), both JSON.
//!
//! A crate of its own for its opt-level. Rust compiles generic code (serde_json's parser and
//! every type's `Deserialize`, generic over it) in the crate that names the concrete types, and
//! each crate at its own opt-level. The browser bundle is compiled at opt-level "z" for size;
//! this crate, and so every decoder it names, at 3 (.cargo/wasm-std.toml): a start with a
//! 20,000-service copy spends most of its time here, and at "z" it took half as long again
//! (docs/BENCHMARKS.md, offline start). Anything else that decodes these types (the server,
//! tests) compiles its own copy at its own settings; the browser decodes them only here.

use serde::de::DeserializeOwned;
use signpost_model::sync::{Changes, ChangesPage};

/// A page of changes as the server sends it; `None` if it is not one (C3).
pub fn page(body: &[u8]) -> Option<ChangesPage> {
    json(body)
}

/// A record of the saved copy as the store holds it; `None` if it is not one (C1).
pub fn record(record: &[u8]) -> Option<Changes<'static>> {
    json(record)
}

/// The bytes checked as UTF-8 once, in one pass, and then parsed as text: serde_json's reader of
/// bytes checks each string as it reads it, which took longer for the many short strings of a
/// directory (measured: a 20,000-service copy decoded 10-15 % faster so).
fn json<T: DeserializeOwned>(bytes: &[u8]) -> Option<T> {
    serde_json::from_str(std::str::from_utf8(bytes).ok()?).ok()
}

#[cfg(test)]
mod tests {
    use signpost_model::sync::FORMAT;

    use super::*;

    #[test]
    fn a_record_decodes_to_the_changes_it_was_made_from_and_nothing_else_decodes() {
        let id = serde_json::from_str("\"00000000-0000-0000-0000-000000000007\"").unwrap();
        let changes = Changes { deleted_services: vec![id].into(), ..Changes::default() };
        let record = serde_json::to_vec(&changes).unwrap();
        assert_eq!(super::record(&record), Some(changes));
        assert_eq!(super::record(b"{}"), Some(Changes::default()));
        assert_eq!(super::record(b"{\"services\":[{}]}"), None);
        assert_eq!(super::record(b"not a record"), None);
        assert_eq!(super::record(&record[..record.len() - 1]), None);
        // Not UTF-8: refused, not read around.
        assert_eq!(super::record(b"{\"deleted_services\":[\"\xff\"]}"), None);
    }

    #[test]
    fn a_page_decodes_to_the_page_that_was_sent_and_nothing_else_decodes() {
        let mut sent = ChangesPage::empty(3, "v1".into(), true);
        sent.deleted_organisations = vec![serde_json::from_str("\"00000000-0000-0000-0000-000000000009\"").unwrap()];
        let body = serde_json::to_vec(&sent).unwrap();
        assert_eq!(page(&body), Some(sent));
        assert_eq!(page(b"{\"format\":1}"), None);
        assert_eq!(page(&body[..body.len() - 1]), None);
        assert_eq!(page(format!("{{\"format\":{FORMAT},\"since\":0,\"cursor\":0,\"more\":false,\"vocabulary_version\":\"\",\"demo\":false,\"services\":[1]}}").as_bytes()), None);
    }
}
