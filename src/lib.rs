//! Signpost: an offline-first directory of Leicester's community services, and referrals
//! between them. One crate, built twice by cargo-leptos: the server (feature `ssr`) and the
//! browser bundle (feature `hydrate`, wasm32). See ARCHITECTURE.md.

pub mod accounts;
pub mod app;
#[cfg(any(feature = "ssr", feature = "hydrate"))]
pub mod cookie;
#[cfg(feature = "bench")]
pub mod bench;
pub mod directory;
pub mod error;
pub mod i18n;
pub mod layout;
pub mod listings;
#[cfg(feature = "ssr")]
pub mod oruk;
pub mod pwa;
pub mod redirect;
pub mod referrals;
pub mod search;
#[cfg(feature = "ssr")]
pub mod server;
pub mod sync;
pub mod wire;

pub use redirect::safe_next;

/// Browser entry point. A page the server rendered is hydrated. The app shell (what the
/// service worker answers with when the server cannot be reached) has no content to hydrate:
/// the app reads the user's language, renders the page itself from the directory saved on the
/// phone, and mounts it (ARCHITECTURE.md, "Offline rendering").
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    use leptos::prelude::*;
    let shell = document().document_element().is_some_and(|e| e.has_attribute(pwa::SHELL_ATTRIBUTE));
    if !shell {
        // Lazy routes (src/referrals/routes.rs) load their code before hydrating, so hydration
        // is asynchronous: the page is marked running only once all of it has hydrated (a
        // control used before that would lose what was done to it).
        wasm_bindgen_futures::spawn_local(async {
            // Instantiating the module took this task: hydrating starts in the next (the page
            // works meanwhile), so that a tap never waits behind both.
            app::next_task().await;
            let phase = pwa::timing::phase(pwa::timing::HYDRATE);
            let body = document().body().expect("a document has a body");
            leptos::mount::hydrate_from_async(body, app::App).await.forget();
            app::mark_running();
            drop(phase);
        });
        return;
    }
    wasm_bindgen_futures::spawn_local(async {
        let phase = pwa::timing::phase(pwa::timing::SHELL);
        let (i18n, ()) = futures::join!(i18n::for_shell(), sync::lazy::boot());
        document().body().expect("a document has a body").set_inner_html("");
        leptos::mount::mount_to_body(move || {
            provide_context(i18n.clone());
            view! { <app::App/> }
        });
        app::mark_running();
        drop(phase);
    });
}
