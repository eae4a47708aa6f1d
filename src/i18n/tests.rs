use std::{
    collections::{BTreeMap, BTreeSet},
    fs,
    path::Path,
};

use super::*;

/// Message id → the variables (`$name`) its text uses, for one locale.
fn messages(locale: &str) -> BTreeMap<String, BTreeSet<String>> {
    let (_, files) = FTL_SOURCES.iter().find(|(id, _)| *id == locale).expect("locale has sources");
    let source = files.concat();
    let resource = fluent_syntax::parser::parse(source.as_str()).unwrap_or_else(|(_, errors)| {
        panic!("{locale}: Fluent syntax errors: {errors:?}");
    });
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let fluent_syntax::ast::Entry::Message(m) = entry {
            out.insert(m.id.name.to_string(), BTreeSet::new());
        }
    }
    // Variables, read from the text of each message (id line plus its indented lines).
    let mut current: Option<String> = None;
    for line in source.lines() {
        if let Some((id, _)) = line.split_once('=').filter(|_| !line.starts_with([' ', '#'])) {
            let id = id.trim().to_string();
            current = out.contains_key(&id).then_some(id);
        } else if !line.starts_with(' ') {
            current = None;
        }
        if let Some(id) = &current {
            for part in line.split('$').skip(1) {
                let var: String = part.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-').collect();
                if !var.is_empty() {
                    out.get_mut(id).expect("current id is a message").insert(var);
                }
            }
        }
    }
    out
}

#[test]
fn every_locale_parses() {
    for (info, (id, files)) in LOCALES.iter().zip(FTL_SOURCES) {
        assert_eq!(info.id, *id);
        Localizer::new(info, files.concat()).unwrap_or_else(|e| panic!("{}: {e:?}", info.id));
    }
}

#[test]
fn every_locale_has_every_reference_message_and_no_others() {
    let reference = messages(super::reference().id);
    assert!(reference.len() > 100, "reference locale looks truncated");
    for info in &LOCALES[1..] {
        let theirs = messages(info.id);
        let missing: Vec<_> = reference.keys().filter(|k| !theirs.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{} lacks messages that {} has: {missing:?}", info.id, super::reference().id);
        let extra: Vec<_> = theirs.keys().filter(|k| !reference.contains_key(*k)).collect();
        assert!(extra.is_empty(), "{} has messages the reference does not (stale?): {extra:?}", info.id);
    }
}

#[test]
fn translations_use_only_the_reference_variables() {
    let reference = messages(super::reference().id);
    for info in &LOCALES[1..] {
        for (id, vars) in messages(info.id) {
            let allowed = &reference[&id];
            let unknown: Vec<_> = vars.difference(allowed).collect();
            assert!(unknown.is_empty(), "{}: {id} uses {unknown:?}, which the reference does not pass", info.id);
        }
    }
}

/// Every message id written in the code (`t!(x, "id"…)`) exists in the reference locale.
#[test]
fn every_message_the_code_asks_for_exists() {
    let reference = messages(super::reference().id);
    let mut asked = Vec::new();
    // The clone under test, as cargo says when it runs the test. The value compiled in names the
    // clone that built this binary: with a target directory shared between clones, cargo can
    // reuse a build from another clone (one whose changes touched only server code), since removed.
    let root = std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_else(|| env!("CARGO_MANIFEST_DIR").into());
    let mut stack = vec![Path::new(&root).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                // The i18n module defines and documents the macro; its examples are not uses.
                if !path.ends_with("i18n") {
                    stack.push(path);
                }
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = fs::read_to_string(&path).unwrap();
                for (at, _) in text.match_indices("t!(") {
                    // Only the macro itself, not `assert!(` and friends.
                    if text[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
                        continue;
                    }
                    // t!(<expr>, "id" ...): the first string literal after the first comma.
                    let part = &text[at + 3..];
                    if let Some((_, rest)) = part.split_once(", \"") {
                        let id: String = rest.chars().take_while(|c| *c != '"').collect();
                        if id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') && !id.is_empty() {
                            asked.push((path.display().to_string(), id));
                        }
                    }
                }
            }
        }
    }
    assert!(asked.len() > 50, "the scan found too few uses of t!: {}", asked.len());
    let unknown: Vec<_> = asked.iter().filter(|(_, id)| !reference.contains_key(id)).collect();
    assert!(unknown.is_empty(), "messages used in code but missing from the reference locale: {unknown:?}");
}

