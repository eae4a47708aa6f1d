//! `/members`: an organisation admin sees who in their organisation can sign in, and takes
//! access away from someone who has left. Each removal is an [`ActionForm`] posting to
//! [`remove_member`], so it works without JavaScript (a plain form post is sent back to the
//! page); with JavaScript the list is read again when a removal completes.

use leptos::prelude::*;
use leptos_meta::Title;

use super::{
    api::{RemoveMember, members_page},
    model::{MembersOverview, Role, UnsentOnDevice},
    ui::{Gate, action_result, signed_in_page},
};
use crate::{
    directory::{hours::london_local, ui::format},
    i18n::{I18n, Localizer},
    t,
};

/// What the members page shows to a visitor who may not see it.
const MEMBERS_GATE: Gate = Gate { title: "members-title", signed_out: "members-sign-in-needed", forbidden: "members-forbidden" };

#[component]
pub fn MembersPage() -> impl IntoView {
    // Made outside the data, so that it survives the list being read again.
    let remove = ServerAction::<RemoveMember>::new();
    let members = Resource::new(move || remove.version().get(), |_| members_page());
    signed_in_page(members, MEMBERS_GATE, move |i18n, members| view! { <MembersView i18n members remove/> })
}

fn role_name(l: &Localizer, role: Role) -> String {
    match role {
        Role::Worker => t!(l, "invite-role-worker"),
        Role::OrgAdmin => t!(l, "invite-role-org-admin"),
        Role::Coordinator => t!(l, "members-role-coordinator"),
    }
}

/// The day someone joined, as Leicester's date.
fn joined(l: &Localizer, ms: i64) -> String {
    let date = chrono::DateTime::from_timestamp_millis(ms).map(|utc| format::date(l, london_local(utc).date()));
    t!(l, "members-joined", date = date.unwrap_or_default())
}

#[component]
fn MembersView(i18n: I18n, members: MembersOverview, remove: ServerAction<RemoveMember>) -> impl IntoView {
    let title = t!(i18n, "members-title");
    let unsent = (!members.unsent.is_empty()).then(|| view! { <UnsentNotice i18n=i18n.clone() unsent=members.unsent.clone()/> });
    let members = members.members;
    let busy = move || remove.pending().get();
    let items = members
        .into_iter()
        .map(|m| {
            let about = format!("{} · {}", role_name(&i18n, m.role), joined(&i18n, m.joined_at_ms));
            let action = if m.you {
                view! { <p class="note">{t!(i18n, "members-you")}</p> }.into_any()
            } else {
                let label = t!(i18n, "members-remove", email = m.email.clone());
                let short = t!(i18n, "members-remove-short");
                view! {
                    <ActionForm action=remove>
                        <input type="hidden" name="id" value=m.id.clone()/>
                        <button type="submit" class="secondary" disabled=busy aria-label=label>
                            {short}
                        </button>
                    </ActionForm>
                }
                .into_any()
            };
            view! {
                <li class="member">
                    <p><strong dir="ltr">{m.email}</strong></p>
                    <p class="note">{about}</p>
                    {action}
                </li>
            }
        })
        .collect_view();
    view! {
        <Title text=title.clone()/>
        <section class="members">
            <p><a href="/inbox">{t!(i18n, "inbox-back")}</a></p>
            <h1>{title}</h1>
            <p>{t!(i18n, "members-intro")}</p>
            {action_result(i18n.clone(), "members-removed", move || remove.value().get())}
            {unsent}
            <ul class="member-list">{items}</ul>
            <p><a class="button" href="/members/invite">{t!(i18n, "invite-member-link")}</a></p>
        </section>
    }
}

/// Referrals that members whose access was removed left unsent on a phone: they can never be
/// sent, so the families must be reached another way.
#[component]
fn UnsentNotice(i18n: I18n, unsent: Vec<UnsentOnDevice>) -> impl IntoView {
    let items = unsent
        .into_iter()
        .map(|u| {
            let since = chrono::DateTime::from_timestamp_millis(u.oldest_ms).map(|utc| format::date(&i18n, london_local(utc).date()));
            let text = t!(i18n, "members-unsent-item", count = u.count, since = since.unwrap_or_default());
            view! { <li><strong dir="ltr">{u.email}</strong>": "{text}</li> }
        })
        .collect_view();
    view! {
        <div class="notice" role="note">
            <p>{t!(i18n, "members-unsent-intro")}</p>
            <ul>{items}</ul>
        </div>
    }
}
