//! Cross-site request refusal. Leptos server functions and our form posts have no CSRF
//! protection of their own, so every request that can change something (any method but GET,
//! HEAD and OPTIONS) must come from this site:
//! - browsers send `Sec-Fetch-Site`: only `same-origin` (or `none`, typed by the user) passes;
//! - older browsers send `Origin` instead: it must name the host the request was sent to;
//! - a request with neither is not from a browser page (curl, the CLI, tests) and cannot ride
//!   a user's cookies, so it passes.

use axum::{
    extract::Request,
    http::{Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};

pub async fn same_origin_only(req: Request, next: Next) -> Response {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) || allowed(&req) {
        return next.run(req).await;
    }
    tracing::warn!(method = %req.method(), path = super::routes::loggable_path(req.uri().path()), "cross-site request refused");
    (StatusCode::FORBIDDEN, "error-cross-site").into_response()
}

fn allowed(req: &Request) -> bool {
    let headers = req.headers();
    if let Some(site) = headers.get("sec-fetch-site") {
        return matches!(site.as_bytes(), b"same-origin" | b"none");
    }
    match headers.get(header::ORIGIN) {
        None => true,
        Some(origin) => {
            let host = headers.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("");
            let origin = origin.to_str().unwrap_or("");
            let origin_host = origin.split_once("://").map(|(_, rest)| rest).unwrap_or("");
            !host.is_empty() && origin_host.eq_ignore_ascii_case(host)
        }
    }
}

#[cfg(test)]
mod tests {
    use axum::{body::Body, http::Request as HttpRequest};

    use super::allowed;

    fn req(headers: &[(&str, &str)]) -> axum::extract::Request {
        let mut b = HttpRequest::post("/x").header("host", "127.0.0.1:3000");
        for (k, v) in headers {
            b = b.header(*k, *v);
        }
        b.body(Body::empty()).unwrap()
    }

    #[test]
    fn only_this_site_may_change_things() {
        assert!(allowed(&req(&[("sec-fetch-site", "same-origin")])));
        assert!(allowed(&req(&[("sec-fetch-site", "none")])));
        assert!(!allowed(&req(&[("sec-fetch-site", "cross-site")])));
        assert!(!allowed(&req(&[("sec-fetch-site", "same-site")])));
        assert!(allowed(&req(&[("origin", "http://127.0.0.1:3000")])));
        assert!(!allowed(&req(&[("origin", "https://evil.example")])));
        assert!(!allowed(&req(&[("origin", "null")])));
        assert!(!allowed(&req(&[("origin", "http://127.0.0.1:3000.evil.example")])));
        assert!(allowed(&req(&[])));
    }
}
