//! Conditional GETs: a response's ETag (a hash of its bytes) and whether the client already
//! has it (`If-None-Match`), so it gets a 304 instead of the bytes again.

use axum::http::{HeaderMap, header};
use sha2::{Digest, Sha256};

/// A strong ETag for `body`: the first 128 bits of its SHA-256, quoted.
pub fn etag_of(body: &[u8]) -> String {
    let digest = Sha256::digest(body);
    format!("\"{}\"", digest.iter().take(16).map(|b| format!("{b:02x}")).collect::<String>())
}

/// Whether `If-None-Match` names `etag` (or `*`). Weak forms match too: a 304 only says the
/// client's copy is still the one to use.
pub fn client_has(headers: &HeaderMap, etag: &str) -> bool {
    headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|t| t.trim().trim_start_matches("W/"))
        .any(|t| t == etag || t == "*")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn if_none_match_names_the_etag_in_any_of_its_forms() {
        let etag = etag_of(b"page");
        let with = |v: &str| {
            let mut h = HeaderMap::new();
            h.insert(header::IF_NONE_MATCH, v.parse().unwrap());
            h
        };
        assert!(client_has(&with(&etag), &etag));
        assert!(client_has(&with(&format!("W/{etag}")), &etag));
        assert!(client_has(&with(&format!("\"other\", {etag}")), &etag));
        assert!(client_has(&with("*"), &etag));
        assert!(!client_has(&with("\"other\""), &etag));
        assert!(!client_has(&HeaderMap::new(), &etag));
        assert_ne!(etag, etag_of(b"page 2"));
    }
}
