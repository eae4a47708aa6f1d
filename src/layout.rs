//! The frame around every page: header with the language switcher, notices, footer, and the
//! pages for errors.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_location;

use crate::{
    directory::source,
    error::AppError,
    i18n::{I18n, LOCALES, Review, use_i18n},
    sync::status::{Ago, OfflineStatus, Phase, Saved, ago, use_offline_status},
    t,
};

#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <header class="site-header">
            <a class="brand" href="/">{t!(i18n, "app-name")}</a>
            <LanguageSwitcher/>
        </header>
    }
}

/// Each shipped language in its own name. A plain form POST (works without JavaScript): the
/// server keeps the choice in a cookie and sends the user back to the same page, which then
/// renders with the new language and text direction.
/// The address to come back to after choosing a language: the path and its query. (The
/// router's `search` has no leading `?`; the address must, or "/?q=food" becomes "/q=food".)
pub fn return_path(pathname: &str, search: &str) -> String {
    match search.trim_start_matches('?') {
        "" => pathname.to_string(),
        query => format!("{pathname}?{query}"),
    }
}

#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let next = move || return_path(&location.pathname.get(), &location.search.get());
    let current = i18n.info().id;
    // With the app running, choosing is done here: the choice is kept in the same cookie and
    // the page reloaded, which also works offline (the app then renders in the new language).
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        #[cfg(feature = "hydrate")]
        {
            use wasm_bindgen::JsCast;
            let chosen = ev
                .submitter()
                .and_then(|b| b.dyn_into::<web_sys::HtmlButtonElement>().ok())
                .map(|b| b.value());
            if let Some(locale) = chosen {
                ev.prevent_default();
                crate::i18n::choose_in_browser(&locale, &next());
            }
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = ev;
    };
    let buttons = LOCALES
        .iter()
        .map(|l| {
            view! {
                <li>
                    <button
                        type="submit"
                        name="locale"
                        value=l.id
                        lang=l.id
                        dir=l.dir.as_str()
                        aria-current=(l.id == current).then_some("true")
                    >
                        {l.name}
                        // Its English name too, for a worker looking for a script they cannot read.
                        {(l.english != l.name).then(|| view! { " " <span class="english" lang="en" dir="ltr">{l.english}</span> })}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="language">
            <summary>{t!(i18n, "language-switcher")}</summary>
            <form method="post" action="/language" on:submit=on_submit>
                <input type="hidden" name="next" value=next/>
                <ul>{buttons}</ul>
            </form>
        </details>
    }
}

/// Notices shown on every page: demo data, and machine-drafted translations.
#[component]
pub fn Notices() -> impl IntoView {
    let i18n = use_i18n();
    let status = use_offline_status();
    let info = Resource::new(move || status.version.get(), |_| source::site_info());
    let draft = (i18n.info().review == Review::MachineDraft).then(|| {
        let i18n = i18n.clone();
        view! { <p class="notice notice-draft" role="note">{t!(i18n, "notice-machine-draft")}</p> }
    });
    view! {
        <Transition fallback=|| ()>
            {
                move || {
                    let i18n = i18n.clone();
                    Suspend::new(async move {
                        info.await.ok().filter(|i| i.demo).map(|_| {
                            view! { <p class="notice notice-demo" role="note">{t!(i18n, "notice-demo")}</p> }
                        })
                    })
                }
            }
        </Transition>
        {draft}
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="site-footer">
            <p>{t!(i18n, "footer-about")}</p>
            <p><a href="/outbox">{t!(i18n, "outbox-link")}</a>" · "<a href="/inbox">{t!(i18n, "footer-inbox")}</a>" · "<a href="/listings" rel="external">{t!(i18n, "footer-listings")}</a>" · "<a href="/login">{t!(i18n, "footer-sign-in")}</a></p>
        </footer>
    }
}

/// Sets the HTTP status of the page being rendered on the server.
pub fn set_status(_code: u16) {
    #[cfg(feature = "ssr")]
    if let (Some(response), Ok(status)) =
        (use_context::<leptos_axum::ResponseOptions>(), axum::http::StatusCode::from_u16(_code))
    {
        response.set_status(status);
    }
}

#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    set_status(404);
    let title = t!(i18n, "not-found-title");
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <p>{t!(i18n, "not-found-body")}</p>
        <p><a href="/">{t!(i18n, "back-to-search")}</a></p>
    }
}

/// What went wrong, in the user's language. Not found gets the not-found page.
#[component]
pub fn ErrorNotice(error: AppError) -> impl IntoView {
    if error == AppError::NotFound {
        return view! { <NotFound/> }.into_any();
    }
    let i18n = use_i18n();
    set_status(error.status_code());
    let title = t!(i18n, "error-title");
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <p role="alert">{i18n.error_message(&error)}</p>
        <p><a href="/">{t!(i18n, "back-to-search")}</a></p>
    }
    .into_any()
}

