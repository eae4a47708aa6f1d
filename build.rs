//! Build script: tells cargo when to rebuild for `sqlx::migrate!`, and turns the locale manifest
//! (`locales/locales.toml`) plus each locale's `.ftl` files into Rust source, so that the list of
//! shipped locales lives in one file that translators can read and edit.

use std::{env, fmt::Write as _, fs, path::Path};

#[derive(serde::Deserialize)]
struct Manifest {
    reference: String,
    locale: Vec<Locale>,
}

#[derive(serde::Deserialize)]
struct Locale {
    id: String,
    name: String,
    english: String,
    direction: String,
    review: String,
    #[serde(default)]
    digits: Option<String>,
    reviewed_by: Option<String>,
    reviewed_on: Option<String>,
}

fn main() {
    println!("cargo:rerun-if-changed=migrations");
    println!("cargo:rerun-if-changed=locales");

    let root = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let locales_dir = Path::new(&root).join("locales");
    let manifest_text =
        fs::read_to_string(locales_dir.join("locales.toml")).expect("locales/locales.toml is readable");
    let manifest: Manifest = toml::from_str(&manifest_text).expect("locales/locales.toml is valid");

    assert!(
        manifest.locale.first().map(|l| l.id.as_str()) == Some(manifest.reference.as_str()),
        "the reference locale must be listed first in locales/locales.toml"
    );

    let mut out = String::new();
    out.push_str("/// Every shipped locale, the reference locale first (generated from locales/locales.toml).\n");
    out.push_str("pub static LOCALES: &[LocaleInfo] = &[\n");
    for l in &manifest.locale {
        let dir = match l.direction.as_str() {
            "ltr" => "Direction::Ltr",
            "rtl" => "Direction::Rtl",
            other => panic!("locale {}: direction must be ltr or rtl, not {other}", l.id),
        };
        let review = match (l.review.as_str(), &l.reviewed_by, &l.reviewed_on) {
            ("reviewed", Some(by), Some(on)) if !by.trim().is_empty() && is_date(on) => "Review::Reviewed",
            ("reviewed", ..) => panic!("locale {}: a reviewed locale names reviewed_by and reviewed_on (YYYY-MM-DD)", l.id),
            ("machine-draft", None, None) => "Review::MachineDraft",
            ("machine-draft", ..) => panic!("locale {}: a machine draft has no reviewer", l.id),
            (other, ..) => panic!("locale {}: review must be reviewed or machine-draft, not {other}", l.id),
        };
        let digits = match l.digits.as_deref().unwrap_or("latn") {
            "latn" => "Digits::Latin",
            "arab" => "Digits::Arabic",
            "arabext" => "Digits::Persian",
            "beng" => "Digits::Bengali",
            other => panic!("locale {}: digits must be latn, arab, arabext or beng, not {other}", l.id),
        };
        writeln!(
            out,
            "    LocaleInfo {{ id: {:?}, langid: unic_langid::langid!({:?}), name: {:?}, english: {:?}, dir: {dir}, review: {review}, digits: {digits} }},",
            l.id, l.id, l.name, l.english
        )
        .unwrap();
    }
    out.push_str("];\n\n");

    // The Fluent sources of each locale: every .ftl file in locales/<id>/, in name order.
    out.push_str("/// Fluent sources per locale, each the concatenation of locales/<id>/*.ftl.\n");
    out.push_str("#[cfg(any(feature = \"ssr\", test, not(feature = \"hydrate\")))]\n");
    out.push_str("pub(crate) static FTL_SOURCES: &[(&str, &[&str])] = &[\n");
    let mut names = String::from("/// The file names of each locale's sources, in the same order as FTL_SOURCES.\n");
    names.push_str("#[cfg(any(feature = \"ssr\", test, not(feature = \"hydrate\")))]\n");
    names.push_str("pub(crate) static FTL_FILE_NAMES: &[&[&str]] = &[\n");
    for l in &manifest.locale {
        let dir = locales_dir.join(&l.id);
        let mut files: Vec<_> = fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.expect("readable dir entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .collect();
        files.sort();
        assert!(!files.is_empty(), "locale {} has no .ftl files", l.id);
        write!(out, "    ({:?}, &[", l.id).unwrap();
        names.push_str("    &[");
        for f in files {
            let name = f.file_name().and_then(|n| n.to_str()).expect("locale file names are UTF-8");
            // The path is joined when the crate compiles, not here: clones of the project share
            // one target directory, and a generated file naming another clone's locales would
            // compile that clone's translations into this one's build.
            write!(out, "include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), {:?})), ", format!("/locales/{}/{name}", l.id))
                .unwrap();
            write!(names, "{name:?}, ").unwrap();
        }
        out.push_str("]),\n");
        names.push_str("],\n");
    }
    out.push_str("];\n");
    names.push_str("];\n");
    out.push_str(&names);

    // Who reviewed each reviewed locale, and when; and which English each translation was made
    // from (locales/<id>/translated-from.toml, empty for the reference).
    out.push_str("/// (locale, reviewed by, reviewed on) for each reviewed locale.\n");
    out.push_str("#[cfg(any(feature = \"ssr\", test, not(feature = \"hydrate\")))]\n");
    out.push_str("pub static REVIEWS: &[(&str, &str, &str)] = &[\n");
    for l in &manifest.locale {
        if let (Some(by), Some(on)) = (&l.reviewed_by, &l.reviewed_on) {
            writeln!(out, "    ({:?}, {by:?}, {on:?}),", l.id).unwrap();
        }
    }
    out.push_str("];\n");
    out.push_str("/// Each locale's translated-from.toml, in the order of LOCALES (\"\" where there is none).\n");
    out.push_str("#[cfg(any(feature = \"ssr\", test, not(feature = \"hydrate\")))]\n");
    out.push_str("pub(crate) static TRANSLATED_FROM: &[&str] = &[\n");
    for l in &manifest.locale {
        if locales_dir.join(&l.id).join("translated-from.toml").exists() {
            writeln!(out, "    include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), {:?})),", format!("/locales/{}/translated-from.toml", l.id)).unwrap();
        } else {
            out.push_str("    \"\",\n");
        }
    }
    out.push_str("];\n");

    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("locales.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
}

/// `YYYY-MM-DD`.
fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10 && b[4] == b'-' && b[7] == b'-' && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}