#[test]
fn every_need_has_a_name_and_search_words() {
    let reference = messages(super::reference().id);
    for need in crate::directory::needs::Need::ALL {
        assert!(reference.contains_key(&need.message_id()), "{need:?}");
        assert!(reference.contains_key(&need.terms_message_id()), "{need:?}");
    }
}

#[test]
fn every_service_problem_has_a_message() {
    let reference = messages(super::reference().id);
    for id in crate::directory::model::SERVICE_PROBLEMS {
        assert!(reference.contains_key(id), "{id}");
    }
}

#[test]
fn locale_metadata() {
    assert_eq!(super::reference().id, "en-GB");
    assert_eq!(super::reference().review, Review::Reviewed);
    assert_eq!(find("ar").map(|l| l.dir), Some(Direction::Rtl));
    assert_eq!(find("EN-gb").map(|l| l.id), Some("en-GB"));
    assert_eq!(find("xx"), None);
    // Names are each language's own name, and its name in English.
    assert_eq!(find("gu").map(|l| (l.name, l.english)), Some(("ગુજરાતી", "Gujarati")));
    // Every community language the partners named, Sorani Kurdish as `ckb`; five right to left.
    let ids: BTreeSet<&str> = LOCALES.iter().map(|l| l.id).collect();
    let wanted = ["en-GB", "gu", "pa", "pl", "ro", "ur", "bn", "pt", "ar", "so", "hi", "ta", "ckb", "fa", "ps", "ti"];
    assert_eq!(ids, BTreeSet::from(wanted));
    let rtl: BTreeSet<&str> = LOCALES.iter().filter(|l| l.dir == Direction::Rtl).map(|l| l.id).collect();
    assert_eq!(rtl, BTreeSet::from(["ar", "ur", "fa", "ps", "ckb"]));
    // The tag Fluent is given (made when the crate is compiled) is the locale's own tag.
    for l in LOCALES {
        assert_eq!(l.langid, l.id.parse::<LanguageIdentifier>().unwrap(), "{}", l.id);
        assert_eq!(l.langid.to_string(), l.id);
    }
}

