//! Signpost: an offline-first directory of Leicester's community services, and referrals
//! between them. One crate, built twice by cargo-leptos: the server (feature `ssr`) and the
//! browser bundle (feature `hydrate`, wasm32). See ARCHITECTURE.md.

pub mod accounts;
pub mod app;
#[cfg(feature = "bench")]
pub mod bench;
pub mod directory;
pub mod error;
pub mod i18n;
pub mod layout;
pub mod pwa;
pub mod referrals;
pub mod search;
#[cfg(feature = "ssr")]
pub mod server;
pub mod sync;
pub mod wire;

/// Only local paths: "/x?y" is fine; "//evil.example", "https://…" or "/\evil" are not.
pub fn safe_next(next: &str) -> &str {
    let ok = next.starts_with('/') && !next.starts_with("//") && !next.contains('\\') && !next.contains(['\r', '\n']);
    if ok { next } else { "/" }
}

/// Browser entry point. A page the server rendered is hydrated. The app shell (what the
/// service worker answers with when the server cannot be reached) has no content to hydrate:
/// the app reads the user's language, renders the page itself from the directory saved on the
/// phone, and mounts it (ARCHITECTURE.md, "Offline rendering").
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    use leptos::prelude::*;
    console_error_panic_hook::set_once();
    let shell = document().document_element().is_some_and(|e| e.has_attribute(pwa::SHELL_ATTRIBUTE));
    if !shell {
        // Lazy routes (src/referrals/routes.rs) load their code before hydrating.
        leptos::mount::hydrate_lazy(app::App);
        return;
    }
    wasm_bindgen_futures::spawn_local(async {
        let (i18n, ()) = futures::join!(i18n::for_shell(), sync::lazy::boot());
        document().body().expect("a document has a body").set_inner_html("");
        leptos::mount::mount_to_body(move || {
            provide_context(i18n.clone());
            view! { <app::App/> }
        });
    });
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn next_must_be_a_local_path() {
        assert_eq!(safe_next("/services/1?x=2"), "/services/1?x=2");
        assert_eq!(safe_next("//evil.example"), "/");
        assert_eq!(safe_next("https://evil.example"), "/");
        assert_eq!(safe_next("/\\evil.example"), "/");
        assert_eq!(safe_next(""), "/");
    }
}
