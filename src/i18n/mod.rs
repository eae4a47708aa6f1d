//! Translations: every user-visible string comes from Fluent files under `locales/`.
//!
//! We use `fluent-bundle` (Project Fluent's own Rust crate) directly and ship translations to the
//! browser as data: the server renders with every locale compiled in, and puts the active
//! locale's Fluent source into the page so the wasm bundle can build the same messages without
//! carrying every language in its binary (ARCHITECTURE.md, "Translations").
//!
//! `locales/locales.toml` lists the shipped locales (their own names, text direction and whether
//! a fluent speaker has reviewed them); `build.rs` turns it into [`LOCALES`].

use std::{ops::Deref, sync::Arc};

pub use fluent_bundle::FluentArgs;
use fluent_bundle::{FluentResource, concurrent::FluentBundle};
use unic_langid::LanguageIdentifier;

#[cfg(feature = "hydrate")]
mod browser;
#[cfg(feature = "hydrate")]
pub use browser::{choose as choose_in_browser, for_shell, load, locale_file};
#[cfg(feature = "ssr")]
pub mod server;
#[cfg(any(feature = "ssr", test))]
pub mod catalogue;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The name of the cookie that keeps the user's language choice.
pub const LOCALE_COOKIE: &str = "signpost-locale";
/// The id of the `<script>` element that carries the active locale's Fluent source to the browser.
pub const PAYLOAD_ELEMENT_ID: &str = "signpost-l10n";

/// Writing direction of a locale; `<html dir>` comes from here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// The digits a locale writes numbers with (CLDR's default numbering system for it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Digits {
    /// 0123456789
    Latin,
    /// ٠١٢٣٤٥٦٧٨٩ (Arabic-Indic: Arabic, Sorani Kurdish)
    Arabic,
    /// ۰۱۲۳۴۵۶۷۸۹ (extended Arabic-Indic: Persian, Pashto)
    Persian,
    /// ০১২৩৪৫৬৭৮৯ (Bengali)
    Bengali,
}

impl Digits {
    /// The digit zero in these (the other nine follow it in Unicode).
    const fn zero(self) -> u32 {
        match self {
            Digits::Latin => '0' as u32,
            Digits::Arabic => 0x0660,
            Digits::Persian => 0x06F0,
            Digits::Bengali => 0x09E6,
        }
    }

    /// `text` with its ASCII digits written in these.
    pub fn write(self, text: &str) -> String {
        write_digits(self.zero(), text)
    }
}

fn write_digits(zero: u32, text: &str) -> String {
    text.chars().map(|c| if c.is_ascii_digit() { char::from_u32(zero + (c as u32 - '0' as u32)).unwrap_or(c) } else { c }).collect()
}

/// Fluent's numbers in the digits starting at `ZERO` (see `Localizer::new`).
fn numbers_in<const ZERO: u32, M>(value: &fluent_bundle::FluentValue, _: &M) -> Option<String> {
    match value {
        fluent_bundle::FluentValue::Number(n) => Some(write_digits(ZERO, &n.as_string())),
        _ => None,
    }
}

/// A message file that only the pages using it carry to the browser (ARCHITECTURE.md,
/// "Translations"): the server adds it to those pages' messages (`server::page_source`), and a
/// lazy route that needs it, reached from a page that came without it, first reads the whole
/// locale file (`load`, in the browser).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageFile {
    pub name: &'static str,
    /// One of its messages: how the browser tells whether a page brought the file.
    pub marker: &'static str,
}

/// Inviting members, the members list, changing a password.
pub const ACCOUNTS: PageFile = PageFile { name: "accounts.ftl", marker: "members-title" };
/// Referrals received.
pub const INBOX: PageFile = PageFile { name: "inbox.ftl", marker: "inbox-title" };
/// Referring a family, and the referrals on this phone.
pub const REFERRALS: PageFile = PageFile { name: "referrals.ftl", marker: "refer-title" };
/// An organisation's listings, the coordinator's queue, reporting a problem with a listing.
pub const LISTINGS: PageFile = PageFile { name: "listings.ftl", marker: "listings-title" };
/// The Open Referral UK import and export page.
pub const ORUK: PageFile = PageFile { name: "oruk.ftl", marker: "oruk-title" };

