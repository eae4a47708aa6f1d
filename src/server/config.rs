//! Server configuration: the only place that reads environment variables.

use std::{env, fmt, net::SocketAddr, path::PathBuf};

use leptos::config::LeptosOptions;

/// Server configuration, read once at start.
///
/// Environment variables:
/// - `LEPTOS_SITE_ADDR`: address to listen on (default `127.0.0.1:3000`).
/// - `DATABASE_URL`: the database (default `sqlite://signpost.db`, created if missing).
/// - `SIGNPOST_LOG` (or `RUST_LOG`): log filter, e.g. `info` or `signpost=debug` (default
///   `info,sqlx=warn`: sqlx logs every statement at `info` and `debug`).
/// - `SIGNPOST_RELEASE`: a name for the deployed release (e.g. the git commit). It is mixed into
///   the service worker's cache version; builds that change any cached file get a new version
///   anyway. Default empty.
/// - `SIGNPOST_SECURE_COOKIES`: `true` when served over https (cookies get `Secure`); defaults
///   to `false`, as the app is served over plain http on loopback in development and tests.
/// - `SIGNPOST_RETENTION_DAYS`: how long the personal details of a referral are kept after
///   anyone last touched it (a status change or a note), whatever its status, before they are
///   purged (default 365). The consent statement names this period.
/// - `SIGNPOST_SESSION_IDLE_SECONDS`: a session ends after this long without activity (default
///   3600; 10 to 43200). The phone forgets who was signed in after the same time unused.
/// - `SIGNPOST_TRUSTED_PROXIES`: comma-separated addresses or networks (`127.0.0.1`,
///   `10.0.0.0/8`) of reverse proxies in front of the server. Only a request from one of them
///   may say, in `X-Forwarded-For`, which client it came from (sign-in limits count per
///   client); from anyone else the header is ignored. Default: none.
/// - `SIGNPOST_PUSH_RATE`: referral pushes allowed per user per minute, after a burst of a third
///   as many (default 60).
/// - `SIGNPOST_MAX_CONNECTIONS`: connections served at once; more wait to be accepted (default
///   1024).
/// - `LEPTOS_SITE_ROOT`, `LEPTOS_SITE_PKG_DIR`, `LEPTOS_HASH_FILES`, `LEPTOS_ENV`, …: read by
///   `LeptosOptions` (set by cargo-leptos). `LEPTOS_HASH_FILES` defaults to whether a hash
///   file sits next to the server binary, so the built binary runs without extra settings.
#[derive(Clone)]
pub struct Config {
    pub leptos: LeptosOptions,
    pub site_addr: SocketAddr,
    pub database_url: DatabaseUrl,
    pub log_filter: String,
    pub secure_cookies: bool,
    pub release: String,
    pub retention: std::time::Duration,
    pub session_idle: std::time::Duration,
    pub trusted_proxies: Vec<ipnet::IpNet>,
    pub push_rate_per_minute: u32,
    pub max_connections: usize,
    /// Months after which an unconfirmed listing is due for its organisation to confirm
    /// (`SIGNPOST_REVIEW_MONTHS`, default 6), and after twice that stale, in the organisation's
    /// and the coordinator's lists. Its public page says its details may be out of date after a
    /// year (twice the default) whatever this says: phones draw that page too, and the setting
    /// does not reach them.
    pub review_months: u32,
}

/// A database URL. Its `Debug` hides any password it carries.
#[derive(Clone)]
pub struct DatabaseUrl(pub String);

impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&redact_url(&self.0))
    }
}

impl fmt::Display for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&redact_url(&self.0))
    }
}

/// `scheme://user:secret@host` → `scheme://user:***@host`.
fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let creds = &url[scheme_end + 3..at];
            match creds.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme_end + 3], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("site_addr", &self.site_addr)
            .field("database_url", &self.database_url)
            .field("log_filter", &self.log_filter)
            .field("secure_cookies", &self.secure_cookies)
            .field("site_root", &self.leptos.site_root)
            .field("hash_files", &self.leptos.hash_files)
            .finish()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("LEPTOS_SITE_ADDR {0:?} is not an address like 127.0.0.1:3000")]
    SiteAddr(String),
    #[error("SIGNPOST_SECURE_COOKIES must be true or false, not {0:?}")]
    SecureCookies(String),
    #[error("SIGNPOST_RETENTION_DAYS must be a whole number of days from 1 to 3650, not {0:?}")]
    Retention(String),
    #[error("SIGNPOST_REVIEW_MONTHS must be a whole number of months from 1 to 60, not {0:?}")]
    ReviewMonths(String),
    #[error("SIGNPOST_SESSION_IDLE_SECONDS must be a whole number of seconds from 10 to 43200, not {0:?}")]
    SessionIdle(String),
    #[error("SIGNPOST_TRUSTED_PROXIES must list addresses or networks such as 127.0.0.1 or 10.0.0.0/8, not {0:?}")]
    TrustedProxies(String),
    #[error("SIGNPOST_PUSH_RATE must be a whole number from 1 to 100000, not {0:?}")]
    PushRate(String),
    #[error("SIGNPOST_MAX_CONNECTIONS must be a whole number from 1 to 1000000, not {0:?}")]
    MaxConnections(String),
    #[error("Leptos settings: {0}")]
    Leptos(String),
}

