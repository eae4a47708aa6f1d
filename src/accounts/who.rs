//! Who is signed in on this phone, as the phone can know it with no signal: a cookie the page
//! can read (`signpost-who`), set by the server when someone signs in and cleared when they
//! sign out. It holds no secret (the session itself is the HttpOnly session cookie): the user's
//! id, when they signed in and the idle limit. The outbox uses it to keep each worker's queued
//! referrals to that worker (docs/SYNC-SPEC.md, R13):
//! - it lasts as long as the session may sit idle, and the app renews it only while it is being
//!   used, up to the session's absolute limit; so a phone left alone forgets who was signed in
//!   even offline, and queued referrals stay sealed;
//! - a 401 from the server (session ended, password reset, access removed) makes the phone
//!   forget it at once;
//! - someone else signing in replaces it, so they never see or send the first worker's
//!   referrals.

use uuid::Uuid;

/// The cookie's name.
pub const COOKIE: &str = "signpost-who";
/// A session ends after this long after sign-in, however active.
pub const ABSOLUTE_SECS: u64 = 12 * 3600;
/// By default a session ends after this long without activity.
pub const DEFAULT_IDLE_SECS: u64 = 3600;

/// The signed-in user, as the phone knows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Who {
    pub user: Uuid,
    pub signed_in_at_ms: i64,
    /// The session's idle limit, in seconds.
    pub idle_secs: u64,
}

impl Who {
    /// The cookie's value: `<user>.<signed_in_at_ms>.<idle_secs>`.
    pub fn value(&self) -> String {
        format!("{}.{}.{}", self.user, self.signed_in_at_ms, self.idle_secs)
    }

    pub fn parse(value: &str) -> Option<Self> {
        let mut parts = value.trim().splitn(3, '.');
        let user = parts.next()?.parse().ok()?;
        let signed_in_at_ms = parts.next()?.parse().ok()?;
        let idle_secs = parts.next()?.parse().ok().filter(|s| (1..=ABSOLUTE_SECS).contains(s))?;
        Some(Self { user, signed_in_at_ms, idle_secs })
    }

    /// How long the cookie should live from `now_ms`: the idle limit, but not past the
    /// session's absolute end. Zero once that has passed.
    pub fn max_age_secs(&self, now_ms: i64) -> u64 {
        let absolute_end = self.signed_in_at_ms + (ABSOLUTE_SECS * 1000) as i64;
        let left = (absolute_end - now_ms).max(0) as u64 / 1000;
        self.idle_secs.min(left)
    }

    /// The `Set-Cookie` (server) or `document.cookie` (browser) text that keeps it from `now_ms`.
    pub fn cookie(&self, now_ms: i64, secure: bool) -> String {
        format!(
            "{COOKIE}={}; Path=/; Max-Age={}; SameSite=Lax{}",
            self.value(),
            self.max_age_secs(now_ms),
            if secure { "; Secure" } else { "" }
        )
    }
}

/// The text that removes the cookie.
pub fn forget_cookie(secure: bool) -> String {
    format!("{COOKIE}=; Path=/; Max-Age=0; SameSite=Lax{}", if secure { "; Secure" } else { "" })
}

/// Browser only: reading, renewing and forgetting the cookie.
#[cfg(feature = "hydrate")]
mod browser {
    use wasm_bindgen::JsCast;

    use super::{COOKIE, Who, forget_cookie};
    use crate::cookie::value as cookie_value;

    fn document() -> Option<web_sys::HtmlDocument> {
        web_sys::window()?.document()?.dyn_into().ok()
    }

    fn secure() -> bool {
        web_sys::window().is_some_and(|w| w.location().protocol().is_ok_and(|p| p == "https:"))
    }

    /// Who is signed in on this phone, if anyone (as far as the phone knows).
    pub fn current() -> Option<Who> {
        let cookies = document()?.cookie().ok()?;
        Who::parse(cookie_value(&cookies, COOKIE)?)
    }

    /// The app is being used: the signed-in user stays known for another idle period (up to the
    /// session's absolute limit).
    pub fn keep() {
        if let (Some(who), Some(doc)) = (current(), document()) {
            let _ = doc.set_cookie(&who.cookie(js_sys::Date::now() as i64, secure()));
        }
    }

    /// The server said the session has ended: nobody is signed in on this phone now.
    pub fn forget() {
        if let Some(doc) = document() {
            let _ = doc.set_cookie(&forget_cookie(secure()));
        }
    }
}

#[cfg(feature = "hydrate")]
pub use browser::{current, forget, keep};

/// Who the request's cookie says is signed in on the phone, so that a page renders on the
/// server as the phone will render it (never to decide what anyone may do: that is the
/// session's job).
#[cfg(all(feature = "ssr", not(feature = "hydrate")))]
pub fn current() -> Option<Who> {
    let parts = leptos::prelude::use_context::<axum::http::request::Parts>()?;
    parts
        .headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| crate::cookie::value(v, COOKIE))
        .and_then(Who::parse)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cookie_round_trips_and_ends_with_the_session() {
        let who = Who { user: Uuid::from_u128(7), signed_in_at_ms: 1_000_000, idle_secs: 3600 };
        assert_eq!(Who::parse(&who.value()), Some(who));
        assert_eq!(who.max_age_secs(1_000_000), 3600);
        let near_end = 1_000_000 + (ABSOLUTE_SECS as i64 - 60) * 1000;
        assert_eq!(who.max_age_secs(near_end), 60, "never past the absolute limit");
        assert_eq!(who.max_age_secs(near_end + 3_600_000), 0);
        assert!(who.cookie(1_000_000, true).ends_with("Max-Age=3600; SameSite=Lax; Secure"));
        for bad in ["", "x", "not-a-uuid.1.2", &format!("{}.x.3600", Uuid::nil()), &format!("{}.1.0", Uuid::nil())] {
            assert_eq!(Who::parse(bad), None, "{bad}");
        }
    }
}
