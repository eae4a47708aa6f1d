//! The application shell and router.

use leptos::prelude::*;
use leptos_meta::{MetaTags, Title, provide_meta_context};
use leptos_router::{
    ChooseView, Lazy, SsrMode,
    components::{Route, Router, Routes},
    path,
};

use crate::listings::routes::{ListingsRoute, ListingsSubRoute, ReportRoute};
use crate::referrals::routes::{
    AccountsRoute, InboxRoute, LoginRoute, ReferRoute,
};
use crate::{
    directory::ui::{OrganisationRoute, SearchPage, ServiceRoute},
    i18n::{I18n, PAYLOAD_ELEMENT_ID, provide_i18n, use_i18n},
    layout::{Footer, Header, NetworkDetails, NetworkStatus, NotFound, Notices, UpdatePrompt},
    sync::status::provide_offline_status,
    t,
};

/// The whole HTML document, rendered on the server. `lang` and `dir` come from the request's
/// locale; the locale's messages travel in the page for the browser (see `i18n`).
pub fn shell(options: LeptosOptions) -> impl IntoView {
    provide_i18n();
    #[cfg(feature = "ssr")]
    crate::server::security::set_page_policy();
    let i18n = use_i18n();
    let info = i18n.info();
    let retention = crate::referrals::consent::configured_retention_days().to_string();
    // The messages this page may need (the server renders with every one).
    #[cfg(feature = "ssr")]
    let payload = {
        let path = use_context::<axum::http::request::Parts>().map(|p| p.uri.path().to_string()).unwrap_or_default();
        crate::i18n::server::page_payload(info, &path)
    };
    #[cfg(not(feature = "ssr"))]
    let payload = i18n.browser_payload(i18n.source());
    let (stylesheet, loader) = bundle_links(&options);
    view! {
        <!DOCTYPE html>
        <html lang=info.id dir=info.dir.as_str()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="theme-color" content="#0b5d4b"/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <link rel="manifest" href="/manifest.webmanifest"/>
                <meta name="description" content=t!(i18n, "app-description")/>
                <meta name=crate::referrals::consent::RETENTION_META content=retention/>
                <link id="leptos" rel="stylesheet" href=stylesheet/>
                <script type="application/json" id=PAYLOAD_ELEMENT_ID inner_html=payload></script>
                <IdleHydration script=loader/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The stylesheet's URL and the loader script ([`IdleHydration`]) of this build: worked out
/// once, when the server starts (`PwaAssets`), not on every page.
fn bundle_links(options: &LeptosOptions) -> (String, String) {
    #[cfg(feature = "ssr")]
    {
        match use_context::<crate::server::state::AppState>() {
            Some(state) => (state.pwa.stylesheet.clone(), state.pwa.loader.clone()),
            None => (crate::pwa::server::stylesheet_url(options), crate::pwa::server::loader_script(options)),
        }
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = options;
        (String::new(), String::new())
    }
}

/// Loads the app when the browser is idle: the page is already usable (forms and links work
/// without it), so neither the wasm nor its download competes with the first paint. Unlike
/// Leptos's `HydrationScripts`, it puts no preload links in the page for the wasm. Carries the
/// response's nonce (the page's Content-Security-Policy allows no other inline script).
#[component]
fn IdleHydration(script: String) -> impl IntoView {
    view! { <script type="module" nonce=leptos::nonce::use_nonce() inner_html=script></script> }
}

#[cfg(feature = "hydrate")]
thread_local! {
    static RUNNING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    static WHEN_RUNNING: std::cell::RefCell<Vec<Box<dyn FnOnce()>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Marks the document once the whole page runs in the browser (hydrated, lazy routes
/// included, or rendered from the app shell), so that tests and styles can tell a running app
/// from a server-rendered page; then starts what waited for that ([`when_running`]).
#[cfg(feature = "hydrate")]
pub fn mark_running() {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-hydrated", "true");
    }
    RUNNING.set(true);
    for start in WHEN_RUNNING.take() {
        start();
    }
}

/// Runs `start` once the whole page runs (at once if it does already). Whatever changes what
/// the page shows on its own (the saved copy, sync, the outbox, the service worker's news)
/// starts here, never while the page hydrates: an element hydrates with the value its signals
/// have then and takes the server's HTML as showing it, so a change made before a part of the
/// page after a lazy route hydrated would never reach the screen (the status line stayed
/// hidden, though the copy was saved).
#[cfg(feature = "hydrate")]
pub fn when_running(start: impl FnOnce() + 'static) {
    if RUNNING.get() {
        start();
    } else {
        WHEN_RUNNING.with_borrow_mut(|waiting| waiting.push(Box::new(start)));
    }
}

/// Resolves in a later task, once the browser has done what was waiting (input, paint). A
/// message to itself, not a timer: the browser makes a timer set from a timer's callback wait
/// at least 4 ms once five are nested, which made the index's 8 ms slices take half as long
/// again (docs/BENCHMARKS.md). Each call's channel is left unclosed: Chromium collects a
/// started pair once neither end is reachable (checked in Chromium 156: after 100 channels used
/// this way, `Runtime.queryObjects` finds no port), and closing it cost 0.2 KiB of first load.
#[cfg(feature = "hydrate")]
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| match web_sys::MessageChannel::new() {
        Ok(channel) => {
            channel.port1().set_onmessage(Some(&resolve));
            let _ = channel.port2().post_message(&wasm_bindgen::JsValue::NULL);
        }
        Err(_) => {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// A route whose page hydrates in a task of its own. The router waits for a route's
/// `preload` before hydrating it (it is how lazy routes fetch their code), with the URL
/// already matched, so the page's frame (header, notices) hydrates in one task and the route's
/// content in the next: two shorter tasks instead of one long one, and a tap waits behind
/// neither for long (the home page's hydration was one task of about 200 ms at 4× CPU;
/// docs/BENCHMARKS.md). Only while the page hydrates: later navigations do not wait.
#[derive(Clone)]
struct OwnTask<F>(F);

impl<F, V> ChooseView for OwnTask<F>
where
    F: Fn() -> V + Send + Clone + 'static,
    V: IntoView + 'static,
{
    async fn choose(self) -> AnyView {
        (self.0)().into_any()
    }

    async fn preload(&self) {
        #[cfg(feature = "hydrate")]
        if !RUNNING.get() {
            next_task().await;
        }
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    if use_context::<I18n>().is_none() {
        provide_i18n();
    }
    let i18n = use_i18n();
    let app_name = t!(i18n, "app-name");
    let status = provide_offline_status();
    let outbox = crate::referrals::status::provide_outbox_status();
    // Runs in the browser only, once the whole page runs (`when_running`): start the offline
    // machinery (service worker, saved copy, sync).
    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        when_running(move || {
            // The app is in use: whoever is signed in on this phone stays known (R13).
            crate::accounts::who::keep();
            crate::pwa::browser::register(status);
            // The saved copy and sync load when the browser is next idle.
            request_idle_callback(move || {
                let phase = crate::pwa::timing::phase(crate::pwa::timing::OFFLINE_LOAD);
                leptos::task::spawn_local(async move {
                    crate::sync::lazy::start(status).await;
                    drop(phase);
                })
            });
            // The outbox too, when referrals wait on the phone: they are sent from any page.
            // (The outbox and referral pages start it themselves.)
            if crate::referrals::status::pending() {
                request_idle_callback(move || leptos::task::spawn_local(crate::referrals::lazy::start(outbox)));
            }
            // Reports about listings made with no signal, likewise.
            if crate::listings::report::waiting() {
                request_idle_callback(|| leptos::task::spawn_local(crate::listings::lazy::start_reports()));
            }
        });
        let _ = (status, outbox);
    });
    view! {
        <Title formatter=move |page: String| format!("{page} – {app_name}")/>
        <Router>
            <a class="skip-link" href="#main">{t!(i18n, "skip-to-content")}</a>
            <Header/>
            <Notices/>
            <main id="main">
                <Routes fallback=|| view! { <NotFound/> }>
                    <Route path=path!("/") view=OwnTask(SearchPage) ssr=SsrMode::Async/>
                    <Route path=path!("/services/:id") view={Lazy::<ServiceRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/organisations/:id") view={Lazy::<OrganisationRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/login") view={Lazy::<LoginRoute>::new()}/>
                    <Route path=path!("/inbox") view={Lazy::<InboxRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/inbox/:id") view={Lazy::<InboxRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/services/:id/refer") view={Lazy::<ReferRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/services/:id/report") view={Lazy::<ReportRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/outbox") view={Lazy::<ReferRoute>::new()}/>
                    <Route path=path!("/members") view={Lazy::<AccountsRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/members/invite") view={Lazy::<AccountsRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/invite/:token") view={Lazy::<AccountsRoute>::new()}/>
                    <Route path=path!("/account/password") view={Lazy::<AccountsRoute>::new()}/>
                    <Route path=path!("/listings") view={Lazy::<ListingsRoute>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/listings/*page") view={Lazy::<ListingsSubRoute>::new()} ssr=SsrMode::Async/>
                </Routes>
            </main>
            <NetworkDetails/>
            <Footer/>
            // Fixed to the bottom of the screen: appearing after load never moves the page.
            <div class="status-bar">
                <UpdatePrompt/>
                <NetworkStatus/>
            </div>
        </Router>
    }
}
