//! Home: find a service by words and filters. The form is a plain GET form, so it works without
//! JavaScript; once hydrated, results follow as you type and filters apply on change, with the
//! search kept in the URL either way.

use std::time::Duration;

use leptos::{html::Input, prelude::*};
use leptos_meta::Title;
use leptos_router::{
    NavigateOptions,
    hooks::{use_navigate, use_query_map},
    params::ParamsMap,
};

use super::{ServiceCardView, format};
use crate::{
    directory::{
        needs::Need,
        read::{FilterOptions, SearchPage as Results},
        source,
    },
    i18n::{I18n, use_i18n},
    layout::ErrorNotice,
    search::Query,
    sync::status::use_offline_status,
    t,
};

/// Delay after the last keystroke before searching.
const TYPING_PAUSE: Duration = Duration::from_millis(250);

/// "/?q=…&need=…" for a query.
pub fn search_href(q: &Query) -> String {
    format!("/{}", ParamsMap::from_iter(q.to_pairs()).to_query_string())
}

/// The timer of a search waiting for the typing pause (at most one).
#[derive(Clone, Default)]
struct TypingPause(std::sync::Arc<std::sync::Mutex<Option<TimeoutHandle>>>);

impl TypingPause {
    fn replace(&self, timer: Option<TimeoutHandle>) {
        let old = std::mem::replace(&mut *self.0.lock().unwrap_or_else(|e| e.into_inner()), timer);
        if let Some(old) = old {
            old.clear();
        }
    }

    fn cancel(&self) {
        if let Some(timer) = self.0.lock().unwrap_or_else(|e| e.into_inner()).take() {
            timer.clear();
        }
    }
}

#[component]
pub fn SearchPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_query_map();
    let query = Memo::new(move |_| params.with(|p| Query::from_pairs(p.into_iter().map(|(k, v)| (k.as_ref(), v)))));
    let status = use_offline_status();
    // Keyed on the saved copy's version too: a sync that changes the directory refreshes them.
    let options = Resource::new(move || status.version.get(), |_| source::filter_options());
    let results = Resource::new(move || (query.get(), status.version.get()), |(q, _)| source::search(q));

    let navigate = use_navigate();
    let go = move |q: Query, replace: bool| {
        navigate(&search_href(&q), NavigateOptions { replace, scroll: false, ..NavigateOptions::default() });
    };
    let text_input = NodeRef::<Input>::new();
    // The search that typing will start once the typing pause has passed. A search pressed
    // before then, or leaving the page, cancels it: else it would take the worker back here
    // from the service they had just opened (and, the page gone, read what no longer exists).
    let pending = TypingPause::default();
    on_cleanup({
        let pending = pending.clone();
        move || pending.cancel()
    });

    let on_input = {
        let go = go.clone();
        let pending = pending.clone();
        move |ev: leptos::ev::Event| {
            let text = event_target_value(&ev);
            let go = go.clone();
            pending.replace(set_timeout_with_handle(
                move || go(Query { text, page: 1, ..query.get_untracked() }, true),
                TYPING_PAUSE,
            )
            .ok());
        }
    };
    let on_submit = {
        let go = go.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            pending.cancel();
            let text = text_input.get().map(|i| i.value()).unwrap_or_default();
            go(Query { text, page: 1, ..query.get_untracked() }, false);
        }
    };
    let change = move |apply: fn(&mut Query, String, bool)| {
        let go = go.clone();
        move |ev: leptos::ev::Event| {
            let mut q = query.get_untracked();
            apply(&mut q, event_target_value(&ev), event_target_checked(&ev));
            q.page = 1;
            go(q, false);
        }
    };

    let initial = query.get_untracked();
    let active_filters = initial.filter_count();
    let title = t!(i18n, "search-title");
    let (filters_i18n, results_i18n, loading_i18n) = (i18n.clone(), i18n.clone(), i18n.clone());
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <form class="search" method="get" action="/" role="search" on:submit=on_submit>
            <label for="q">{t!(i18n, "search-label")}</label>
            <div class="search-row">
                <input
                    id="q"
                    name="q"
                    type="search"
                    node_ref=text_input
                    value=initial.text.clone()
                    // Follows the URL (a link that clears the search, Back), and equals what
                    // was typed once the typing pause has passed.
                    prop:value=move || query.with(|q| q.text.clone())
                    autocomplete="off"
                    maxlength="200"
                    placeholder=t!(i18n, "search-placeholder")
                    on:input=on_input
                />
                <button type="submit">{t!(i18n, "search-button")}</button>
            </div>
            // Collapsed until wanted, so results come first on a small screen; open when a
            // filter is in use.
            <details class="filters-panel" open=initial.has_filters()>
            <summary id="filters-summary">
                {t!(i18n, "filters-legend")}
                {(active_filters > 0).then(|| view! { " " <span class="count">{active_filters}</span> })}
            </summary>
            <div class="filters" role="group" aria-labelledby="filters-summary">
                <Transition fallback=|| ()>
                    {
                        let change = change.clone();
                        move || {
                            let i18n = filters_i18n.clone();
                            let change = change.clone();
                            Suspend::new(async move {
                                let options = options.await.unwrap_or_default();
                                view! { <Filters i18n options query change/> }
                            })
                        }
                    }
                </Transition>
            </div>
            </details>
            <p class="clear"><a href="/">{t!(i18n, "filters-clear")}</a></p>
        </form>
        <Transition fallback=move || view! { <p class="loading">{t!(loading_i18n, "loading")}</p> }>
            {
                move || {
                    let i18n = results_i18n.clone();
                    Suspend::new(async move {
                        match results.await {
                            Ok(page) => view! { <ResultList i18n page query=query.get_untracked()/> }.into_any(),
                            Err(error) => view! { <ErrorNotice error/> }.into_any(),
                        }
                    })
                }
            }
        </Transition>
    }
}

