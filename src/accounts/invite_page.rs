//! Invitations: an organisation admin makes a one-time link for a new member
//! (`/members/invite`), and the new member opens it to make their account (`/invite/:token`).
//! Both work without JavaScript:
//!
//! - `/members/invite` is an [`ActionForm`] posting to [`create_invitation`]. With JavaScript
//!   the link is the action's answer. A plain form post is sent back to the page, and the link
//!   comes with the page from the admin's server-side session, once (see `api.rs`): the token is
//!   never put in a URL.
//! - `/invite/:token` is a plain form posted to `/invite/<token>` (`http.rs`), which signs the
//!   new member in, or sends them back here with `?error=<message id>`.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{
    api::{CreateInvitation, InvitePageData, invitation_page},
    model::{INVITATION_DAYS, InvitationLink, MAX_PASSWORD_CHARS, MIN_PASSWORD_CHARS},
    ui::{ActionError, Gate, signed_in_page},
};
use crate::{
    i18n::{I18n, use_i18n},
    sync::status::use_offline_status,
    t,
};

/// What the invitation page shows to a visitor who may not invite.
const INVITE_GATE: Gate = Gate { title: "invite-title", signed_out: "invite-sign-in-needed", forbidden: "invite-forbidden" };

/// `/members/invite`: choose the new member's role, get a link to send them.
#[component]
pub fn InvitePage() -> impl IntoView {
    // Made outside the data: a failed plain form post comes back with its error in the URL,
    // which the action picks up.
    let create = ServerAction::<CreateInvitation>::new();
    let page = Resource::new(|| (), |_| invitation_page());
    signed_in_page(page, INVITE_GATE, move |i18n, page| view! { <InviteView i18n page create/> })
}

#[component]
fn InviteView(i18n: I18n, page: InvitePageData, create: ServerAction<CreateInvitation>) -> impl IntoView {
    let title = t!(i18n, "invite-title");
    // The link just made: the action's answer (JavaScript), else the one the page came with
    // (after a plain form post).
    let kept = page.created;
    let created = move || create.value().get().and_then(Result::ok).or_else(|| kept.clone());
    let shown = {
        let i18n = i18n.clone();
        move || created().map(|link| view! { <InvitationCreated i18n=i18n.clone() link/> })
    };
    let error = {
        let i18n = i18n.clone();
        move || {
            let i18n = i18n.clone();
            create.value().get().and_then(Result::err).map(|error| view! { <ActionError i18n error/> })
        }
    };
    let busy = move || create.pending().get();
    view! {
        <Title text=title.clone()/>
        <section class="invite">
            <p><a href="/inbox">{t!(i18n, "inbox-back")}</a></p>
            <h1>{title}</h1>
            <p>{t!(i18n, "invite-intro")}</p>
            {error}
            {shown}
            <ActionForm action=create>
                <fieldset class="inbox-form invite-form">
                    <legend>{t!(i18n, "invite-role-legend")}</legend>
                    <div class="invite-role">
                        <input id="invite-role-worker" type="radio" name="role" value="worker" checked
                            aria-describedby="invite-role-worker-hint"/>
                        <label for="invite-role-worker">{t!(i18n, "invite-role-worker")}</label>
                        <p class="note" id="invite-role-worker-hint">{t!(i18n, "invite-role-worker-hint")}</p>
                    </div>
                    <div class="invite-role">
                        <input id="invite-role-org-admin" type="radio" name="role" value="org-admin"
                            aria-describedby="invite-role-org-admin-hint"/>
                        <label for="invite-role-org-admin">{t!(i18n, "invite-role-org-admin")}</label>
                        <p class="note" id="invite-role-org-admin-hint">{t!(i18n, "invite-role-org-admin-hint")}</p>
                    </div>
                    <button type="submit" disabled=busy>{t!(i18n, "invite-submit")}</button>
                </fieldset>
            </ActionForm>
        </section>
    }
}

/// The link, once: in a read-only field to copy, with what it does and for how long.
#[component]
fn InvitationCreated(i18n: I18n, link: InvitationLink) -> impl IntoView {
    view! {
        <div class="notice invite-created" role="status">
            <p><strong>{t!(i18n, "invite-created")}</strong></p>
            <label for="invite-link">{t!(i18n, "invite-link-label")}</label>
            <input id="invite-link" type="text" readonly value=link.link dir="ltr" autocomplete="off"
                spellcheck="false" aria-describedby="invite-link-hint"/>
            <p id="invite-link-hint">{t!(i18n, "invite-link-hint", days = INVITATION_DAYS)}</p>
        </div>
    }
}

/// A path segment with everything but letters and digits percent-encoded (a token is hex; an
/// address typed by hand must still not change where the form goes).
fn path_segment(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string()
}

/// `/invite/:token`: the new member's email address and chosen password, posted to the server
/// as a plain form. A refused attempt comes back with `?error=<id>`; only account errors are
/// shown (anything else in the address is ignored).
#[component]
pub fn AcceptInvitationPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let action = move || format!("/invite/{}", path_segment(&params.with(|p| p.get("token").unwrap_or_default())));
    let error = {
        let i18n = i18n.clone();
        move || {
            query
                .with(|q| q.get("error"))
                .filter(|id| id.starts_with("account-error-") && i18n.has(id))
                .map(|id| i18n.t(&id))
        }
    };
    let needs_connection = t!(i18n, "invite-accept-needs-connection");
    let status = use_offline_status();
    let offline = move || !status.online.get();
    let title = t!(i18n, "invite-accept-title");
    view! {
        <Title text=title.clone()/>
        <section class="login invite-accept">
            <h1>{title}</h1>
            <p>{t!(i18n, "invite-accept-intro")}</p>
            {move || error().map(|e| view! { <p class="notice error" role="alert">{e}</p> })}
            <form method="post" action=action class="login-form">
                <label for="invite-email">{t!(i18n, "login-email")}</label>
                <input id="invite-email" name="email" type="email" autocomplete="username" required maxlength="254"/>
                <label for="invite-password">{t!(i18n, "invite-accept-password")}</label>
                <p class="note" id="invite-password-hint">
                    {t!(i18n, "invite-accept-password-hint", min = MIN_PASSWORD_CHARS)}
                </p>
                <input id="invite-password" name="password" type="password" autocomplete="new-password" required
                    minlength=MIN_PASSWORD_CHARS.to_string() maxlength=MAX_PASSWORD_CHARS.to_string()
                    aria-describedby="invite-password-hint"/>
                <button type="submit" disabled=offline>{t!(i18n, "invite-accept-submit")}</button>
                {move || offline().then(|| view! { <p class="notice" role="status">{needs_connection.clone()}</p> })}
            </form>
        </section>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_letters_and_digits_stay_in_the_form_address() {
        assert_eq!(super::path_segment("ab12"), "ab12");
        assert_eq!(super::path_segment("../login?x"), "%2E%2E%2Flogin%3Fx");
    }
}