#[test]
fn formats_messages_with_arguments_and_plurals() {
    let en = Localizer::new(super::reference(), FTL_SOURCES[0].1.concat()).unwrap();
    assert_eq!(crate::t!(en, "results-count", count = 1), "One service");
    assert!(crate::t!(en, "results-count", count = 12).contains("12"));
    // A number literal picks its own variant (`[0]`), and a count is written as a whole number
    // (both by our copy of fluent-bundle: vendor/fluent-bundle/PATCHED.md).
    assert_eq!(crate::t!(en, "results-count", count = 0), "No services found");
    assert_eq!(crate::t!(en, "results-count", count = 1_000_000).replace(['\u{2068}', '\u{2069}'], ""), "1000000 services");
    // A message nobody wrote is never shown as its raw id.
    assert_eq!(en.t("no-such-message"), "");
    let ar = Localizer::new(find("ar").unwrap(), FTL_SOURCES.iter().find(|(id, _)| *id == "ar").unwrap().1.concat()).unwrap();
    assert_eq!(crate::t!(ar, "results-count", count = 2), "خدمتان");
    // Numbers in each locale's own digits: Persian and Pashto ۰–۹, Arabic ٠–٩, Bengali ০–৯;
    // Urdu, like English, 0–9 (CLDR's defaults). Times too; a phone number stays as written.
    let of = |id: &str| Localizer::new(find(id).unwrap(), FTL_SOURCES.iter().find(|(l, _)| *l == id).unwrap().1.concat()).unwrap();
    for (id, twelve) in [("fa", "۱۲"), ("ps", "۱۲"), ("ar", "١٢"), ("ckb", "١٢"), ("bn", "১২"), ("ur", "12"), ("pl", "12")] {
        let l = of(id);
        assert!(crate::t!(l, "results-count", count = 12).contains(twelve), "{id}: {}", crate::t!(l, "results-count", count = 12));
    }
    assert_eq!(of("fa").digits("09:30"), "۰۹:۳۰");
    assert_eq!(of("ur").digits("09:30"), "09:30");
    let mut phone = FluentArgs::new();
    phone.set("number", "0116 496 0123");
    assert!(of("fa").t_with("contact-call", &phone).contains("0116 496 0123"));
    // Polish picks its "few" and "many" forms (Fluent finds Polish plural rules).
    let pl = Localizer::new(find("pl").unwrap(), FTL_SOURCES.iter().find(|(id, _)| *id == "pl").unwrap().1.concat()).unwrap();
    let (few, many) = (crate::t!(pl, "results-count", count = 3), crate::t!(pl, "results-count", count = 5));
    assert!(few.contains('3') && many.contains('5') && few.replace('3', "") != many.replace('5', ""), "{few} / {many}");
    // A message one locale lacks is shown in English (on the server), never as its id.
    let partial = Localizer::new(find("ar").unwrap(), "app-name = سايْنبوست\n".to_string()).unwrap();
    #[cfg(feature = "ssr")]
    assert_eq!(partial.t("results-count"), en.t("results-count"));
    assert!(!partial.t("results-count").contains("results-count"));
    let made_up = crate::error::AppError::BadRequest("Call 0800 000 000".into());
    assert_eq!(en.error_message(&made_up), en.t("error-bad-request"));
    assert!(!partial.error_message(&made_up).contains("0800"));
}

#[test]
fn browser_payload_cannot_close_its_script_element() {
    let info = super::reference();
    let l = Localizer::new(info, "x = </script><b>&amp;\n".to_string()).unwrap();
    let payload = l.browser_payload(l.source());
    assert!(!payload.contains('<') && !payload.contains('>') && !payload.contains('&'), "{payload}");
    let back: serde_json::Value = serde_json::from_str(&payload).unwrap();
    assert_eq!(back["ftl"], "x = </script><b>&amp;\n");
}

/// Each page carries the message files its route uses ([`PageFile`]) and no others, so a route
/// renders at once from the page it hydrates and the search page carries only what every page
/// needs.
#[cfg(feature = "ssr")]
#[test]
fn a_page_carries_the_message_files_of_its_route_and_no_others() {
    use crate::{
        directory::ui::{OrganisationRoute, ServiceRoute},
        listings::routes::{ListingsRoute, ListingsSubRoute, ReportRoute},
        referrals::routes::*,
    };
    let pages: &[(&str, &[PageFile])] = &[
        ("/", &[]),
        ("/?q=food", &[]),
        ("/services/8c2b", ServiceRoute::MESSAGES),
        ("/organisations/8c2b", OrganisationRoute::MESSAGES),
        ("/login", LoginRoute::MESSAGES),
        ("/inbox", InboxRoute::MESSAGES),
        ("/inbox/8c2b", InboxRoute::MESSAGES),
        ("/services/8c2b/refer", ReferRoute::MESSAGES),
        ("/services/8c2b/report", ReportRoute::MESSAGES),
        ("/outbox", ReferRoute::MESSAGES),
        ("/members", AccountsRoute::MESSAGES),
        ("/members/invite", AccountsRoute::MESSAGES),
        ("/invite/abc", AccountsRoute::MESSAGES),
        ("/account/password", AccountsRoute::MESSAGES),
        ("/listings", ListingsRoute::MESSAGES),
        ("/listings/edit", ListingsSubRoute::MESSAGES),
        ("/listings/oruk", ListingsSubRoute::MESSAGES),
        ("/services/8c2b/refer/", ReferRoute::MESSAGES),
        ("/outbox/", ReferRoute::MESSAGES),
    ];
    let every = [ACCOUNTS, INBOX, LISTINGS, ORUK, REFERRALS];
    for info in super::LOCALES {
        let full = super::server::localizer(info);
        for (path, files) in pages {
            let page = Localizer::new(info, super::server::page_source(info, path)).unwrap();
            for file in every {
                assert!(full.has(file.marker), "{} {}", info.id, file.marker);
                assert_eq!(page.has(file.marker), files.contains(&file), "{} {path} {}", info.id, file.name);
            }
            // What every page shows: the layout, the links into the pages with files of their
            // own, the errors.
            for id in ["app-name", "outbox-link", "refer-link", "inbox-sign-in", "footer-listings", "error-conflict"] {
                assert!(page.has(id), "{} {path} {id}", info.id);
            }
        }
    }
}