/// Whether a fluent speaker has checked a translation. Machine drafts are shown with a notice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Review {
    Reviewed,
    MachineDraft,
}

/// One shipped locale, as listed in `locales/locales.toml`.
#[derive(Debug, PartialEq, Eq)]
pub struct LocaleInfo {
    /// BCP 47 tag, e.g. `en-GB`, `ar`.
    pub id: &'static str,
    /// The same tag, parsed when the crate is compiled (`langid!`), so the browser bundle
    /// carries no language-tag parser.
    pub langid: LanguageIdentifier,
    /// The language's name in its own language (for the language switcher).
    pub name: &'static str,
    /// Its name in English (the switcher shows both).
    pub english: &'static str,
    pub dir: Direction,
    pub review: Review,
    /// The digits its numbers, times and dates are written in.
    pub digits: Digits,
}

/// The reference locale (en-GB): complete by definition; other locales are checked against it.
pub fn reference() -> &'static LocaleInfo {
    &LOCALES[0]
}

/// Finds a shipped locale by its tag, ignoring ASCII case (`en-gb` finds `en-GB`).
pub fn find(id: &str) -> Option<&'static LocaleInfo> {
    LOCALES.iter().find(|l| l.id.eq_ignore_ascii_case(id))
}

/// The messages of one locale.
pub struct Localizer {
    info: &'static LocaleInfo,
    bundle: FluentBundle<FluentResource>,
    /// The Fluent source this bundle was built from (sent to the browser).
    source: String,
}

impl Localizer {
    /// Builds a localizer from Fluent source text. Returns the parse or duplicate-id errors.
    pub fn new(info: &'static LocaleInfo, source: String) -> Result<Self, Vec<String>> {
        let lang = info.langid.clone();
        let resource = FluentResource::try_new(source.clone()).map_err(|(_, errors)| {
            errors.iter().map(|e| format!("{}: {e:?}", info.id)).collect::<Vec<_>>()
        })?;
        let mut bundle = FluentBundle::new_concurrent(vec![lang]);
        // Unicode isolation marks around placeables keep numbers, times and phone numbers in
        // order inside right-to-left sentences; left-to-right locales do without them (they
        // would otherwise travel into copied text).
        bundle.set_use_isolating(info.dir == Direction::Rtl);
        match info.digits {
            Digits::Latin => {}
            Digits::Arabic => bundle.set_formatter(Some(numbers_in::<{ Digits::Arabic.zero() }, _>)),
            Digits::Persian => bundle.set_formatter(Some(numbers_in::<{ Digits::Persian.zero() }, _>)),
            Digits::Bengali => bundle.set_formatter(Some(numbers_in::<{ Digits::Bengali.zero() }, _>)),
        }
        bundle
            .add_resource(resource)
            .map_err(|errors| errors.iter().map(|e| format!("{}: {e:?}", info.id)).collect::<Vec<_>>())?;
        Ok(Self { info, bundle, source })
    }

