//! Signpost: an offline-first directory of Leicester's community services, and referrals
//! between them. One crate, built twice by cargo-leptos: the server (feature `ssr`) and the
//! browser bundle (feature `hydrate`, wasm32). See ARCHITECTURE.md.

pub mod app;
pub mod directory;
pub mod error;
pub mod i18n;
pub mod layout;
pub mod search;
#[cfg(feature = "ssr")]
pub mod server;
pub mod wire;

/// Browser entry point: hydrate the server-rendered page.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(app::App);
}