/// The messages of a file only some pages carry are named only by the code of those pages, so
/// no other page shows a blank where a message should be (the browser has no English to fall
/// back on).
#[test]
fn the_messages_of_a_page_file_are_named_only_by_its_pages() {
    use crate::{
        listings::routes::{ListingsRoute, ListingsSubRoute, ReportRoute},
        referrals::routes::*,
    };
    // The files every one of `routes` declares.
    let common = |routes: &[&[PageFile]]| -> Vec<PageFile> {
        routes[0].iter().filter(|file| routes.iter().all(|r| r.contains(file))).copied().collect()
    };
    // Source file (or folder) → the files its pages' routes declare.
    let pages: &[(&str, &[PageFile])] = &[
        ("referrals/refer_page.rs", ReferRoute::MESSAGES),
        // The consent statement: shown on the refer page.
        ("referrals/consent.rs", ReferRoute::MESSAGES),
        ("referrals/outbox_page.rs", ReferRoute::MESSAGES),
        // A referral the outbox refused: shown on the outbox page.
        ("referrals/outbox.rs", ReferRoute::MESSAGES),
        // The names of a referral's codes: shown on the refer form, the outbox and the inbox,
        // so only the files all their routes declare.
        ("referrals/names.rs", &common(&[ReferRoute::MESSAGES, InboxRoute::MESSAGES])),
        ("referrals/ui.rs", InboxRoute::MESSAGES),
        // Errors of the inbox's actions: shown on the inbox pages.
        ("referrals/api.rs", InboxRoute::MESSAGES),
        // A referral's checks (the form checks before saving, the server again at ingest and
        // on the inbox's actions): shown on the form, the outbox and the inbox.
        ("referrals/model.rs", &common(&[ReferRoute::MESSAGES, InboxRoute::MESSAGES])),
        ("referrals/store.rs", &common(&[ReferRoute::MESSAGES, InboxRoute::MESSAGES])),
        // The push endpoint's answers: shown on the outbox page.
        ("referrals/http.rs", ReferRoute::MESSAGES),
        // An account's checks, on the server: shown on the account pages.
        ("accounts/model.rs", AccountsRoute::MESSAGES),
        ("accounts/passwords.rs", AccountsRoute::MESSAGES),
        ("accounts/store.rs", AccountsRoute::MESSAGES),
        ("accounts/api.rs", AccountsRoute::MESSAGES),
        ("accounts/invite_page.rs", AccountsRoute::MESSAGES),
        ("accounts/members_page.rs", AccountsRoute::MESSAGES),
        ("accounts/password_page.rs", AccountsRoute::MESSAGES),
        ("listings/report_page.rs", ReportRoute::MESSAGES),
        ("listings/oruk_page.rs", ListingsSubRoute::MESSAGES),
        // An import's refusals: shown on the Open Referral UK page.
        ("oruk/", ListingsSubRoute::MESSAGES),
        ("listings/", ListingsRoute::MESSAGES),
        // The server's own checks of the files, and its command line (every message).
        ("i18n/", &[ACCOUNTS, INBOX, LISTINGS, ORUK, REFERRALS]),
        ("server/cli.rs", &[ACCOUNTS, INBOX, LISTINGS, ORUK, REFERRALS]),
    ];
    let names = FTL_FILE_NAMES[0];
    let ids_of = |file: &PageFile| -> BTreeSet<String> {
        let source = FTL_SOURCES[0].1[names.iter().position(|n| *n == file.name).expect("a reference file")];
        source.lines().filter_map(|l| l.split_once(" =").map(|(id, _)| id)).filter(|id| !id.is_empty() && !id.starts_with([' ', '#', '-'])).map(str::to_string).collect()
    };
    let files = [ACCOUNTS, INBOX, LISTINGS, ORUK, REFERRALS].map(|f| (f, ids_of(&f)));
    let root = std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_else(|| env!("CARGO_MANIFEST_DIR").into());
    let src = Path::new(&root).join("src");
    let mut stack = vec![src.clone()];
    let (mut named, mut wrong) = (0, Vec::new());
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let relative = path.strip_prefix(&src).unwrap().to_string_lossy().replace('\\', "/");
            if is_test_module(&path) {
                continue;
            }
            let text = fs::read_to_string(&path).unwrap();
            // The code, not its tests.
            let code = text.split("#[cfg(test)]\nmod ").next().unwrap_or_default();
            let declared = pages.iter().find(|(prefix, _)| relative.starts_with(prefix)).map_or(&[][..], |(_, files)| *files);
            for (file, ids) in &files {
                for id in ids.iter().filter(|id| code.contains(&format!("\"{id}\""))) {
                    named += 1;
                    if !declared.contains(file) {
                        wrong.push(format!("{relative} names {id} of {}", file.name));
                    }
                }
            }
        }
    }
    assert!(named > 100, "the scan found too few: {named}");
    assert!(wrong.is_empty(), "messages named outside the pages that carry their file: {wrong:#?}");
}

