//! HTTP defences on every response: a Content-Security-Policy that allows only what the app
//! needs, and the headers that stop sniffing, framing, leaking addresses and unused browser
//! features (plus HSTS when served over https).
//!
//! A page rendered for its request gets a policy with a fresh nonce (Leptos puts it on the
//! scripts it writes, and `app::shell` on ours: [`page_policy`]); a page kept for its minute
//! (`server::page_cache`) allows those same scripts by their hashes ([`hashed_policy`]), as the
//! offline shell, a fixed document, allows its one script; everything else gets
//! [`DEFAULT_POLICY`]. No inline
//! script runs without one or the other, and wasm needs only `'wasm-unsafe-eval'` (nothing the
//! bundle runs uses `eval`).

use axum::{
    extract::{Request, State},
    http::{HeaderValue, header},
    middleware::Next,
    response::Response,
};
use sha2::{Digest, Sha256};

/// The parts every policy shares.
const COMMON: &str = "default-src 'self'; img-src 'self' data:; style-src 'self'; connect-src 'self'; \
     manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; \
     frame-ancestors 'none'";

/// For any response that does not set its own: no inline script at all.
pub const DEFAULT_POLICY: &str = "default-src 'self'; img-src 'self' data:; style-src 'self'; connect-src 'self'; \
     manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; \
     frame-ancestors 'none'; script-src 'self' 'wasm-unsafe-eval'";

/// The policy for a page whose inline scripts carry `nonce`.
pub fn page_policy(nonce: &str) -> String {
    format!("{COMMON}; script-src 'self' 'wasm-unsafe-eval' 'nonce-{nonce}'")
}

/// The policy for a fixed document whose inline scripts are exactly `scripts`.
pub fn hashed_policy(scripts: &[&str]) -> String {
    let hashes: Vec<String> = scripts.iter().map(|s| format!("'{}'", script_hash(s))).collect();
    format!("{COMMON}; script-src 'self' 'wasm-unsafe-eval' {}", hashes.join(" "))
}

/// `sha256-<base64>` of an inline script's text, as CSP names it.
pub fn script_hash(script: &str) -> String {
    use base64::Engine;
    format!("sha256-{}", base64::engine::general_purpose::STANDARD.encode(Sha256::digest(script.as_bytes())))
}

/// What browsers may use: nothing this app does not need.
const PERMISSIONS: &str = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), bluetooth=(), \
     serial=(), hid=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), \
     interest-cohort=()";

/// Adds the defences to every response (`secure`: the site is served over https).
pub async fn headers(State(secure): State<bool>, req: Request, next: Next) -> Response {
    let mut response = next.run(req).await;
    let h = response.headers_mut();
    if !h.contains_key(header::CONTENT_SECURITY_POLICY) {
        h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(DEFAULT_POLICY));
    }
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    // Same-origin: the app's own forms still get a Referer (Leptos sends a plain form post back
    // to it); other sites never see a page's address.
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert("permissions-policy", HeaderValue::from_static(PERMISSIONS));
    h.insert("cross-origin-opener-policy", HeaderValue::from_static("same-origin"));
    if secure {
        h.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=31536000"));
    }
    response
}

/// During server rendering: gives the page a policy for its nonce (called by `app::shell`).
pub fn set_page_policy() {
    use leptos::prelude::use_context;
    let (Some(nonce), Some(response)) = (leptos::nonce::use_nonce(), use_context::<leptos_axum::ResponseOptions>()) else {
        return;
    };
    if let Ok(value) = HeaderValue::from_str(&page_policy(&nonce.to_string())) {
        response.insert_header(header::CONTENT_SECURITY_POLICY, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policies_allow_wasm_but_no_unlisted_inline_script() {
        for policy in [DEFAULT_POLICY.to_string(), page_policy("abc"), hashed_policy(&["x()"])] {
            assert!(policy.contains("script-src 'self' 'wasm-unsafe-eval'"), "{policy}");
            assert!(!policy.contains("unsafe-inline") && !policy.contains("'unsafe-eval'"), "{policy}");
            assert!(policy.contains("frame-ancestors 'none'") && policy.contains("object-src 'none'"), "{policy}");
        }
        assert!(page_policy("abc").ends_with("'nonce-abc'"));
        // The hash CSP defines: base64 of SHA-256 of the script's text.
        assert_eq!(script_hash("alert(1)"), "sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=");
    }
}