    pub fn info(&self) -> &'static LocaleInfo {
        self.info
    }

    pub fn source(&self) -> &str {
        &self.source
    }

    /// Whether this locale has a message with this id (in the browser, from the page's
    /// messages or from the whole locale file, once a route has read it).
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id) || self.whole().is_some_and(|whole| whole.bundle.has_message(id))
    }

    /// The locale's whole file, when this is a page's part of it and a route has read the rest.
    fn whole(&self) -> Option<&'static Localizer> {
        #[cfg(feature = "hydrate")]
        return browser::whole(self.info).filter(|whole| !std::ptr::eq(*whole, self));
        #[cfg(not(feature = "hydrate"))]
        None
    }

    /// `text` (a time, say) with its ASCII digits in this locale's digits. Numbers given to
    /// messages are written in them already; phone numbers, postcodes and addresses stay as
    /// written.
    pub fn digits(&self, text: &str) -> String {
        self.info.digits.write(text)
    }

    /// Whether message `id` is given in English here because its translation was made from an
    /// older English and must not be shown until translated again (see `catalogue`).
    pub fn in_english(&self, id: &str) -> bool {
        // The list is a message the server adds to the source it sends (`catalogue::IN_ENGLISH`).
        self.has("signpost-in-english") && self.t("signpost-in-english").split_whitespace().any(|i| i == id)
    }

    /// The message `id`, with no arguments.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id`, with arguments (see the [`t!`](crate::t) macro).
    pub fn t_with(&self, id: &str, args: &FluentArgs) -> String {
        self.format(id, Some(args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return self.missing(id, args);
        };
        let mut errors = Vec::new();
        self.bundle.format_pattern(pattern, args, &mut errors).into_owned()
    }

    /// A message this locale lacks (tests make that impossible for the ids the code names; an
    /// id can still come from elsewhere, such as an error's). Never the raw id on screen: on the
    /// server the reference locale's message if it has one (logged once), else nothing.
    fn missing(&self, id: &str, args: Option<&FluentArgs>) -> String {
        if let Some(whole) = self.whole().filter(|whole| whole.bundle.has_message(id)) {
            return whole.format(id, args);
        }
        #[cfg(feature = "ssr")]
        if !std::ptr::eq(self.info, reference()) {
            let english = server::localizer(reference());
            if english.has(id) {
                server::log_missing_once(self.info.id, id);
                return english.format(id, args);
            }
        }
        let _ = (id, args);
        String::new()
    }

    /// What to tell the user about `error`, in this locale.
    pub fn error_message(&self, error: &crate::error::AppError) -> String {
        let id = error.message_id();
        self.t(if self.has(id) { id } else { "error-bad-request" })
    }

    /// The JSON carried to the browser in the page: `{"locale": .., "ftl": ..}` with `ftl` the
    /// messages the page may need, safe to put inside a `<script>` element (`<`, `>` and `&`
    /// are escaped as JSON unicode escapes).
    pub fn browser_payload(&self, ftl: &str) -> String {
        let json = serde_json::json!({ "locale": self.info.id, "ftl": ftl }).to_string();
        json.replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
    }
}

/// The active locale's messages, provided to every component through Leptos context.
#[derive(Clone)]
pub struct I18n(pub Arc<Localizer>);

impl Deref for I18n {
    type Target = Localizer;
    fn deref(&self) -> &Localizer {
        &self.0
    }
}

/// Reads the active locale's messages from context.
pub fn use_i18n() -> I18n {
    leptos::prelude::expect_context::<I18n>()
}

/// Provides [`I18n`] for this render: on the server from the request (cookie, then
/// Accept-Language); in the browser from the payload the server put in the page.
pub fn provide_i18n() {
    #[cfg(feature = "ssr")]
    let i18n = {
        let parts = leptos::prelude::use_context::<axum::http::request::Parts>();
        let info = parts.as_ref().map_or_else(reference, |p| server::negotiate_request(&p.headers));
        I18n(server::localizer(info))
    };
    #[cfg(all(feature = "hydrate", not(feature = "ssr")))]
    let i18n = browser::from_page();
    #[cfg(not(any(feature = "ssr", feature = "hydrate")))]
    let i18n = I18n(Arc::new(
        Localizer::new(reference(), FTL_SOURCES[0].1.concat()).expect("reference locale parses"),
    ));
    leptos::prelude::provide_context(i18n);
}

/// Formats a message from the active locale: `t!(i18n, "id")` or `t!(i18n, "id", count = 3)`.
#[macro_export]
macro_rules! t {
    ($i18n:expr, $id:literal) => {
        $i18n.t($id)
    };
    ($i18n:expr, $id:literal, $($key:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $(args.set(stringify!($key), $value);)+
        $i18n.t_with($id, &args)
    }};
}

#[cfg(test)]
mod tests;
