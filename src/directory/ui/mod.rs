//! The directory's pages and the pieces they share.

pub mod format;
mod organisation_page;
mod search_page;
pub mod service_page;

use leptos::prelude::*;

pub use search_page::SearchPage;

crate::referrals::routes::lazy_page!(
    /// `/services/:id`
    ServiceRoute => crate::directory::ui::service_page::ServicePage, service_route_view, messages []
);
crate::referrals::routes::lazy_page!(
    /// `/organisations/:id`
    OrganisationRoute => crate::directory::ui::organisation_page::OrganisationPage, organisation_route_view, messages []
);

use crate::{
    directory::model::{Now, ServiceCard},
    i18n::use_i18n,
    t,
};

/// One result in a list: the key facts, linking to the service page.
#[component]
pub fn ServiceCardView(card: ServiceCard, now: Now) -> impl IntoView {
    let i18n = use_i18n();
    let (status_class, status_text) = format::open_status(&i18n, card.status, card.open, now);
    let needs = card.needs.iter().map(|n| format::need_name(&i18n, *n)).collect::<Vec<_>>().join(" · ");
    let languages = format::list(&i18n, &card.languages.iter().map(|c| format::language_name(&i18n, c)).collect::<Vec<_>>());
    let ages = format::ages(&i18n, card.min_age, card.max_age);
    let href = format!("/services/{}", card.id);
    view! {
        <li class="card">
            <h3 class="card-title" dir="auto"><a href=href>{card.name.clone()}</a></h3>
            <p class="card-org" dir="auto">{card.organisation_name.clone()}</p>
            <p class=format!("status status-{status_class}")>{status_text}</p>
            <p class="card-summary" dir="auto">{card.summary.clone()}</p>
            <ul class="facts" aria-label=t!(i18n, "card-facts-label")>
                <li>{needs}</li>
                {(!card.neighbourhoods.is_empty()).then(|| view! { <li>{format::list(&i18n, &card.neighbourhoods)}</li> })}
                <li>{t!(i18n, "card-languages", languages = languages)}</li>
                <li>{ages}</li>
                {card.free.then(|| view! { <li class="badge">{t!(i18n, "badge-free")}</li> })}
                {card.accepts_referrals.then(|| view! { <li class="badge">{t!(i18n, "badge-referrals")}</li> })}
            </ul>
        </li>
    }
}
