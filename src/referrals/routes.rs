//! The referral and account pages as lazily loaded routes: their code (the forms, the outbox,
//! the inbox) is cut into separate wasm files (`cargo leptos build --split`) and fetched when
//! a route needs it, so people who only search never download it. The service worker precaches
//! the files, so the routes work offline too.

use leptos::prelude::*;

macro_rules! lazy_page {
    // A page that uses only the messages every page carries: its code, cut into a wasm file of
    // its own in the browser, as `#[lazy_route]` makes it.
    ($(#[$doc:meta])* $route:ident => $page:path, $view:ident, messages []) => {
        #[cfg(any(feature = "ssr", feature = "hydrate"))]
        mod $view {
            use super::*;

            #[leptos::lazy($view)]
            pub fn page(route: super::$route) -> AnyView {
                let _ = route;
                view! { <$page/> }.into_any()
            }
        }

        $crate::referrals::routes::lazy_page!(@route $(#[$doc])* $route => $page, $view, []);
    };
    // A page with message files of its own ([`crate::i18n::PageFile`]): reached by following a
    // link from a page that came without them, it reads them first (`i18n::load`), in its own
    // wasm file (the main module does not carry that step for every route). Hydrating, the
    // page has them: the server sends a page with its route's files
    // (`i18n::server::page_source`), and the step ends at once, as hydrating needs.
    ($(#[$doc:meta])* $route:ident => $page:path, $view:ident, messages [$($file:ident),+]) => {
        #[cfg(any(feature = "ssr", feature = "hydrate"))]
        mod $view {
            use super::*;

            #[leptos::lazy($view)]
            pub async fn page(route: super::$route) -> AnyView {
                let _ = route;
                #[cfg(feature = "hydrate")]
                $crate::i18n::load(super::$route::MESSAGES).await;
                view! { <$page/> }.into_any()
            }
        }

        $crate::referrals::routes::lazy_page!(@route $(#[$doc])* $route => $page, $view, [$($file),+]);
    };
    (@route $(#[$doc:meta])* $route:ident => $page:path, $view:ident, [$($file:ident),*]) => {
        $(#[$doc])*
        pub struct $route;

        impl $route {
            /// The message files the page uses beyond those every page carries.
            #[allow(dead_code)]
            pub const MESSAGES: &'static [$crate::i18n::PageFile] = &[$($crate::i18n::$file),*];
        }

        // `#[lazy_route]`, written out (the page's function above is in a module of its own,
        // which gives its preload function a name of its own).
        #[cfg(any(feature = "ssr", feature = "hydrate"))]
        impl leptos_router::LazyRoute for $route {
            fn data() -> Self {
                $route
            }

            async fn view(this: Self) -> AnyView {
                $view::page(this).await
            }

            // The router waits for this before it hydrates the page, which needs the page's
            // code there at once, or follows a link to it.
            async fn preload() {
                #[cfg(feature = "hydrate")]
                $view::__preload_page().await;
            }
        }

        // The search-only benchmark build (feature `bench`) is neither server nor browser app,
        // and has no lazy loading to hook into: a plain route there.
        #[cfg(not(any(feature = "ssr", feature = "hydrate")))]
        impl leptos_router::LazyRoute for $route {
            fn data() -> Self {
                $route
            }

            async fn view(this: Self) -> AnyView {
                let _ = this;
                view! { <$page/> }.into_any()
            }
        }
    };
}

pub(crate) use lazy_page;

lazy_page!(
    /// `/login`
    LoginRoute => crate::accounts::ui::LoginPage, login_route_view, messages []
);
lazy_page!(
    /// `/members`, `/members/invite`, `/invite/:token`, `/account/password`: the account pages
    AccountsRoute => AccountPages, accounts_route_view, messages [ACCOUNTS]
);
lazy_page!(
    /// `/services/:id/refer` and `/outbox`: referring a family, and the referrals on this phone
    ReferRoute => ReferralPages, refer_route_view, messages [REFERRALS]
);
lazy_page!(
    /// `/inbox` and `/inbox/:id`: the referrals an organisation has received
    InboxRoute => InboxPages, inbox_route_view, messages [INBOX, REFERRALS]
);

// Pages that share their messages share a route too (as the listings pages do): each route
// costs the main module bytes, and a page of the kind is most often followed by another
// (saving a referral opens the outbox; the inbox opens a referral). The router shows the page
// again when the address matches another of its `<Route>`s, so each picks its page once.

/// The page of [`AccountsRoute`] for the address.
#[component]
fn AccountPages() -> impl IntoView {
    use crate::accounts::{invite_page, members_page, password_page};
    let path = leptos_router::hooks::use_location().pathname.get_untracked();
    match path.trim_end_matches('/') {
        "/members" => view! { <members_page::MembersPage/> }.into_any(),
        "/members/invite" => view! { <invite_page::InvitePage/> }.into_any(),
        "/account/password" => view! { <password_page::PasswordPage/> }.into_any(),
        _ => view! { <invite_page::AcceptInvitationPage/> }.into_any(),
    }
}

/// The page of [`ReferRoute`] for the address: the form for a service, else the outbox.
#[component]
fn ReferralPages() -> impl IntoView {
    let service = leptos_router::hooks::use_params_map().with_untracked(|p| p.get("id").is_some());
    if service { view! { <super::refer_page::ReferPage/> }.into_any() } else { view! { <super::outbox_page::OutboxPage/> }.into_any() }
}

/// The page of [`InboxRoute`] for the address: one referral, else the list.
#[component]
fn InboxPages() -> impl IntoView {
    let referral = leptos_router::hooks::use_params_map().with_untracked(|p| p.get("id").is_some());
    if referral { view! { <super::ui::InboxReferralPage/> }.into_any() } else { view! { <super::ui::InboxPage/> }.into_any() }
}
