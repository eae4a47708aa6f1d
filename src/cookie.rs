//! Reading one cookie's value from a `Cookie` header (server) or `document.cookie` (browser):
//! the one place both sides do it (the language and who-is-signed-in cookies).

/// The value of cookie `name` in `cookies` (`a=1; b=2`), trimmed.
pub fn value<'a>(cookies: &'a str, name: &str) -> Option<&'a str> {
    cookies.split(';').filter_map(|pair| pair.trim().split_once('=')).find(|(n, _)| n.trim() == name).map(|(_, v)| v.trim())
}

#[cfg(test)]
mod tests {
    #[test]
    fn finds_one_cookie_among_many() {
        assert_eq!(super::value("a=1; signpost-who=x.y; b=2", "signpost-who"), Some("x.y"));
        assert_eq!(super::value("a=1;b= 2 ", "b"), Some("2"));
        assert_eq!(super::value("a=1", "b"), None);
        assert_eq!(super::value("", "b"), None);
    }
}
