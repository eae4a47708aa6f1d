//! The frame around every page: header with the language switcher, notices, footer, and the
//! pages for errors.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_location;

use crate::{
    directory::api::get_site_info,
    error::AppError,
    i18n::{I18n, LOCALES, Review, use_i18n},
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
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let next = move || format!("{}{}", location.pathname.get(), location.search.get());
    let current = i18n.info().id;
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
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="language">
            <summary>{t!(i18n, "language-switcher")}</summary>
            <form method="post" action="/language">
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
    let info = Resource::new(|| (), |_| get_site_info());
    let draft = (i18n.info().review == Review::MachineDraft).then(|| {
        let i18n = i18n.clone();
        view! { <p class="notice notice-draft" role="note">{t!(i18n, "notice-machine-draft")}</p> }
    });
    view! {
        <Suspense fallback=|| ()>
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
        </Suspense>
        {draft}
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="site-footer">
            <p>{t!(i18n, "footer-about")}</p>
        </footer>
    }
}

/// Sets the HTTP status of the page being rendered on the server.
fn set_status(_code: u16) {
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
        <p role="alert">{i18n.t(error.message_id())}</p>
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
    let i18n = use_i18n();
    let loading = i18n.clone();
    view! {
        <Suspense fallback=move || view! { <p class="loading">{t!(loading, "loading")}</p> }>
            {move || {
                let (i18n, render) = (i18n.clone(), render.clone());
                Suspend::new(async move {
                    match resource.await {
                        Ok(data) => render(i18n, data).into_any(),
                        Err(error) => view! { <ErrorNotice error/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}
