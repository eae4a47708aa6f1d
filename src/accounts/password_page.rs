//! `/account/password`: the signed-in user changes their own password. An [`ActionForm`] posting
//! to [`change_password`](super::api::change_password), so it works without JavaScript. The new
//! password must be long enough and not a common one; every other session of the user's ends.

use leptos::prelude::*;
use leptos_meta::Title;

use super::{
    api::ChangePassword,
    model::{MAX_PASSWORD_CHARS, MIN_PASSWORD_CHARS},
    ui::action_result,
};
use crate::{i18n::use_i18n, sync::status::use_offline_status, t};

#[component]
pub fn PasswordPage() -> impl IntoView {
    let i18n = use_i18n();
    let change = ServerAction::<ChangePassword>::new();
    let status = use_offline_status();
    let offline = move || !status.online.get();
    let busy = move || change.pending().get() || offline();
    let title = t!(i18n, "password-title");
    let needs_connection = t!(i18n, "login-needs-connection");
    view! {
        <Title text=title.clone()/>
        <section class="login password">
            <h1>{title}</h1>
            <p>{t!(i18n, "password-intro")}</p>
            {action_result(i18n.clone(), "password-changed", move || change.value().get())}
            <ActionForm action=change attr:class="login-form">
                <label for="password-current">{t!(i18n, "password-current")}</label>
                <input id="password-current" name="current" type="password" autocomplete="current-password" required
                    maxlength=MAX_PASSWORD_CHARS.to_string()/>
                <label for="password-new">{t!(i18n, "password-new")}</label>
                <p class="note" id="password-new-hint">{t!(i18n, "password-new-hint", min = MIN_PASSWORD_CHARS)}</p>
                <input id="password-new" name="new" type="password" autocomplete="new-password" required
                    minlength=MIN_PASSWORD_CHARS.to_string() maxlength=MAX_PASSWORD_CHARS.to_string()
                    aria-describedby="password-new-hint"/>
                <label for="password-confirm">{t!(i18n, "password-confirm")}</label>
                <input id="password-confirm" name="confirm" type="password" autocomplete="new-password" required
                    minlength=MIN_PASSWORD_CHARS.to_string() maxlength=MAX_PASSWORD_CHARS.to_string()/>
                <button type="submit" disabled=busy>{t!(i18n, "password-submit")}</button>
                {move || offline().then(|| view! { <p class="notice" role="status">{needs_connection.clone()}</p> })}
            </ActionForm>
        </section>
    }
}
