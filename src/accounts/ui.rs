//! The sign-in page: a plain form posted to `/login`, so it works without JavaScript. Signing in
//! needs the server; with no connection the page says so instead of failing silently.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::{i18n::use_i18n, safe_next, sync::status::use_offline_status, t};

#[component]
pub fn LoginPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let (invalid, limited) = (t!(i18n, "login-error-invalid"), t!(i18n, "login-error-limited"));
    let error = move || {
        query.with(|q| match q.get("error").as_deref() {
            Some("invalid") => Some(invalid.clone()),
            Some("limited") => Some(limited.clone()),
            _ => None,
        })
    };
    let needs_connection = t!(i18n, "login-needs-connection");
    let next = move || query.with(|q| safe_next(&q.get("next").unwrap_or_default()).to_string());
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
