//! Shared server state, handed to handlers and (through context) to server functions.

use std::{net::IpAddr, num::NonZeroU32, sync::Arc};

use axum::extract::FromRef;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use leptos::config::LeptosOptions;
use uuid::Uuid;

use super::{config::Config, db::Db};
use crate::{directory::cache::DirectoryCache, pwa::server::PwaAssets};

#[derive(Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    pub db: Db,
    /// Writes pushed referrals, in groups that share one commit.
    pub intake: crate::referrals::store::Intake,
    pub directory: Arc<DirectoryCache>,
    pub pwa: Arc<PwaAssets>,
    /// Password hashing (argon2: ~19 MiB and tens of milliseconds each) runs at most this many
    /// at once; the rest wait their turn, briefly.
    pub hashing: Arc<tokio::sync::Semaphore>,
    pub limits: Arc<Limits>,
    /// Open Referral UK files a coordinator uploaded, waiting to be confirmed.
    pub uploads: Arc<crate::oruk::upload::Uploads>,
}

/// Request rates kept per key, in this server's memory. (With several servers each counts its
/// own share: a limit against floods, not an exact quota.)
pub struct Limits {
    /// Referral pushes per user.
    pub pushes: DefaultKeyedRateLimiter<Uuid>,
    /// Reports of waiting referrals per client address.
    pub reports: DefaultKeyedRateLimiter<IpAddr>,
    /// Reports of problems with listings (anyone may make one) per client address.
    pub problem_reports: DefaultKeyedRateLimiter<IpAddr>,
}

impl Limits {
    fn new(config: &Config) -> Self {
        let per_minute = NonZeroU32::new(config.push_rate_per_minute).unwrap_or(NonZeroU32::MIN);
        let burst = NonZeroU32::new((config.push_rate_per_minute / 3).max(1)).unwrap_or(NonZeroU32::MIN);
        Self {
            pushes: RateLimiter::keyed(Quota::per_minute(per_minute).allow_burst(burst)),
            reports: RateLimiter::keyed(Quota::per_minute(NonZeroU32::new(30).expect("30 > 0"))),
            // 20 an hour, 10 at once: a phone sending what it kept offline, not a flood.
            problem_reports: RateLimiter::keyed(
                Quota::per_hour(NonZeroU32::new(20).expect("20 > 0")).allow_burst(NonZeroU32::new(10).expect("10 > 0")),
            ),
        }
    }

    /// Forgets keys that have been quiet (the daily task and a periodic sweep).
    pub fn sweep(&self) {
        self.pushes.retain_recent();
        self.reports.retain_recent();
        self.problem_reports.retain_recent();
    }
}

impl AppState {
    pub fn new(config: Config, db: Db) -> Self {
        let pwa = Arc::new(PwaAssets::new(&config.leptos, &config.release, config.retention_days()));
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        let limits = Arc::new(Limits::new(&config));
        Self {
            config: Arc::new(config),
            intake: crate::referrals::store::Intake::new(db.clone()),
            db,
            directory: Arc::new(DirectoryCache::default()),
            pwa,
            hashing: Arc::new(tokio::sync::Semaphore::new(cores.max(2))),
            limits,
            uploads: Arc::default(),
        }
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.config.leptos.clone()
    }
}
