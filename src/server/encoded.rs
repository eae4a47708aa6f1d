//! A response body made once and sent many times: kept as it is, compressed with brotli and
//! gzip at most once each, with a strong ETag, and answered in the best encoding the client
//! accepts (or 304 when it has the body already). Sync pages (`sync::server`) and the
//! directory's kept pages (`server::page_cache`) are sent this way; the compression layer
//! leaves a response that carries its own `Content-Encoding` alone.

use std::{io::Write, sync::OnceLock};

use axum::{
    body::Bytes,
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};

use super::conditional;

pub struct Encoded {
    body: Bytes,
    content_type: HeaderValue,
    brotli_quality: u32,
    br: OnceLock<Bytes>,
    gzip: OnceLock<Bytes>,
    etag: String,
}

impl Encoded {
    /// `body` of type `content_type`, compressed when first asked for in an encoding (brotli at
    /// `brotli_quality`, 0–11).
    pub fn new(body: impl Into<Bytes>, content_type: &'static str, brotli_quality: u32) -> Self {
        let body = body.into();
        let etag = conditional::etag_of(&body);
        Self {
            body,
            content_type: HeaderValue::from_static(content_type),
            brotli_quality,
            br: OnceLock::new(),
            gzip: OnceLock::new(),
            etag,
        }
    }

    /// Compresses in both encodings now (for bodies made off the async threads).
    pub fn compressed(self) -> Self {
        self.encoding(Encoding::Brotli);
        self.encoding(Encoding::Gzip);
        self
    }

    /// The bytes held, in every encoding made so far.
    pub fn bytes(&self) -> usize {
        self.body.len() + self.br.get().map_or(0, Bytes::len) + self.gzip.get().map_or(0, Bytes::len)
    }

    fn encoding(&self, encoding: Encoding) -> Bytes {
        match encoding {
            Encoding::Identity => self.body.clone(),
            Encoding::Brotli => self
                .br
                .get_or_init(|| {
                    let mut br = Vec::with_capacity(self.body.len() / 6);
                    {
                        let mut w = brotli::CompressorWriter::new(&mut br, 64 * 1024, self.brotli_quality, 22);
                        let _ = w.write_all(&self.body);
                    }
                    br.into()
                })
                .clone(),
            Encoding::Gzip => self
                .gzip
                .get_or_init(|| {
                    let mut gz = flate2::write::GzEncoder::new(Vec::with_capacity(self.body.len() / 5), flate2::Compression::default());
                    let _ = gz.write_all(&self.body);
                    gz.finish().unwrap_or_default().into()
                })
                .clone(),
        }
    }

    /// The body with `status` and `headers` (plus its type, ETag, `Cache-Control: no-cache`
    /// and `Vary: accept-encoding`), in the best encoding `request` accepts; a 200 the client
    /// has already (`If-None-Match`) is answered 304, without the body.
    pub fn response(&self, status: StatusCode, mut headers: HeaderMap, request: &HeaderMap) -> Response {
        let etag = HeaderValue::from_str(&self.etag).unwrap_or_else(|_| HeaderValue::from_static("\"\""));
        headers.insert(header::ETAG, etag);
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
        headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
        if status == StatusCode::OK && conditional::client_has(request, &self.etag) {
            return (StatusCode::NOT_MODIFIED, headers).into_response();
        }
        headers.insert(header::CONTENT_TYPE, self.content_type.clone());
        let encoding = accepted(request);
        match encoding {
            Encoding::Brotli => headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("br")),
            Encoding::Gzip => headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip")),
            Encoding::Identity => None,
        };
        (status, headers, self.encoding(encoding)).into_response()
    }
}

#[derive(Debug, PartialEq, Clone, Copy)]
enum Encoding {
    Brotli,
    Gzip,
    Identity,
}

/// The encoding to send: brotli if accepted, else gzip, else none. `q=0` refuses a coding, and
/// a coding named outright overrides `*`.
fn accepted(headers: &HeaderMap) -> Encoding {
    let accepts = |name: &str| {
        let (mut named, mut any) = (None, None);
        for item in headers.get_all(header::ACCEPT_ENCODING).iter().filter_map(|v| v.to_str().ok()).flat_map(|v| v.split(',')) {
            let mut parts = item.split(';').map(str::trim);
            let coding = parts.next().unwrap_or_default();
            let wanted = !parts.any(|p| p.strip_prefix("q=").is_some_and(|q| q.parse::<f32>().is_ok_and(|q| q <= 0.0)));
            if coding.eq_ignore_ascii_case(name) {
                named = Some(wanted);
            } else if coding == "*" {
                any = Some(wanted);
            }
        }
        named.or(any).unwrap_or(false)
    };
    if accepts("br") {
        Encoding::Brotli
    } else if accepts("gzip") {
        Encoding::Gzip
    } else {
        Encoding::Identity
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(name: header::HeaderName, v: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(name, v.parse().unwrap());
        h
    }

    #[test]
    fn the_encoding_is_the_best_one_the_client_accepts() {
        let with = |v: &str| with(header::ACCEPT_ENCODING, v);
        assert_eq!(accepted(&with("gzip, deflate, br, zstd")), Encoding::Brotli);
        assert_eq!(accepted(&with("gzip")), Encoding::Gzip);
        assert_eq!(accepted(&with("br;q=0, gzip;q=0.5")), Encoding::Gzip);
        assert_eq!(accepted(&with("br;q=0, *")), Encoding::Gzip, "named outright beats *");
        assert_eq!(accepted(&with("*")), Encoding::Brotli);
        assert_eq!(accepted(&with("identity")), Encoding::Identity);
        assert_eq!(accepted(&HeaderMap::new()), Encoding::Identity);
    }

    #[test]
    fn compressed_once_in_each_encoding_asked_for_and_304_only_for_a_200() {
        let body = "<p>Wesley Hall Food Bank</p>".repeat(200);
        let encoded = Encoded::new(body.clone(), "text/html; charset=utf-8", 5);
        assert_eq!(encoded.bytes(), body.len(), "nothing compressed before it is asked for");
        let plain = encoded.response(StatusCode::OK, HeaderMap::new(), &HeaderMap::new());
        assert_eq!(plain.headers()[header::CONTENT_TYPE], "text/html; charset=utf-8");
        assert!(plain.headers().get(header::CONTENT_ENCODING).is_none());
        let etag = plain.headers()[header::ETAG].to_str().unwrap().to_string();
        let br = encoded.response(StatusCode::OK, HeaderMap::new(), &with(header::ACCEPT_ENCODING, "gzip, br"));
        assert_eq!(br.headers()[header::CONTENT_ENCODING], "br");
        let after_br = encoded.bytes();
        assert!(after_br > body.len() && after_br < body.len() * 2, "brotli kept");
        encoded.response(StatusCode::OK, HeaderMap::new(), &with(header::ACCEPT_ENCODING, "br"));
        assert_eq!(encoded.bytes(), after_br, "and not made again");
        assert_eq!(encoded.response(StatusCode::OK, HeaderMap::new(), &with(header::IF_NONE_MATCH, &etag)).status(), StatusCode::NOT_MODIFIED);
        let missing = encoded.response(StatusCode::NOT_FOUND, HeaderMap::new(), &with(header::IF_NONE_MATCH, &etag));
        assert_eq!(missing.status(), StatusCode::NOT_FOUND, "never a 304 for what is not there");
    }
}
