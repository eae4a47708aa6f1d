//! Which client a request came from, for limits that count per client (sign-in attempts, phone
//! reports). The connection's address, unless it is one of the configured reverse proxies
//! (`SIGNPOST_TRUSTED_PROXIES`): then the address the proxies recorded in `X-Forwarded-For`,
//! read from the right and skipping the proxies themselves. A client cannot choose its own
//! address by sending the header: from anyone but a trusted proxy it is ignored.

use std::net::{IpAddr, SocketAddr};

use axum::{
    extract::{ConnectInfo, FromRequestParts},
    http::{HeaderMap, request::Parts},
};
use ipnet::IpNet;

use super::state::AppState;

/// The client's address (see the module's documentation).
pub fn client_ip(peer: IpAddr, headers: &HeaderMap, trusted: &[IpNet]) -> IpAddr {
    let is_proxy = |ip: &IpAddr| trusted.iter().any(|net| net.contains(ip));
    if !is_proxy(&peer) {
        return peer;
    }
    let forwarded: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .collect();
    let mut client = peer;
    for hop in forwarded.iter().rev() {
        match hop.parse::<IpAddr>() {
            Ok(ip) if is_proxy(&ip) => client = ip,
            Ok(ip) => return ip,
            // Garbage where an address should be: stop at the last address we could trust.
            Err(_) => return client,
        }
    }
    client
}

/// The requesting client's address, as an extractor.
pub struct ClientIp(pub IpAddr);

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map_or(IpAddr::from([0, 0, 0, 0]), |c| c.0.ip());
        Ok(ClientIp(client_ip(peer, &parts.headers, &state.config.trusted_proxies)))
    }
}

#[cfg(test)]
mod tests {
    use axum::http::HeaderValue;

    use super::*;

    fn headers(xff: &[&'static str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for v in xff {
            h.append("x-forwarded-for", HeaderValue::from_static(v));
        }
        h
    }

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn only_a_trusted_proxy_may_say_who_the_client_is() {
        let trusted: Vec<IpNet> = vec!["127.0.0.1/32".parse().unwrap(), "10.0.0.0/8".parse().unwrap()];
        // Straight from a client: its own address, whatever it claims.
        assert_eq!(client_ip(ip("203.0.113.9"), &headers(&["198.51.100.1"]), &trusted), ip("203.0.113.9"));
        // Through the proxy: the address the proxy saw.
        assert_eq!(client_ip(ip("127.0.0.1"), &headers(&["198.51.100.1"]), &trusted), ip("198.51.100.1"));
        // A client putting a made-up address first cannot hide behind it: read from the right.
        assert_eq!(client_ip(ip("127.0.0.1"), &headers(&["1.2.3.4, 198.51.100.1"]), &trusted), ip("198.51.100.1"));
        // Two proxies in a row, and headers split over several lines.
        assert_eq!(client_ip(ip("127.0.0.1"), &headers(&["198.51.100.1", "10.1.2.3"]), &trusted), ip("198.51.100.1"));
        // Nothing or garbage forwarded: the last trusted hop.
        assert_eq!(client_ip(ip("127.0.0.1"), &headers(&[]), &trusted), ip("127.0.0.1"));
        assert_eq!(client_ip(ip("127.0.0.1"), &headers(&["not-an-ip"]), &trusted), ip("127.0.0.1"));
        // No proxies configured: the header is never read.
        assert_eq!(client_ip(ip("127.0.0.1"), &headers(&["198.51.100.1"]), &[]), ip("127.0.0.1"));
    }
}