fn var(name: &str) -> Option<String> {
    env::var(name).ok().filter(|v| !v.trim().is_empty())
}

impl Config {
    pub fn from_env() -> Result<Self, ConfigError> {
        let mut leptos = leptos::config::get_configuration(None)
            .map_err(|e| ConfigError::Leptos(e.to_string()))?
            .leptos_options;
        if var("LEPTOS_HASH_FILES").is_none() {
            leptos.hash_files = exe_dir().join(leptos.hash_file.as_ref()).exists();
        }
        let addr = var("LEPTOS_SITE_ADDR").unwrap_or_else(|| "127.0.0.1:3000".to_string());
        let site_addr: SocketAddr = addr.parse().map_err(|_| ConfigError::SiteAddr(addr))?;
        leptos.site_addr = site_addr;
        let secure_cookies = match var("SIGNPOST_SECURE_COOKIES").as_deref() {
            None | Some("false") | Some("0") => false,
            Some("true") | Some("1") => true,
            Some(other) => return Err(ConfigError::SecureCookies(other.to_string())),
        };
        let review_months = match var("SIGNPOST_REVIEW_MONTHS") {
            None => crate::listings::model::REVIEW_MONTHS,
            Some(v) => v.trim().parse::<u32>().ok().filter(|m| (1..=60).contains(m)).ok_or(ConfigError::ReviewMonths(v))?,
        };
        let retention_days = match var("SIGNPOST_RETENTION_DAYS") {
            None => 365,
            Some(v) => v.trim().parse::<u64>().ok().filter(|d| (1..=3650).contains(d)).ok_or(ConfigError::Retention(v))?,
        };
        let session_idle = match var("SIGNPOST_SESSION_IDLE_SECONDS") {
            None => crate::accounts::who::DEFAULT_IDLE_SECS,
            Some(v) => v.trim().parse::<u64>().ok().filter(|s| (10..=43_200).contains(s)).ok_or(ConfigError::SessionIdle(v))?,
        };
        let trusted_proxies = match var("SIGNPOST_TRUSTED_PROXIES") {
            None => vec![],
            Some(v) => parse_networks(&v).ok_or(ConfigError::TrustedProxies(v))?,
        };
        let push_rate_per_minute = match var("SIGNPOST_PUSH_RATE") {
            None => 60,
            Some(v) => v.trim().parse::<u32>().ok().filter(|n| (1..=100_000).contains(n)).ok_or(ConfigError::PushRate(v))?,
        };
        let max_connections = match var("SIGNPOST_MAX_CONNECTIONS") {
            None => 1024,
            Some(v) => v.trim().parse::<usize>().ok().filter(|n| (1..=1_000_000).contains(n)).ok_or(ConfigError::MaxConnections(v))?,
        };
        Ok(Self {
            session_idle: std::time::Duration::from_secs(session_idle),
            trusted_proxies,
            push_rate_per_minute,
            max_connections,
            review_months,
            retention: std::time::Duration::from_secs(retention_days * 24 * 3600),
            leptos,
            site_addr,
            database_url: DatabaseUrl(var("DATABASE_URL").unwrap_or_else(|| "sqlite://signpost.db".to_string())),
            log_filter: var("SIGNPOST_LOG").or_else(|| var("RUST_LOG")).unwrap_or_else(|| "info,sqlx=warn".to_string()),
            secure_cookies,
            release: var("SIGNPOST_RELEASE").unwrap_or_default(),
        })
    }
}

impl Config {
    /// The retention period in whole days (as configured).
    pub fn retention_days(&self) -> u32 {
        (self.retention.as_secs() / (24 * 3600)) as u32
    }
}

/// `127.0.0.1, 10.0.0.0/8, ::1` → networks (a bare address is a network of one).
fn parse_networks(list: &str) -> Option<Vec<ipnet::IpNet>> {
    list.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| s.parse::<ipnet::IpNet>().ok().or_else(|| s.parse::<std::net::IpAddr>().ok().map(ipnet::IpNet::from)))
        .collect()
}

fn exe_dir() -> PathBuf {
    env::current_exe().ok().and_then(|p| p.parent().map(PathBuf::from)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trusted_proxies_are_addresses_or_networks() {
        let nets = parse_networks("127.0.0.1, 10.0.0.0/8,::1").unwrap();
        assert_eq!(nets.len(), 3);
        assert!(nets[1].contains(&"10.2.3.4".parse::<std::net::IpAddr>().unwrap()));
        assert!(parse_networks("proxy.example").is_none());
        assert_eq!(parse_networks(" , ").unwrap().len(), 0);
    }

    #[test]
    fn database_passwords_are_redacted() {
        assert_eq!(redact_url("postgres://app:s3cret@db:5432/x"), "postgres://app:***@db:5432/x");
        assert_eq!(redact_url("sqlite://signpost.db"), "sqlite://signpost.db");
        assert_eq!(format!("{:?}", DatabaseUrl("postgres://u:p@h/d".into())), "postgres://u:***@h/d");
    }
}
