//! The referral and account pages as lazily loaded routes: their code (the forms, the outbox,
//! the inbox) is cut into separate wasm files (`cargo leptos build --split`) and fetched when
//! a route needs it, so people who only search never download it. The service worker precaches
//! the files, so the routes work offline too.

use leptos::prelude::*;

macro_rules! lazy_page {
    ($(#[$doc:meta])* $route:ident => $page:path) => {
        $(#[$doc])*
        pub struct $route;

        #[cfg(any(feature = "ssr", feature = "hydrate"))]
        #[leptos_router::lazy_route]
        impl leptos_router::LazyRoute for $route {
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
    LoginRoute => crate::accounts::ui::LoginPage
);
lazy_page!(
    /// `/invite/:token`: a new member accepting an invitation
    AcceptInvitationRoute => crate::accounts::invite_page::AcceptInvitationPage
);
lazy_page!(
    /// `/members`: an organisation admin's list of members, with access removal
    MembersRoute => crate::accounts::members_page::MembersPage
);
lazy_page!(
    /// `/members/invite`: an organisation admin inviting a member
    InviteRoute => crate::accounts::invite_page::InvitePage
);
lazy_page!(
    /// `/account/password`: the signed-in user's own password
    PasswordRoute => crate::accounts::password_page::PasswordPage
);
lazy_page!(
    /// `/services/:id/refer`
    ReferRoute => super::refer_page::ReferPage
);
lazy_page!(
    /// `/outbox`
    OutboxRoute => super::outbox_page::OutboxPage
);
lazy_page!(
    /// `/inbox`
    InboxRoute => super::ui::InboxPage
);
lazy_page!(
    /// `/inbox/:id`
    InboxReferralRoute => super::ui::InboxReferralPage
);
