//! Installable, offline-capable web app: the manifest, the service worker, the app shell and
//! the locale files it caches (server), and the service worker's registration and update
//! prompt (browser). See ARCHITECTURE.md, "Offline rendering".

#[cfg(feature = "hydrate")]
pub mod browser;
#[cfg(feature = "ssr")]
pub mod server;
#[cfg(feature = "hydrate")]
pub mod timing;

/// Message the page posts to a waiting service worker to make it take over.
pub const SKIP_WAITING: &str = "skip-waiting";
/// Message a page the active service worker does not control posts to it, to be taken over.
pub const CLAIM: &str = "claim";
/// The attribute on `<html>` that marks the app shell (rendered in the browser, not hydrated).
pub const SHELL_ATTRIBUTE: &str = "data-shell";
