//! The directory's server-rendered pages, kept for the minute they were made in.
//!
//! The search page (`/`, with any query), a service's page and an organisation's page are the
//! same for everyone who asks for them in the same language, in the same minute, of the same
//! version of the directory: they read the directory, the request's locale and the clock
//! (whether a service is open now), and nothing else. Rendering one takes milliseconds (the
//! search, the page, its hydration data); sending a copy takes microseconds. So the first
//! request for a page in a minute renders it, and the others get a copy; requests that arrive
//! while it renders wait for it rather than render it too.
//!
//! - The copies belong to the directory's snapshot ([`crate::directory::cache::Snapshot`]): a
//!   change to the directory makes a new snapshot, so no copy outlives the version it shows.
//!   The render uses that same snapshot (handed to it in the request's extensions).
//! - Every copy is the same bytes: the page's policy allows its inline scripts by their hashes
//!   rather than by the render's nonce (which stays in the page, in no policy). So a page is
//!   compressed once per encoding a client asks for, not once per response, and a browser
//!   that has it gets a 304 (`server::encoded`).
//! - Only for visitors who are not signed in: a request with a session cookie is rendered for
//!   itself (nothing on these pages depends on who is signed in today; if that changes, nothing
//!   must leak from one person's page into another's). A response that sets a cookie, or fails,
//!   is not kept.
//! - Bounded: at most [`MAX_PAGES`] pages and [`MAX_BYTES`] of them a minute (as rendered; the
//!   compressed copies made later add about a quarter again); past that, pages are rendered for
//!   each request as they were before.
//! - What a visitor searched for (a page's address) is held in memory until a page is asked for
//!   in a later minute or the directory changes, whichever comes first; it is never written
//!   anywhere (the request log leaves out query strings).

use std::{
    collections::HashMap,
    sync::{
        Arc, Mutex, PoisonError,
        atomic::{AtomicUsize, Ordering},
    },
};

