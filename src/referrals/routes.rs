//! The referral and account pages as lazily loaded routes: their code (the forms, the outbox,
//! the inbox) is cut into separate wasm files (`cargo leptos build --split`) and fetched when
//! a route needs it, so people who only search never download it. The service worker precaches
//! the files, so the routes work offline too.

use leptos::prelude::*;
use leptos_router::LazyRoute;
#[cfg(any(feature = "ssr", feature = "hydrate"))]
use leptos_router::lazy_route;

macro_rules! lazy_page {
    ($(#[$doc:meta])* $route:ident => $page:path) => {
        $(#[$doc])*
        pub struct $route;

        #[cfg(any(feature = "ssr", feature = "hydrate"))]
        #[lazy_route]
        impl LazyRoute for $route {
            fn data() -> Self {
                $route
            }

            fn view(this: Self) -> AnyView {
                let _ = this;
                view! { <$page/> }.into_any()
            }
        }

        // The search-only benchmark build (feature `bench`) is neither server nor browser app,
        // and has no lazy loading to hook into: a plain route there.
        #[cfg(not(any(feature = "ssr", feature = "hydrate")))]
        impl LazyRoute for $route {
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

/// `/login`, and `/invite/:token` (accepting an invitation): the pages for getting in, in one
/// lazily loaded file. (Each lazy route is a split point, and the splitter's output grew the
/// first download by tens of KiB when two more were added: fewer, larger split points.)
pub struct LoginRoute;

#[lazy_route]
impl LazyRoute for LoginRoute {
    fn data() -> Self {
        LoginRoute
    }

    fn view(this: Self) -> AnyView {
        let _ = this;
        let path = leptos_router::hooks::use_location().pathname.get_untracked();
        if path.starts_with("/invite/") {
            view! { <crate::accounts::invite_page::AcceptInvitationPage/> }.into_any()
        } else {
            view! { <crate::accounts::ui::LoginPage/> }.into_any()
        }
    }
}
lazy_page!(
    /// `/services/:id/refer`
    ReferRoute => super::refer_page::ReferPage
);
lazy_page!(
    /// `/outbox`
    OutboxRoute => super::outbox_page::OutboxPage
);
/// `/inbox`, and `/members/invite` (organisation admins inviting members), in one lazily
/// loaded file.
pub struct InboxRoute;

#[lazy_route]
impl LazyRoute for InboxRoute {
    fn data() -> Self {
        InboxRoute
    }

    fn view(this: Self) -> AnyView {
        let _ = this;
        let path = leptos_router::hooks::use_location().pathname.get_untracked();
        if path.starts_with("/members/invite") {
            view! { <crate::accounts::invite_page::InvitePage/> }.into_any()
        } else {
            view! { <super::ui::InboxPage/> }.into_any()
        }
    }
}
lazy_page!(
    /// `/inbox/:id`
    InboxReferralRoute => super::ui::InboxReferralPage
);