/// Whether the source file at `path` is a test module: its parent declares it under
/// `#[cfg(test)]` or `#[cfg(all(test, …))]` (a file of tests, not code a page runs).
fn is_test_module(path: &Path) -> bool {
    let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else { return false };
    let dir = path.parent().unwrap();
    // The parent: `mod.rs` beside it, else `<dir>.rs` beside the folder (the folder's own
    // `mod.rs` has its parent one level up, where nothing declares test files).
    let parents = [dir.join("mod.rs"), dir.with_extension("rs"), dir.join("lib.rs")];
    parents.iter().filter(|p| p.as_path() != path).filter_map(|p| fs::read_to_string(p).ok()).any(|text| {
        let lines: Vec<&str> = text.lines().collect();
        lines.windows(2).any(|w| w[1].trim() == format!("mod {stem};") && w[0].trim().starts_with("#[cfg(") && w[0].contains("test"))
    })
}

#[cfg(feature = "ssr")]
mod negotiation {
    use super::super::server::negotiate;

    #[test]
    fn cookie_wins_then_accept_language_then_reference() {
        assert_eq!(negotiate(Some("ar"), Some("gu")).id, "ar");
        assert_eq!(negotiate(Some("nonsense"), Some("gu-IN,en;q=0.5")).id, "gu");
        assert_eq!(negotiate(None, Some("ar-EG,ar;q=0.9,en;q=0.8")).id, "ar");
        assert_eq!(negotiate(None, Some("en-US")).id, "en-GB");
        assert_eq!(negotiate(None, Some("fr-FR")).id, "en-GB");
        assert_eq!(negotiate(None, None).id, "en-GB");
        assert_eq!(negotiate(None, Some("*;q=0.1,,,;;")).id, "en-GB");
    }
}

#[test]
fn every_listing_field_has_a_label() {
    let reference = messages(super::reference().id);
    for field in crate::listings::model::Field::ALL {
        assert!(reference.contains_key(field.message_id()), "{field:?}");
    }
}

