//! The sign-in page: a plain form posted to `/login`, so it works without JavaScript. Signing in
//! needs the server; with no connection the page says so instead of failing silently.
//!
//! And what pages for a signed-in account (the inbox, inviting members) show to a visitor who
//! is not signed in (a way to sign in and come back) or whose account may not see them.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_location, use_query_map};

use crate::{
    error::AppError,
    i18n::{I18n, use_i18n},
    layout::{ErrorNotice, loaded_page_or, set_status},
    safe_next,
    sync::status::use_offline_status,
    t,
};

/// The message ids a page for signed-in accounts shows to a visitor who may not see it.
#[derive(Clone, Copy, Debug)]
pub struct Gate {
    /// The page's title.
    pub title: &'static str,
    /// To a visitor who is not signed in (followed by a link to sign in).
    pub signed_out: &'static str,
    /// To a signed-in account that may not see the page.
    pub forbidden: &'static str,
}

/// Like [`crate::layout::loaded_page`], but a visitor who is not signed in is asked to sign in
/// (and comes back here), and one whose account may not see the page is told so, both with
/// the right HTTP status.
pub fn signed_in_page<T, V>(
    resource: Resource<Result<T, AppError>>,
    gate: Gate,
    render: impl Fn(I18n, T) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    V: IntoView + 'static,
{
    loaded_page_or(resource, render, move |i18n, error| match error {
        AppError::Unauthorised | AppError::Forbidden => view! { <NotAllowed i18n error gate/> }.into_any(),
        error => view! { <ErrorNotice error/> }.into_any(),
    })
}

/// The sign-in page's address, coming back to this page.
fn sign_in_href() -> String {
    crate::redirect::login_href(&use_location().pathname.get_untracked())
}

#[component]
fn NotAllowed(i18n: I18n, error: AppError, gate: Gate) -> impl IntoView {
    let signed_out = error == AppError::Unauthorised;
    set_status(error.status_code());
    let title = i18n.t(gate.title);
    let message = i18n.t(if signed_out { gate.signed_out } else { gate.forbidden });
    let link = signed_out.then(|| view! { <p><a class="button" href=sign_in_href()>{t!(i18n, "inbox-sign-in")}</a></p> });
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <p class="notice error inbox-alert" role="alert">{message}</p>
        {link}
    }
}

/// What went wrong with an action on such a page, in the user's language; signed out, with a
/// way to sign in.
#[component]
pub fn ActionError(i18n: I18n, error: AppError) -> impl IntoView {
    let link = (error == AppError::Unauthorised)
        .then(|| view! { " " <a href=sign_in_href()>{t!(i18n, "inbox-sign-in")}</a> });
    view! { <p class="notice error inbox-alert" role="alert">{i18n.error_message(&error)}{link}</p> }
}

#[component]
pub fn LoginPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let (invalid, limited, busy) = (t!(i18n, "login-error-invalid"), t!(i18n, "login-error-limited"), t!(i18n, "login-error-busy"));
    let error = move || {
        query.with(|q| match q.get("error").as_deref() {
            Some("invalid") => Some(invalid.clone()),
            Some("limited") => Some(limited.clone()),
            Some("busy") => Some(busy.clone()),
            _ => None,
        })
    };
    let needs_connection = t!(i18n, "login-needs-connection");
    let next = move || query.with(|q| safe_next(&q.get("next").unwrap_or_default()));
    let status = use_offline_status();
    let offline = move || !status.online.get();
    view! {
        <Title text=t!(i18n, "login-title")/>
        <section class="login">
            <h1>{t!(i18n, "login-title")}</h1>
            <p>{t!(i18n, "login-intro")}</p>
            {move || error().map(|e| view! { <p class="notice error" role="alert">{e}</p> })}
            <form method="post" action="/login" class="login-form">
                <input type="hidden" name="next" value=next/>
                <label for="login-email">{t!(i18n, "login-email")}</label>
                <input id="login-email" name="email" type="email" autocomplete="username" required maxlength="254"/>
                <label for="login-password">{t!(i18n, "login-password")}</label>
                <input id="login-password" name="password" type="password" autocomplete="current-password" required maxlength="128"/>
                <button type="submit" disabled=offline>{t!(i18n, "login-submit")}</button>
                {move || offline().then(|| view! { <p class="notice" role="status">{needs_connection.clone()}</p> })}
            </form>
        </section>
    }
}

/// The latest result of an action: its error, or the message `done` once it has worked.
pub fn action_result(
    i18n: I18n,
    done: &'static str,
    value: impl Fn() -> Option<Result<(), AppError>> + Send + Sync + 'static,
) -> impl IntoView {
    move || {
        let i18n = i18n.clone();
        value().map(|result| match result {
            Ok(()) => view! { <p class="notice inbox-saved" role="status">{i18n.t(done)}</p> }.into_any(),
            Err(error) => view! { <ActionError i18n error/> }.into_any(),
        })
    }
}
