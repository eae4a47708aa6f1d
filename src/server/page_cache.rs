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
//! - Each copy goes out with a nonce of its own: the rendered page's Content-Security-Policy
//!   nonce is replaced, in the policy and everywhere the page carries it, by a fresh one.
//! - Only for visitors who are not signed in: a request with a session cookie is rendered for
//!   itself (nothing on these pages depends on who is signed in today; if that changes, nothing
//!   must leak from one person's page into another's). A response that sets a cookie, or fails,
//!   is not kept.
//! - Bounded: at most [`MAX_PAGES`] pages and [`MAX_BYTES`] of them a minute; past that, pages
//!   are rendered for each request as they were before.
//! - What a visitor searched for stays in memory for at most that minute; it is never written
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

use super::{security, state::AppState};
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

/// A rendered page, ready to be sent again with another nonce.
pub struct Page {
    status: StatusCode,
    /// Its headers, but for the Content-Security-Policy (made again for each copy).
    headers: HeaderMap,
    /// The body, cut where the nonce was.
    pieces: Vec<Bytes>,
    len: usize,
}

impl Page {
    /// Keeps a rendered page whose nonce is `nonce` (not empty).
    pub fn new(status: StatusCode, mut headers: HeaderMap, body: &Bytes, nonce: &str) -> Self {
        headers.remove(header::CONTENT_SECURITY_POLICY);
        headers.remove(header::CONTENT_LENGTH);
        let mut pieces = Vec::new();
        let mut start = 0;
        for found in memchr::memmem::find_iter(body, nonce.as_bytes()) {
            pieces.push(body.slice(start..found));
            start = found + nonce.len();
        }
        pieces.push(body.slice(start..));
        Self { status, headers, pieces, len: body.len() }
    }

    /// A copy of the page carrying `nonce`, in its policy and wherever the original had its own.
    pub fn response(&self, nonce: &str) -> Response {
        let mut body = Vec::with_capacity(self.len + self.pieces.len() * nonce.len());
        for (i, piece) in self.pieces.iter().enumerate() {
            if i > 0 {
                body.extend_from_slice(nonce.as_bytes());
            }
            body.extend_from_slice(piece);
        }
        let mut response = (self.status, Body::from(body)).into_response();
        response.headers_mut().extend(self.headers.clone());
        if let Ok(policy) = HeaderValue::from_str(&security::page_policy(nonce)) {
            response.headers_mut().insert(header::CONTENT_SECURITY_POLICY, policy);
        }
        response
    }

    fn bytes(&self) -> usize {
        self.len
    }
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

/// Middleware: answers a page kept for this minute with a copy, and keeps what it renders.
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
    let kept = slot
        .get_or_try_init(|| async move {
            let page = render(next, req).await?;
            bytes.fetch_add(page.bytes(), Ordering::Relaxed);
            Ok::<_, Response>(Arc::new(page))
        })
        .await;
    match kept {
        Ok(page) => page.response(&leptos::nonce::Nonce::new().to_string()),
        Err(response) => response,
    }
}

/// Renders the page for this request: the page to keep, or (`Err`) the response to send as it
/// is because it cannot be kept.
async fn render(next: Next, req: Request) -> Result<Page, Response> {
    let response = next.run(req).await;
    let keepable = matches!(response.status(), StatusCode::OK | StatusCode::NOT_FOUND)
        && !response.headers().contains_key(header::SET_COOKIE);
    let Some(nonce) = policy_nonce(response.headers()).filter(|_| keepable) else {
        return Err(response);
    };
    let (parts, body) = response.into_parts();
    match axum::body::to_bytes(body, MAX_PAGE_BYTES).await {
        Ok(body) => Ok(Page::new(parts.status, parts.headers, &body, &nonce)),
        Err(error) => {
            tracing::error!(%error, "a page could not be kept");
            Err(StatusCode::INTERNAL_SERVER_ERROR.into_response())
        }
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
    fn each_copy_carries_a_fresh_nonce_wherever_the_page_had_its_own() {
        let nonce = "n0Nce-abc_123";
        let mut h = HeaderMap::new();
        h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_str(&security::page_policy(nonce)).unwrap());
        h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
        assert_eq!(policy_nonce(&h).as_deref(), Some(nonce));
        let body = Bytes::from(format!(r#"<script nonce="{nonce}">a</script><p>x</p><script nonce="{nonce}">b</script>"#));
        let page = Page::new(StatusCode::OK, h, &body, nonce);
        let copy = page.response("fresh1");
        assert_eq!(copy.status(), StatusCode::OK);
        assert_eq!(copy.headers()[header::CONTENT_TYPE], "text/html; charset=utf-8");
        assert_eq!(policy_nonce(copy.headers()).as_deref(), Some("fresh1"));
        let body = body_text(copy);
        assert_eq!(body, r#"<script nonce="fresh1">a</script><p>x</p><script nonce="fresh1">b</script>"#);
        assert!(!body.contains(nonce));
        assert_eq!(policy_nonce(&HeaderMap::new()), None);
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