/// The CLDR cardinal plural categories of locale `id`, from the rules Fluent itself selects
/// with (`intl_pluralrules`), found by asking which category each of many numbers falls in
/// (whole numbers, large round ones and decimals).
fn cldr_categories(id: &str) -> BTreeSet<&'static str> {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let lang: LanguageIdentifier = id.parse().expect("a valid tag");
    // As Fluent does: the best match among the languages the rules know, else English's — so a
    // language missing from them would silently get English plurals. It must be there.
    let known = PluralRules::get_locales(PluralRuleType::CARDINAL);
    let english: LanguageIdentifier = "en".parse().unwrap();
    let chosen = fluent_langneg::negotiate_languages(&[&lang], &known, Some(&english), fluent_langneg::NegotiationStrategy::Lookup)[0].clone();
    assert_eq!(chosen.language, lang.language, "{id}: Fluent's plural rules do not know this language");
    let rules = PluralRules::create(chosen, PluralRuleType::CARDINAL).expect("rules for a known language");
    let numbers = (0..=1000).map(|n| n.to_string()).chain(["1000000", "2000000", "0.5", "1.5", "2.5", "5.5", "0.1", "1.0", "21.5"].map(String::from));
    numbers
        .map(|n| match rules.select(n.as_str()).expect("a number") {
            PluralCategory::ZERO => "zero",
            PluralCategory::ONE => "one",
            PluralCategory::TWO => "two",
            PluralCategory::FEW => "few",
            PluralCategory::MANY => "many",
            PluralCategory::OTHER => "other",
        })
        .collect()
}

/// Every select on a number in `pattern` (nested ones too): its variant keys.
fn plural_selects(pattern: &fluent_syntax::ast::Pattern<&str>, out: &mut Vec<Vec<String>>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement, VariantKey};
    const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
    fn walk(e: &Expression<&str>, out: &mut Vec<Vec<String>>) {
        match e {
            Expression::Select { variants, .. } => {
                let keys: Vec<String> = variants
                    .iter()
                    .map(|v| match &v.key {
                        VariantKey::Identifier { name } => name.to_string(),
                        VariantKey::NumberLiteral { value } => format!("={value}"),
                    })
                    .collect();
                let named: Vec<&String> = keys.iter().filter(|k| !k.starts_with('=')).collect();
                let plural = named.iter().all(|k| CATEGORIES.contains(&k.as_str())) && keys.iter().any(|k| k != "other");
                if plural {
                    out.push(keys);
                }
                for v in variants {
                    plural_selects(&v.value, out);
                }
            }
            Expression::Inline(InlineExpression::Placeable { expression }) => walk(expression, out),
            Expression::Inline(_) => {}
        }
    }
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            walk(expression, out);
        }
    }
}

/// Every plural message in every locale has a variant for each CLDR category of its language
/// (Arabic six, Polish one/few/many/other, Romanian one/few/other, …) and none it lacks; an
/// exact `[0]` may stand for `zero`.
#[test]
fn every_plural_message_in_every_locale_has_its_languages_cldr_categories() {
    let mut problems = Vec::new();
    for (info, (_, files)) in LOCALES.iter().zip(FTL_SOURCES) {
        let categories = cldr_categories(info.id);
        let source = files.concat();
        let resource = fluent_syntax::parser::parse(source.as_str()).expect("parses");
        for entry in &resource.body {
            let fluent_syntax::ast::Entry::Message(m) = entry else { continue };
            let mut selects = Vec::new();
            for pattern in m.value.iter().chain(m.attributes.iter().map(|a| &a.value)) {
                plural_selects(pattern, &mut selects);
            }
            for keys in selects {
                let mut named: BTreeSet<&str> = keys.iter().filter(|k| !k.starts_with('=')).map(String::as_str).collect();
                if keys.iter().any(|k| k == "=0") && categories.contains("zero") {
                    named.insert("zero");
                }
                if named != categories {
                    problems.push(format!("{} {}: variants {named:?}, CLDR: {categories:?}", info.id, m.id.name));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_cldr_categories_are_the_ones_each_language_is_known_for() {
    assert_eq!(cldr_categories("ar"), BTreeSet::from(["zero", "one", "two", "few", "many", "other"]));
    assert_eq!(cldr_categories("pl"), BTreeSet::from(["one", "few", "many", "other"]));
    assert_eq!(cldr_categories("ro"), BTreeSet::from(["one", "few", "other"]));
    assert_eq!(cldr_categories("en-GB"), BTreeSet::from(["one", "other"]));
}