use axum::{
    body::{Body, Bytes},
    extract::{Request, State},
    http::{HeaderMap, HeaderValue, Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use tokio::sync::OnceCell;

use super::{encoded::Encoded, security, state::AppState};
use crate::{accounts::session, directory::cache::RequestSnapshot, i18n::server::negotiate_request};

/// At most this many pages, and this many bytes of them, are kept for a minute (a page of the
/// demo directory is about 50 KB).
pub const MAX_PAGES: usize = 2048;
pub const MAX_BYTES: usize = 32 * 1024 * 1024;
/// A rendered page larger than this is sent but not kept.
const MAX_PAGE_BYTES: usize = 2 * 1024 * 1024;

/// The pages of one snapshot of the directory, for the current minute.
#[derive(Default)]
pub struct Pages(Mutex<Minute>);

#[derive(Default)]
struct Minute {
    /// Minutes since the Unix epoch.
    at: i64,
    pages: HashMap<Key, Slot>,
    bytes: Arc<AtomicUsize>,
}

/// The page's locale and its path and query, as asked for.
type Key = (&'static str, String);
type Slot = Arc<OnceCell<Arc<Page>>>;

impl Pages {
    /// Where the page for `key` at `minute` is (or will be) kept, and the minute's byte count;
    /// `None` when it will not be: the minute's pages are full, or the clock read is from a
    /// minute already gone.
    fn slot(&self, minute: i64, key: Key) -> Option<(Slot, Arc<AtomicUsize>)> {
        let mut current = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if minute > current.at {
            *current = Minute { at: minute, ..Minute::default() };
        } else if minute < current.at {
            return None;
        }
        if let Some(slot) = current.pages.get(&key) {
            return Some((slot.clone(), current.bytes.clone()));
        }
        if current.pages.len() >= MAX_PAGES || current.bytes.load(Ordering::Relaxed) >= MAX_BYTES {
            return None;
        }
        let slot = current.pages.entry(key).or_default().clone();
        Some((slot, current.bytes.clone()))
    }
}

/// Brotli quality for kept pages: compressed when first asked for (on the async threads, once a
/// minute per page), as the compression layer would for a page sent once, a little harder.
const BROTLI_QUALITY: u32 = 6;

/// A rendered page, as it is sent to everyone who asks for it this minute.
pub struct Page {
    status: StatusCode,
    /// Its headers, with a policy that allows its inline scripts by their hashes.
    headers: HeaderMap,
    body: Encoded,
}

impl Page {
    /// Keeps a rendered page whose inline scripts carry `nonce`. Its policy allows those
    /// scripts by their hashes instead, so every copy is the same bytes (compressed once, and
    /// 304 for a browser that has them); the nonce left in the page is in no policy. `None`
    /// if the page is not text or a script in it has no end.
    pub fn new(status: StatusCode, mut headers: HeaderMap, body: Bytes, nonce: &str) -> Option<Self> {
        let scripts = inline_scripts(std::str::from_utf8(&body).ok()?, nonce)?;
        let policy = HeaderValue::from_str(&security::hashed_policy(&scripts)).ok()?;
        headers.insert(header::CONTENT_SECURITY_POLICY, policy);
        for set_by_encoded in [header::CONTENT_LENGTH, header::CONTENT_TYPE, header::CONTENT_ENCODING, header::ETAG, header::VARY] {
            headers.remove(set_by_encoded);
        }
        Some(Self { status, headers, body: Encoded::new(body, "text/html; charset=utf-8", BROTLI_QUALITY) })
    }

    /// The page for a request (`Accept-Encoding`, `If-None-Match`).
    pub fn response(&self, request: &HeaderMap) -> Response {
        self.body.response(self.status, self.headers.clone(), request)
    }

    fn bytes(&self) -> usize {
        self.body.bytes()
    }
}

/// The text of each inline script in `html` that carries `nonce` (the scripts the page runs;
/// data scripts carry none). `None` if a script has no end.
fn inline_scripts<'a>(html: &'a str, nonce: &str) -> Option<Vec<&'a str>> {
    let attribute = format!(r#"nonce="{nonce}""#);
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find("<script") {
        let from = &rest[at..];
        let text_starts = from.find('>')? + 1;
        let text_ends = text_starts + from[text_starts..].find("</script>")?;
        if from[..text_starts].contains(&attribute) {
            scripts.push(&from[text_starts..text_ends]);
        }
        rest = &from[text_ends + "</script>".len()..];
    }
    Some(scripts)
}

/// The nonce a page's policy names (`'nonce-…'`), if it names one.
fn policy_nonce(headers: &HeaderMap) -> Option<String> {
    let policy = headers.get(header::CONTENT_SECURITY_POLICY)?.to_str().ok()?;
    let start = policy.find("'nonce-")? + "'nonce-".len();
    let nonce = &policy[start..start + policy[start..].find('\'')?];
    (!nonce.is_empty()).then(|| nonce.to_string())
}

/// Whether a request is for a page kept here: a GET of `/`, `/services/{id}` or
/// `/organisations/{id}` by someone not signed in.
pub fn cacheable(method: &Method, path: &str, headers: &HeaderMap) -> bool {
    let page = match path.strip_prefix('/') {
        Some("") => true,
        Some(rest) => match rest.split_once('/') {
            Some(("services" | "organisations", id)) => !id.is_empty() && !id.contains('/'),
            _ => false,
        },
        None => false,
    };
    let signed_in = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| crate::cookie::value(v, session::COOKIE).is_some());
    *method == Method::GET && page && !signed_in
}

/// Middleware: answers a page kept for this minute, and keeps what it renders.
pub async fn serve(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    if !cacheable(req.method(), req.uri().path(), req.headers()) {
        return next.run(req).await;
    }
    let Ok(snapshot) = state.directory.get(&state.db).await else {
        return next.run(req).await;
    };
    let key = (
        negotiate_request(req.headers()).id,
        req.uri().path_and_query().map_or_else(|| req.uri().path().to_string(), |p| p.as_str().to_string()),
    );
    let minute = chrono::Utc::now().timestamp().div_euclid(60);
    req.extensions_mut().insert(RequestSnapshot::of(snapshot.clone()));
    let Some((slot, bytes)) = snapshot.pages.slot(minute, key) else {
        return next.run(req).await;
    };
    // What the copy sent depends on.
    let mut request = HeaderMap::new();
    for name in [header::ACCEPT_ENCODING, header::IF_NONE_MATCH] {
        for value in req.headers().get_all(&name) {
            request.append(name.clone(), value.clone());
        }
    }
    let kept = slot
        .get_or_try_init(|| async move {
            let page = render(next, req).await?;
            bytes.fetch_add(page.bytes(), Ordering::Relaxed);
            Ok::<_, Response>(Arc::new(page))
        })
        .await;
    match kept {
        Ok(page) => page.response(&request),
        Err(response) => response,
    }
}

/// Renders the page for this request: the page to keep, or (`Err`) the response to send as it
/// is because it cannot be kept.
async fn render(next: Next, req: Request) -> Result<Page, Response> {
    let response = next.run(req).await;
    let keepable = matches!(response.status(), StatusCode::OK | StatusCode::NOT_FOUND)
        && !response.headers().contains_key(header::SET_COOKIE)
        && !response.headers().contains_key(header::CONTENT_ENCODING);
    let Some(nonce) = policy_nonce(response.headers()).filter(|_| keepable) else {
        return Err(response);
    };
    let (parts, body) = response.into_parts();
    let body = match axum::body::to_bytes(body, MAX_PAGE_BYTES).await {
        Ok(body) => body,
        Err(error) => {
            tracing::error!(%error, "a page could not be kept");
            return Err(StatusCode::INTERNAL_SERVER_ERROR.into_response());
        }
    };
    match Page::new(parts.status, parts.headers.clone(), body.clone(), &nonce) {
        Some(page) => Ok(page),
        None => Err(Response::from_parts(parts, Body::from(body))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(cookie: Option<&str>) -> HeaderMap {
        let mut h = HeaderMap::new();
        if let Some(c) = cookie {
            h.insert(header::COOKIE, HeaderValue::from_str(c).unwrap());
        }
        h
    }

    #[test]
    fn only_the_directory_pages_of_visitors_not_signed_in_are_kept() {
        let none = headers(None);
        for path in ["/", "/services/abc", "/organisations/abc"] {
            assert!(cacheable(&Method::GET, path, &none), "{path}");
            assert!(cacheable(&Method::GET, path, &headers(Some("signpost-locale=pl"))), "{path}");
            assert!(!cacheable(&Method::POST, path, &none), "{path}");
            let signed_in = headers(Some(&format!("signpost-locale=pl; {}=x", session::COOKIE)));
            assert!(!cacheable(&Method::GET, path, &signed_in), "{path}");
        }
        for path in ["/services/", "/services/abc/refer", "/services/abc/report", "/inbox", "/listings", "/api/search", "/sw.js", ""] {
            assert!(!cacheable(&Method::GET, path, &none), "{path}");
        }
    }

    #[test]
    fn a_kept_page_allows_exactly_the_scripts_that_carried_the_renders_nonce() {
        let nonce = "n0Nce-abc_123";
        let html = format!(
            r#"<head><script type="application/json" id="l10n">{{"a":"<b>"}}</script><script type="module" nonce="{nonce}">import("/pkg/a.js")</script></head><body><p>x</p><script nonce="{nonce}">window.r=[1]</script><script>evil()</script></body>"#
        );
        assert_eq!(inline_scripts(&html, nonce).unwrap(), [r#"import("/pkg/a.js")"#, "window.r=[1]"]);
        assert_eq!(inline_scripts("<script nonce=\"x\">never ends", "x"), None);
        let mut h = HeaderMap::new();
        h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_str(&security::page_policy(nonce)).unwrap());
        h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
        h.insert("x-kept", HeaderValue::from_static("yes"));
        assert_eq!(policy_nonce(&h).as_deref(), Some(nonce));
        assert_eq!(policy_nonce(&HeaderMap::new()), None);
        let page = Page::new(StatusCode::OK, h, Bytes::from(html.clone()), nonce).unwrap();
        let copy = page.response(&HeaderMap::new());
        assert_eq!(copy.status(), StatusCode::OK);
        assert_eq!(copy.headers()["x-kept"], "yes");
        assert_eq!(copy.headers()[header::CONTENT_TYPE], "text/html; charset=utf-8");
        let policy = copy.headers()[header::CONTENT_SECURITY_POLICY].to_str().unwrap().to_string();
        assert!(!policy.contains("nonce"), "{policy}");
        for script in [r#"import("/pkg/a.js")"#, "window.r=[1]"] {
            assert!(policy.contains(&security::script_hash(script)), "{policy}");
        }
        assert!(!policy.contains(&security::script_hash("evil()")), "{policy}");
        assert_eq!(body_text(copy), html, "the page as rendered");
    }

    fn body_text(response: Response) -> String {
        let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
        let bytes = runtime.block_on(axum::body::to_bytes(response.into_body(), usize::MAX)).unwrap();
        String::from_utf8(bytes.to_vec()).unwrap()
    }

    #[test]
    fn pages_last_their_minute_and_are_bounded() {
        let pages = Pages::default();
        let key = |q: &str| ("en-GB", format!("/?q={q}"));
        let (a, _) = pages.slot(10, key("food")).unwrap();
        let (b, _) = pages.slot(10, key("food")).unwrap();
        assert!(Arc::ptr_eq(&a, &b), "the same page in the same minute");
        let (c, _) = pages.slot(10, ("pl", "/?q=food".into())).unwrap();
        assert!(!Arc::ptr_eq(&a, &c), "another language is another page");
        let (d, _) = pages.slot(11, key("food")).unwrap();
        assert!(!Arc::ptr_eq(&a, &d), "a new minute starts afresh");
        assert!(pages.slot(10, key("food")).is_none(), "a clock read from a minute gone keeps nothing");
        for i in 1..MAX_PAGES {
            assert!(pages.slot(11, key(&i.to_string())).is_some());
        }
        assert!(pages.slot(11, key("one more")).is_none(), "full");
        assert!(pages.slot(11, key("food")).is_some(), "what is kept is still there");
        let (_, bytes) = pages.slot(12, key("big")).unwrap();
        bytes.store(MAX_BYTES, Ordering::Relaxed);
        assert!(pages.slot(12, key("another")).is_none(), "full by size");
    }
}