/// The filter controls. Each applies as soon as it changes when hydrated; without JavaScript
/// they are submitted with the form.
#[component]
fn Filters<C, H>(i18n: I18n, options: FilterOptions, query: Memo<Query>, change: C) -> impl IntoView
where
    C: Fn(fn(&mut Query, String, bool)) -> H + Clone + Send + Sync + 'static,
    H: Fn(leptos::ev::Event) + 'static,
{
    let q = query.get_untracked();
    let need_options = Need::ALL
        .iter()
        .map(|n| {
            let code = n.code();
            let selected = move || query.with(|q| q.need.map(Need::code) == Some(code));
            view! { <option value=code selected=selected>{format::need_name(&i18n, *n)}</option> }
        })
        .collect_view();
    let area_options = options
        .neighbourhoods
        .into_iter()
        .map(|a| {
            let value = a.clone();
            let selected = move || query.with(|q| q.area.as_deref() == Some(value.as_str()));
            view! { <option value=a.clone() selected=selected>{a.clone()}</option> }
        })
        .collect_view();
    let language_options = options
        .languages
        .into_iter()
        .map(|code| {
            let value = code.clone();
            let selected = move || query.with(|q| q.language.as_deref() == Some(value.as_str()));
            view! { <option value=code.clone() selected=selected>{format::language_name(&i18n, &code)}</option> }
        })
        .collect_view();
    view! {
        <div class="filter">
            <label for="need">{t!(i18n, "filter-need")}</label>
            <select id="need" name="need" on:change=change(|q, v, _| q.need = Need::from_code(&v))>
                <option value="">{t!(i18n, "filter-any-need")}</option>
                {need_options}
            </select>
        </div>
        <div class="filter">
            <label for="area">{t!(i18n, "filter-area")}</label>
            <select id="area" name="area" on:change=change(|q, v, _| q.area = Some(v).filter(|v| !v.is_empty()))>
                <option value="">{t!(i18n, "filter-any-area")}</option>
                {area_options}
            </select>
        </div>
        <div class="filter">
            <label for="language">{t!(i18n, "filter-language")}</label>
            <select id="language" name="language" on:change=change(|q, v, _| q.language = Some(v).filter(|v| !v.is_empty()))>
                <option value="">{t!(i18n, "filter-any-language")}</option>
                {language_options}
            </select>
        </div>
        <div class="filter">
            <label for="age">{t!(i18n, "filter-age")}</label>
            <input
                id="age"
                name="age"
                type="number"
                inputmode="numeric"
                min="0"
                max="120"
                value=q.age.map(|a| a.to_string())
                on:change=change(|q, v, _| q.age = v.trim().parse().ok().filter(|a| *a <= 120))
            />
        </div>
        <div class="checks">
            <label class="check">
                <input type="checkbox" name="free" value="1" prop:checked=move || query.with(|q| q.free) checked=q.free
                    on:change=change(|q, _, on| q.free = on)/>
                {t!(i18n, "filter-free")}
            </label>
            <label class="check">
                <input type="checkbox" name="open" value="1" prop:checked=move || query.with(|q| q.open_now) checked=q.open_now
                    on:change=change(|q, _, on| q.open_now = on)/>
                {t!(i18n, "filter-open-now")}
            </label>
            <label class="check">
                <input type="checkbox" name="referrals" value="1" prop:checked=move || query.with(|q| q.accepts_referrals)
                    checked=q.accepts_referrals on:change=change(|q, _, on| q.accepts_referrals = on)/>
                {t!(i18n, "filter-referrals")}
            </label>
        </div>
    }
}

#[component]
fn ResultList(i18n: I18n, page: Results, query: Query) -> impl IntoView {
    let now = page.now;
    let count = t!(i18n, "results-count", count = page.total);
    let prev = (page.page > 1).then(|| search_href(&Query { page: page.page - 1, ..query.clone() }));
    let next = (page.page < page.pages).then(|| search_href(&Query { page: page.page + 1, ..query.clone() }));
    let empty = page.cards.is_empty();
    view! {
        <section class="results" aria-labelledby="results-heading" aria-live="polite">
            <h2 id="results-heading">{count}</h2>
            {empty.then(|| view! { <p class="empty">{t!(i18n, "results-empty")}</p> })}
            <ul class="cards">
                {page.cards.into_iter().map(|card| view! { <ServiceCardView card now/> }).collect_view()}
            </ul>
            {(page.pages > 1).then(|| view! {
                <nav class="pager" aria-label=t!(i18n, "pager-label")>
                    {prev.map(|href| view! { <a href=href rel="prev">{t!(i18n, "pager-previous")}</a> })}
                    <span>{t!(i18n, "pager-position", page = page.page, pages = page.pages)}</span>
                    {next.map(|href| view! { <a href=href rel="next">{t!(i18n, "pager-next")}</a> })}
                </nav>
            })}
        </section>
    }
}
