//! Where the app may send someone back to after signing in or choosing a language: one check,
//! used by the server (the `/login` and `/language` redirects, the sign-in page's hidden field)
//! and by the browser (the language switcher), so the two can never disagree.
//!
//! Only a path on this site passes. Browsers are lenient with `Location` and `href`: they drop
//! tabs and line breaks (`/\t/evil.example` becomes `//evil.example`, another site), treat `\`
//! as `/`, and follow `//host` and `scheme:` to other sites. So anything with a control
//! character, a backslash, or that starts (before or after percent-decoding) with `//` or `/\`
//! is refused outright; what passes is percent-encoded to plain visible ASCII, which is always
//! a valid header value (a control character in a redirect used to make the server answer 500).

use percent_encoding::{AsciiSet, CONTROLS, percent_decode_str, utf8_percent_encode};

/// Where to go when `next` is refused.
pub const HOME: &str = "/";
/// Longer return addresses are refused (nothing the app makes comes near it).
pub const MAX_NEXT_BYTES: usize = 2048;

/// Bytes encoded on the way out: besides controls and non-ASCII (always encoded), those a
/// `Location` header or an HTML attribute should not carry raw.
const ENCODE: &AsciiSet = &CONTROLS.add(b' ').add(b'"').add(b'<').add(b'>').add(b'`').add(b'{').add(b'}').add(b'|').add(b'^');

fn refused(path: &str) -> bool {
    let mut chars = path.chars();
    chars.next() != Some('/')
        || matches!(chars.next(), Some('/' | '\\'))
        || path.chars().any(|c| c == '\\' || c.is_control() || is_invisible(c))
}

/// Characters browsers may drop or that hide what an address says (zero-width, direction
/// marks and the like).
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}'
        | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{FFA0}' | '\u{FFF0}'..='\u{FFFB}')
}

/// The local path to send someone back to: `next` when it is a path on this site (encoded as
/// plain ASCII), else `/`.
pub fn safe_next(next: &str) -> String {
    if next.len() > MAX_NEXT_BYTES || refused(next) {
        return HOME.to_string();
    }
    // Percent-encoded forms of the same tricks (`/%2F/evil`, `/%09/evil`, `/%5Cevil`): harmless
    // to a standard browser, but refused too, in case anything between decodes them.
    match percent_decode_str(next).decode_utf8() {
        Ok(decoded) if !refused(&decoded) => utf8_percent_encode(next, ENCODE).to_string(),
        _ => HOME.to_string(),
    }
}

/// Bytes encoded in a query parameter's value: all but unreserved characters and `/`.
const COMPONENT: &AsciiSet = &percent_encoding::NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~').remove(b'/');

/// `s` percent-encoded for use as one query parameter's value (`/login?next=…`).
pub fn query_value(s: &str) -> String {
    utf8_percent_encode(s, COMPONENT).to_string()
}

/// The sign-in page, coming back to `next` (when it is a local path) afterwards.
pub fn login_href(next: &str) -> String {
    format!("/login?next={}", query_value(&safe_next(next)))
}

#[cfg(test)]
mod tests {
    use super::{login_href, query_value, safe_next};

    #[test]
    fn return_addresses_are_encoded_into_the_login_address() {
        assert_eq!(query_value("/services/1?a=b&c"), "/services/1%3Fa%3Db%26c");
        assert_eq!(login_href("/inbox"), "/login?next=/inbox");
        assert_eq!(login_href("//evil.example"), "/login?next=/");
    }

    #[test]
    fn local_paths_pass_and_are_plain_ascii() {
        for ok in ["/", "/services/1?x=2", "/inbox/abc#notes", "/?q=food+bank&need=food", "/?q=%E0%AA%96"] {
            assert_eq!(safe_next(ok), ok);
        }
        // What a browser would encode anyway is encoded, so the result is a valid header value.
        assert_eq!(safe_next("/?q=ખોરાક"), "/?q=%E0%AA%96%E0%AB%8B%E0%AA%B0%E0%AA%BE%E0%AA%95");
        assert_eq!(safe_next("/?q=a b\"<x>"), "/?q=a%20b%22%3Cx%3E");
    }

    #[test]
    fn other_sites_and_tricks_are_refused() {
        for bad in [
            "",
            "services",
            "//evil.example",
            "///evil.example",
            "/\\evil.example",
            "\\\\evil.example",
            "/x\\y",
            "https://evil.example",
            "http:/evil.example",
            "javascript:alert(1)",
            "data:text/html,x",
            " /evil",
            // Browsers drop tabs and line breaks: these become //evil.example.
            "/\t/evil.example",
            "/\n/evil.example",
            "/\r\n/evil.example",
            "/x\u{0}y",
            "/x\u{7f}",
            "/x\u{85}",
            "/\u{200B}/evil.example",
            "/\u{202E}evil",
            // Encoded forms of the same.
            "/%2F/evil.example",
            "/%2f%2fevil.example",
            "/%5Cevil.example",
            "/%09/evil.example",
            "/x%0d%0aSet-Cookie:a=b",
            "/x%00",
            "/%FF%FE",
        ] {
            assert_eq!(safe_next(bad), "/", "{bad:?}");
        }
        assert_eq!(safe_next(&format!("/{}", "a".repeat(super::MAX_NEXT_BYTES))), "/", "too long");
    }
}
