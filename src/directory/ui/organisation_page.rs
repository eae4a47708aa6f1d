//! An organisation and its services.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::{ServiceCardView, service_page::ContactLinks};
use crate::{
    directory::{api::get_organisation, read::OrganisationPage as Page},
    i18n::I18n,
    layout::loaded_page,
    t,
};

#[component]
pub fn OrganisationPage() -> impl IntoView {
    let params = use_params_map();
    let page = Resource::new(move || params.with(|p| p.get("id").unwrap_or_default()), get_organisation);
    loaded_page(page, |i18n, page| view! { <OrganisationView i18n page/> })
}

#[component]
fn OrganisationView(i18n: I18n, page: Page) -> impl IntoView {
    let Page { organisation: o, services, now } = page;
    let heading = t!(i18n, "organisation-services", count = services.len());
    view! {
        <Title text=o.name.clone()/>
        <article class="organisation">
            <h1 dir="auto">{o.name.clone()}</h1>
            <p class="description" dir="auto">{o.description.clone()}</p>
            <section aria-labelledby="contact">
                <h2 id="contact">{t!(i18n, "service-contact")}</h2>
                <ContactLinks i18n=i18n.clone() phones=o.phones.clone() email=o.email.clone() website=o.website.clone()/>
            </section>
            <section aria-labelledby="services">
                <h2 id="services">{heading}</h2>
                <ul class="cards">
                    {services.into_iter().map(|card| view! { <ServiceCardView card now/> }).collect_view()}
                </ul>
            </section>
        </article>
    }
}