/// A page whose content comes from a resource: a loading line, then `render` with the data, or
/// the error page (which also sets the HTTP status when rendered on the server).
pub fn loaded_page<T, V>(
    resource: Resource<Result<T, AppError>>,
    render: impl Fn(I18n, T) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    V: IntoView + 'static,
{
    loaded_page_or(resource, render, |_, error| view! { <ErrorNotice error/> }.into_any())
}

/// [`loaded_page`] with `on_error` saying what the page shows instead when the resource fails.
pub fn loaded_page_or<T, V>(
    resource: Resource<Result<T, AppError>>,
    render: impl Fn(I18n, T) -> V + Clone + Send + Sync + 'static,
    on_error: impl Fn(I18n, AppError) -> AnyView + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    V: IntoView + 'static,
{
    let i18n = use_i18n();
    let loading = i18n.clone();
    view! {
        // A transition: when the data is read again (after a sync), the page stays until the
        // new data is ready.
        <Transition fallback=move || view! { <p class="loading">{t!(loading, "loading")}</p> }>
            {move || {
                let (i18n, render, on_error) = (i18n.clone(), render.clone(), on_error.clone());
                Suspend::new(async move {
                    match resource.await {
                        Ok(data) => render(i18n, data).into_any(),
                        Err(error) => on_error(i18n, error),
                    }
                })
            }}
        </Transition>
    }
}

/// What to say about the connection and the saved copy: the short line's message and the
/// page's, or nothing (online, nothing to tell).
fn network_words(status: OfflineStatus) -> Option<(&'static str, &'static str)> {
    Some(match (status.online.get(), status.saved.get(), status.phase.get()) {
        (_, _, Phase::StorageRefused) => ("net-line-save-failed", "net-save-failed"),
        (false, Saved::Complete, _) => ("net-line-offline", "net-offline"),
        (false, Saved::Partial, _) => ("net-line-offline-partial", "net-offline-partial"),
        (false, Saved::Nothing, _) => ("net-line-offline-nothing", "net-offline-nothing"),
        (true, _, Phase::Downloading { .. }) => ("net-line-saving", "net-saving"),
        (true, _, Phase::Failed) => ("net-line-sync-failed", "net-sync-failed"),
        (true, Saved::Complete, _) => ("net-line-saved", "net-saved"),
        _ => return None,
    })
}

/// The connection and the saved copy in one short line, fixed to the bottom of the screen
/// (never more than a line: it must not hide the page on a small phone). [`NetworkDetails`]
/// says the rest in the page. The elements are always there, hidden when there is nothing to
/// say (plain text and attributes keep this part of every page small in the bundle).
#[component]
pub fn NetworkStatus() -> impl IntoView {
    let i18n = use_i18n();
    let status = use_offline_status();
    let line = move || network_words(status).map(|(short, _)| i18n.t(short)).unwrap_or_default();
    let class = move || if status.online.get() { "net" } else { "net net-offline" };
    let progress = move || match status.phase.get() {
        Phase::Downloading { done, total } => Some((done, total.max(1))),
        _ => None,
    };
    view! {
        <div class="network">
            <p class=class role="status" hidden=move || network_words(status).is_none()>{line}</p>
            <progress class="net-progress" hidden=move || progress().is_none()
                max=move || progress().map_or(1, |p| p.1).to_string() value=move || progress().map_or(0, |p| p.0).to_string()
                aria-label=t!(use_i18n(), "net-progress")></progress>
        </div>
    }
}

/// What the fixed line leaves out, in the page (at its end, not over it): what being offline
/// means for the saved directory, how long ago it was updated, and that the browser may delete
/// it.
#[component]
pub fn NetworkDetails() -> impl IntoView {
    let i18n = use_i18n();
    let status = use_offline_status();
    let text = {
        let i18n = i18n.clone();
        move || {
            let Some((_, id)) = network_words(status) else { return String::new() };
            let Some(then) = status.synced_at.get() else { return i18n.t(id) };
            let when = match ago(then, status.now_ms.get()) {
                Ago::JustNow => t!(i18n, "ago-just-now"),
                Ago::Minutes(n) => t!(i18n, "ago-minutes", count = n),
                Ago::Hours(n) => t!(i18n, "ago-hours", count = n),
                Ago::Days(n) => t!(i18n, "ago-days", count = n),
            };
            format!("{} · {}", i18n.t(id), t!(i18n, "net-updated", ago = when))
        }
    };
    view! {
        <section class="network-details">
            <p hidden=move || network_words(status).is_none()>{text}</p>
            <p class="notice" role="note" hidden=move || !status.persist_refused.get()>{t!(i18n, "net-persist-refused")}</p>
        </section>
    }
}

/// "A new version is ready" with a button to switch to it.
#[component]
pub fn UpdatePrompt() -> impl IntoView {
    let i18n = use_i18n();
    let status = use_offline_status();
    move || {
        status.update_ready.get().then(|| {
            let on_click = move |_| {
                #[cfg(feature = "hydrate")]
                crate::pwa::browser::apply_update();
            };
            view! {
                <div class="update" role="alert">
                    <span>{t!(i18n, "update-available")}</span>
                    <button type="button" on:click=on_click>{t!(i18n, "update-reload")}</button>
                </div>
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::return_path;

    #[test]
    fn the_language_form_returns_to_the_same_search() {
        assert_eq!(return_path("/", "q=food&area=Highfields"), "/?q=food&area=Highfields");
        assert_eq!(return_path("/", "?q=food"), "/?q=food");
        assert_eq!(return_path("/services/abc", ""), "/services/abc");
    }
}
