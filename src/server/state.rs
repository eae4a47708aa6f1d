//! Shared server state, handed to handlers and (through context) to server functions.

use std::sync::Arc;

use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use sqlx::SqlitePool;

use super::config::Config;
use crate::{directory::cache::DirectoryCache, pwa::server::PwaAssets};

#[derive(Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    pub pool: SqlitePool,
    pub directory: Arc<DirectoryCache>,
    pub pwa: Arc<PwaAssets>,
}

impl AppState {
    pub fn new(config: Config, pool: SqlitePool) -> Self {
        let pwa = Arc::new(PwaAssets::new(&config.leptos, &config.release));
        Self { config: Arc::new(config), pool, directory: Arc::new(DirectoryCache::default()), pwa }
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.config.leptos.clone()
    }
}
