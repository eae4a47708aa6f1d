//! An organisation and its services.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::{ServiceCardView, format, service_page::ContactLinks};
use crate::{
    directory::{read::OrganisationPage as Page, source},
    i18n::I18n,
    layout::loaded_page,
    sync::status::use_offline_status,
    t,
};

#[component]
pub fn OrganisationPage() -> impl IntoView {
    let params = use_params_map();
    let status = use_offline_status();
    let page = Resource::new(
        move || (params.with(|p| p.get("id").unwrap_or_default()), status.version.get()),
        |(id, _)| source::organisation(id),
    );
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
            // The areas it works in, as its services' pages say theirs.
            {(!o.areas.is_empty()).then(|| view! { <p>{t!(i18n, "service-areas", areas = format::list(&i18n, &o.areas))}</p> })}
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
