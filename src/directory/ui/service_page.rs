//! A service: everything a worker needs to signpost a family to it.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::format;
use crate::{
    directory::{
        model::{Location, Phone, Service},
        read::ServicePage as Page,
        source,
    },
    i18n::I18n,
    layout::loaded_page,
    sync::status::use_offline_status,
    t,
};

#[component]
pub fn ServicePage() -> impl IntoView {
    let params = use_params_map();
    let status = use_offline_status();
    let page = Resource::new(
        move || (params.with(|p| p.get("id").unwrap_or_default()), status.version.get()),
        |(id, _)| source::service(id),
    );
    loaded_page(page, |i18n, page| view! { <ServiceView i18n page/> })
}

#[component]
fn ServiceView(i18n: I18n, page: Page) -> impl IntoView {
    let Page { service: s, organisation: org, now } = page;
    let (status_class, status_text) = format::open_status(&i18n, s.status, s.hours.status_at(now), now);
    let org_href = format!("/organisations/{}", org.id);
    let needs = s.needs.iter().map(|n| format::need_name(&i18n, *n)).collect::<Vec<_>>();
    let languages = format::list(&i18n, &s.languages.iter().map(|c| format::language_name(&i18n, c)).collect::<Vec<_>>());
    let access = access_list(&i18n, &s);
    // Checked by its organisation, but not for over a year (twice the default review period).
    let today = crate::directory::hours::london_local(now).date();
    let stale = s.last_reviewed.is_some()
        && crate::listings::model::freshness(s.last_reviewed, today, crate::listings::model::REVIEW_MONTHS)
            == crate::listings::model::Freshness::Stale;
    view! {
        <Title text=s.name.clone()/>
        <article class="service">
            <h1 dir="auto">{s.name.clone()}</h1>
            <p class="by">{t!(i18n, "service-by")}" "<a href=org_href dir="auto">{org.name.clone()}</a></p>
            <p class=format!("status status-{status_class}")>{status_text}</p>
            {s.accepts_referrals.then(|| view! {
                <p class="badge">{t!(i18n, "badge-referrals")}</p>
                <p><a class="button" href=format!("/services/{}/refer", s.id)>{t!(i18n, "refer-link")}</a></p>
            })}

            <section aria-labelledby="about">
                <h2 id="about">{t!(i18n, "service-about")}</h2>
                <p class="description" dir="auto">{s.description.clone()}</p>
                <ul class="tags" aria-label=t!(i18n, "service-needs")>
                    {needs.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                </ul>
            </section>

            <section aria-labelledby="who">
                <h2 id="who">{t!(i18n, "service-who")}</h2>
                <p>{format::ages(&i18n, s.min_age, s.max_age)}</p>
                {s.eligibility.clone().map(|e| view! { <p dir="auto">{e}</p> })}
                <p>
                    {if s.free { t!(i18n, "service-free") } else { t!(i18n, "service-not-free") }}
                    {s.fees.clone().map(|f| view! { " " <span dir="auto">{f}</span> })}
                </p>
            </section>

            <section aria-labelledby="how">
                <h2 id="how">{t!(i18n, "service-how")}</h2>
                <ul>{access.into_iter().map(|a| view! { <li>{a}</li> }).collect_view()}</ul>
            </section>

            <section aria-labelledby="hours">
                <h2 id="hours">{t!(i18n, "service-hours")}</h2>
                <HoursTable i18n=i18n.clone() service=s.clone() today=today/>
            </section>

            <section aria-labelledby="languages">
                <h2 id="languages">{t!(i18n, "service-languages")}</h2>
                <p>{languages}</p>
            </section>

            <section aria-labelledby="contact">
                <h2 id="contact">{t!(i18n, "service-contact")}</h2>
                <ContactLinks i18n=i18n.clone() phones=s.phones.clone() email=s.email.clone() website=s.website.clone()/>
            </section>

            {(!s.locations.is_empty()).then(|| view! {
                <section aria-labelledby="where">
                    <h2 id="where">{t!(i18n, "service-where")}</h2>
                    <ul class="places">
                        {s.locations.iter().map(|l| view! { <LocationView i18n=i18n.clone() location=l.clone()/> }).collect_view()}
                    </ul>
                </section>
            })}
            {(!s.areas.is_empty()).then(|| view! {
                <p>{t!(i18n, "service-areas", areas = format::list(&i18n, &s.areas))}</p>
            })}

            {s.last_reviewed.map(|d| view! {
                <p class="reviewed">{t!(i18n, "service-last-reviewed", date = format::date(&i18n, d))}</p>
            })}
            {stale.then(|| view! { <p class="notice warning" role="note">{t!(i18n, "service-may-be-out-of-date")}</p> })}
            // A full page load: the report page's messages travel with it (and offline, with the app shell).
            <p><a href=format!("/services/{}/report", s.id) rel="external">{t!(i18n, "service-report-link")}</a></p>
        </article>
    }
}

/// How to get help from a service, in words (also a listing's "how to get help" before and after).
pub fn access_list(i18n: &crate::i18n::Localizer, s: &Service) -> Vec<String> {
    let mut out = Vec::new();
    if s.access.drop_in {
        out.push(t!(i18n, "access-drop-in"));
    }
    if s.access.self_referral {
        out.push(t!(i18n, "access-self-referral"));
    }
    if s.access.professional_referral {
        out.push(t!(i18n, "access-professional-referral"));
    }
    if s.access.phone {
        out.push(t!(i18n, "access-phone"));
    }
    if s.access.appointment {
        out.push(t!(i18n, "access-appointment"));
    }
    if s.accepts_referrals {
        out.push(t!(i18n, "access-signpost-referral"));
    }
    if out.is_empty() {
        out.push(t!(i18n, "access-contact"));
    }
    out
}

/// The weekly hours, then the closures and the special hours still to come.
#[component]
fn HoursTable(i18n: I18n, service: Service, today: chrono::NaiveDate) -> impl IntoView {
    let hours = service.hours;
    let table = if hours.periods.is_empty() {
        view! { <p>{t!(i18n, "hours-none")}</p> }.into_any()
    } else {
        let rows = (1..=7u8)
            .map(|day| {
                let periods = hours.periods_on(day);
                let text = if periods.is_empty() {
                    t!(i18n, "hours-closed")
                } else {
                    format::list(&i18n, &periods.iter().map(|p| format::period(&i18n, p.opens, p.closes)).collect::<Vec<_>>())
                };
                view! { <tr><th scope="row">{format::day_name(&i18n, day)}</th><td>{text}</td></tr> }
            })
            .collect_view();
        view! {
            <table class="hours">
                <caption class="visually-hidden">{t!(i18n, "hours-caption")}</caption>
                <tbody>{rows}</tbody>
            </table>
        }
        .into_any()
    };
    let note = |n: Option<String>| n.map(|n| view! { " " <span dir="auto">{n}</span> });
    let closures = hours
        .closures
        .iter()
        .map(|c| {
            let text = t!(i18n, "hours-closure", from = format::date(&i18n, c.from), to = format::date(&i18n, c.to));
            view! { <li>{text}{note(c.note.clone())}</li> }
        })
        .collect_view();
    let special = hours.special_from(today);
    let has_special = !special.is_empty();
    let special = special
        .into_iter()
        .map(|h| {
            let times = format::period(&i18n, h.opens, h.closes);
            let text = if h.from == h.to {
                t!(i18n, "hours-special-day", date = format::date(&i18n, h.from), times = times)
            } else {
                t!(i18n, "hours-special", from = format::date(&i18n, h.from), to = format::date(&i18n, h.to), times = times)
            };
            view! { <li>{text}{note(h.note.clone())}</li> }
        })
        .collect_view();
    view! {
        {table}
        {(!hours.closures.is_empty()).then(|| view! { <ul class="closures">{closures}</ul> })}
        {has_special.then(|| view! { <ul class="closures">{special}</ul> })}
    }
}

/// Tap to call, text and email; and the website.
#[component]
pub fn ContactLinks(i18n: I18n, phones: Vec<Phone>, email: Option<String>, website: Option<String>) -> impl IntoView {
    let phone_items = phones
        .into_iter()
        .map(|p| {
            let dial = p.dial_string();
            let call = t!(i18n, "contact-call", number = p.number.clone());
            let text = p.takes_texts().then(|| {
                let label = t!(i18n, "contact-text", number = p.number.clone());
                view! { <a class="button" href=format!("sms:{dial}")>{label}</a> }
            });
            view! {
                <li>
                    <a class="button" href=format!("tel:{dial}")>{call}</a>
                    {text}
                    {p.description.map(|d| view! { <span class="note" dir="auto">{d}</span> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="contact">
            {phone_items}
            {email.map(|e| {
                let label = t!(i18n, "contact-email", email = e.clone());
                view! { <li><a class="button" href=format!("mailto:{e}")>{label}</a></li> }
            })}
            {website.map(|w| view! { <li><a href=w.clone() rel="noopener" target="_blank">{t!(i18n, "contact-website")}</a></li> })}
        </ul>
    }
}

#[component]
fn LocationView(i18n: I18n, location: Location) -> impl IntoView {
    let map = match (location.latitude, location.longitude) {
        (Some(lat), Some(lon)) => {
            let (lat, lon) = (coordinate(lat), coordinate(lon));
            format!("https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=18/{lat}/{lon}")
        }
        _ => format!("https://www.openstreetmap.org/search?query={}", location.one_line().replace(' ', "+")),
    };
    view! {
        <li>
            {location.name.clone().map(|n| view! { <strong dir="auto">{n}</strong><br/> })}
            <span dir="auto">{location.one_line()}</span>
            <br/>
            {location.neighbourhood.clone().map(|n| view! { <span class="note" dir="auto">{n}</span><br/> })}
            <a href=map rel="noopener" target="_blank">{t!(i18n, "location-map")}</a>
        </li>
    }
}

/// A coordinate with five decimals (about a metre), formatted with integer arithmetic: float
/// formatting is large in the browser bundle.
fn coordinate(x: f64) -> String {
    let micro = (x * 100_000.0).round() as i64;
    let sign = if micro < 0 { "-" } else { "" };
    let micro = micro.unsigned_abs();
    format!("{sign}{}.{:05}", micro / 100_000, micro % 100_000)
}

#[cfg(test)]
mod tests {
    #[test]
    fn coordinates_have_five_decimals() {
        assert_eq!(super::coordinate(52.6317), "52.63170");
        assert_eq!(super::coordinate(-1.1104), "-1.11040");
        assert_eq!(super::coordinate(-0.000004), "0.00000");
        assert_eq!(super::coordinate(-0.5), "-0.50000");
    }
}
