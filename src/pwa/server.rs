//! Server side of the installable app: the web app manifest, the service worker (generated
//! per build with its precache list), the app shell page, and the locale files.

use std::{
    hash::{DefaultHasher, Hash, Hasher},
    path::PathBuf,
};

use axum::{
    extract::{Path, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use leptos::{config::LeptosOptions, prelude::*};
use leptos_meta::HashedStylesheet;

use super::{CLAIM, SHELL_ATTRIBUTE, SKIP_WAITING};
use crate::{
    i18n::{LOCALES, find, reference, server as i18n_server},
    server::state::AppState,
    t,
};

const SW_TEMPLATE: &str = include_str!("sw.js");
pub const THEME_COLOUR: &str = "#0b5d4b";
pub const BACKGROUND_COLOUR: &str = "#ffffff";
/// Icons in `public/icons`, with their sizes and purpose.
const ICONS: [(&str, &str, &str); 3] = [
    ("/icons/icon-192.png", "192x192", "any"),
    ("/icons/icon-512.png", "512x512", "any"),
    ("/icons/icon-maskable-512.png", "512x512", "maskable"),
];

/// What the service worker caches, and the build's cache version. Built once at start.
pub struct PwaAssets {
    pub precache: Vec<String>,
    /// The bundle's stylesheet URL and the loader script every page carries.
    pub stylesheet: String,
    pub loader: String,
    pub version: String,
    pub service_worker: String,
    pub shell: String,
    /// The shell's Content-Security-Policy: its one script, by hash.
    pub shell_policy: String,
}

/// Where cargo-leptos wrote the hashed file names: `hash.txt` next to the server binary.
fn hash_file_path(options: &LeptosOptions) -> PathBuf {
    std::env::current_exe()
        .ok()
        .and_then(|p| p.parent().map(PathBuf::from))
        .unwrap_or_default()
        .join(options.hash_file.as_ref())
}

/// The hashed file names cargo-leptos wrote to `hash.txt` next to the server binary.
fn file_hashes(options: &LeptosOptions) -> Vec<(String, String)> {
    if !options.hash_files {
        return vec![];
    }
    parse_hashes(&std::fs::read_to_string(hash_file_path(options)).unwrap_or_default())
}

fn parse_hashes(text: &str) -> Vec<(String, String)> {
    text.lines()
        .filter_map(|l| l.split_once(':').map(|(k, v)| (k.trim().to_string(), v.trim().to_string())))
        .collect()
}

/// Checks, before the server starts, that every file of the browser bundle its hash list names
/// is in its site directory. The build directory (and so the hash list beside the binary) can be
/// shared by several clones: a list from another clone's build would have the service worker
/// precache files that do not exist, its install would fail and nothing would work offline.
pub fn check_bundle(options: &LeptosOptions) -> Result<(), String> {
    if !options.hash_files {
        return Ok(());
    }
    let list = hash_file_path(options);
    let text = std::fs::read_to_string(&list)
        .map_err(|e| format!("cannot read the bundle's hash list {}: {e}; build with `make build-release`", list.display()))?;
    let missing = missing_files(options, &parse_hashes(&text));
    if missing.is_empty() {
        return Ok(());
    }
    Err(format!(
        "the bundle's hash list {} names {} file(s) that the site directory {} lacks (first: {}); \
         it comes from another build: rebuild with `make build-release`, or set LEPTOS_SITE_ROOT to that build's site",
        list.display(),
        missing.len(),
        options.site_root,
        missing[0]
    ))
}

/// The bundle's files (as URLs) that are not under the site root. With `--split`, a manifest
/// that cannot be read counts as missing (its chunks cannot be listed).
fn missing_files(options: &LeptosOptions, hashes: &[(String, String)]) -> Vec<String> {
    let root = std::path::Path::new(options.site_root.as_ref());
    bundle_urls_from(options, hashes)
        .into_iter()
        .filter(|url| !root.join(url.trim_start_matches('/')).is_file())
        .collect()
}

/// The main script and wasm of the browser bundle, as `HydrationScripts` names them.
pub fn entry_urls(options: &LeptosOptions) -> (String, String) {
    let urls = bundle_urls(options);
    (urls[0].clone(), urls[1].clone())
}

/// The one inline script of every page and of the shell: loads the bundle when the browser is
/// idle and starts the app (`hydrate`, which mounts instead on the shell). Its text is fixed
/// per build, so the shell's policy allows it by hash; pages allow it by nonce.
pub fn loader_script(options: &LeptosOptions) -> String {
    let (js, wasm) = entry_urls(options);
    format!(
        "const go=()=>import({js:?}).then(m=>m.default({{module_or_path:{wasm:?}}}).then(()=>m.hydrate()));\
         if(\"requestIdleCallback\" in window)requestIdleCallback(go,{{timeout:2000}});else setTimeout(go,0);"
    )
}

/// The bundle's stylesheet, as `HashedStylesheet` names it.
pub fn stylesheet_url(options: &LeptosOptions) -> String {
    bundle_urls(options).swap_remove(2)
}

/// The browser bundle's URLs, named as `HydrationScripts` and `HashedStylesheet` name them.
fn bundle_urls(options: &LeptosOptions) -> Vec<String> {
    bundle_urls_from(options, &file_hashes(options))
}

fn bundle_urls_from(options: &LeptosOptions, hashes: &[(String, String)]) -> Vec<String> {
    let name = |kind: &str| {
        let mut n = options.output_name.to_string();
        if let Some((_, h)) = hashes.iter().find(|(k, _)| k == kind) {
            n.push('.');
            n.push_str(h);
        } else if kind == "wasm" && option_env!("LEPTOS_OUTPUT_NAME").is_none() {
            n.push_str("_bg");
        }
        format!("/{}/{n}.{kind}", options.site_pkg_dir)
    };
    let mut urls = vec![name("js"), name("wasm"), name("css")];
    urls.extend(split_urls(options, hashes));
    urls
}

/// With `--split`, the lazy-loaded parts of the bundle: the loader, its manifest and every wasm
/// chunk the manifest names.
fn split_urls(options: &LeptosOptions, hashes: &[(String, String)]) -> Vec<String> {
    let hash = |kind: &str| hashes.iter().find(|(k, _)| k == kind).map(|(_, h)| h.clone());
    let (Some(split), Some(manifest)) = (hash("split"), hash("manifest")) else { return vec![] };
    let pkg = options.site_pkg_dir.as_ref();
    let manifest_file = format!("__wasm_split_manifest.{manifest}.json");
    let path = std::path::Path::new(options.site_root.as_ref()).join(pkg).join(&manifest_file);
    let chunks: std::collections::BTreeMap<String, Vec<String>> =
        std::fs::read_to_string(path).ok().and_then(|text| serde_json::from_str(&text).ok()).unwrap_or_default();
    let mut names: Vec<&String> = chunks.values().flatten().collect();
    names.sort();
    names.dedup();
    let mut urls = vec![format!("/{pkg}/__wasm_split.{split}.js"), format!("/{pkg}/{manifest_file}")];
    urls.extend(names.into_iter().map(|n| format!("/{pkg}/{n}.wasm")));
    urls
}

/// The app shell: the document every offline navigation gets. It carries no data and no words
/// (the app renders the page, in the user's language, from the phone's store).
fn render_shell(options: &LeptosOptions, retention_days: u32) -> String {
    let owner = Owner::new();
    owner.with(|| {
        // `data-shell` is SHELL_ATTRIBUTE: the browser entry point mounts instead of hydrating.
        debug_assert_eq!(SHELL_ATTRIBUTE, "data-shell");
        view! {
            <!DOCTYPE html>
            <html lang=reference().id dir="ltr" data-shell="">
                <head>
                    <meta charset="utf-8"/>
                    <meta name="viewport" content="width=device-width, initial-scale=1"/>
                    <meta name="theme-color" content=THEME_COLOUR/>
                    <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                    <link rel="manifest" href="/manifest.webmanifest"/>
                    <meta name=crate::referrals::consent::RETENTION_META content=retention_days.to_string()/>
                    <HashedStylesheet options=options.clone() id="leptos"/>
                    <script type="module" inner_html=loader_script(options)></script>
                </head>
                <body>
                    <div class="shell-loading" aria-busy="true"></div>
                </body>
            </html>
        }
        .to_html()
    })
}

impl PwaAssets {
    /// `release` (SIGNPOST_RELEASE) is mixed into the version so a deployment can force one.
    pub fn new(options: &LeptosOptions, release: &str, retention_days: u32) -> Self {
        let mut precache = vec!["/shell".to_string(), "/manifest.webmanifest".to_string(), "/favicon.svg".to_string()];
        precache.extend(ICONS.iter().map(|(src, _, _)| src.to_string()));
        precache.extend(bundle_urls(options));
        precache.extend(LOCALES.iter().map(|l| format!("/locales/{}.ftl", l.id)));
        let shell = render_shell(options, retention_days);
        let loader = loader_script(options);
        let shell_policy = crate::server::security::hashed_policy(&[&loader]);
        let stylesheet = stylesheet_url(options);

        let mut hasher = DefaultHasher::new();
        precache.hash(&mut hasher);
        shell.hash(&mut hasher);
        SW_TEMPLATE.hash(&mut hasher);
        for info in LOCALES {
            crate::i18n::catalogue::sources(info).hash(&mut hasher);
        }
        release.hash(&mut hasher);
        let version = format!("{:016x}", hasher.finish());

        let service_worker = SW_TEMPLATE
            .replace("__VERSION__", &version)
            .replace("__PRECACHE__", &serde_json::to_string(&precache).unwrap_or_else(|_| "[]".into()))
            .replace("__SKIP_WAITING__", SKIP_WAITING)
            .replace("__CLAIM__", CLAIM);
        Self { precache, stylesheet, loader, version, service_worker, shell, shell_policy }
    }
}

fn with_headers(body: String, content_type: &'static str, cache: &'static str) -> Response {
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    response
}

pub async fn service_worker(State(state): State<AppState>) -> Response {
    // Always revalidated: this script is how browsers learn of a new build.
    with_headers(state.pwa.service_worker.clone(), "text/javascript; charset=utf-8", "no-cache")
}

pub async fn shell(State(state): State<AppState>) -> Response {
    let mut response = with_headers(state.pwa.shell.clone(), "text/html; charset=utf-8", "no-cache");
    if let Ok(policy) = HeaderValue::from_str(&state.pwa.shell_policy) {
        response.headers_mut().insert(header::CONTENT_SECURITY_POLICY, policy);
    }
    response
}

/// The web app manifest, in the request's language.
pub async fn manifest(headers: HeaderMap) -> Response {
    let info = i18n_server::negotiate_request(&headers);
    let l = i18n_server::localizer(info);
    let icons: Vec<_> = ICONS
        .iter()
        .map(|(src, sizes, purpose)| serde_json::json!({ "src": src, "sizes": sizes, "type": "image/png", "purpose": purpose }))
        .collect();
    let manifest = serde_json::json!({
        "name": t!(l, "app-name"),
        "short_name": t!(l, "app-name"),
        "description": t!(l, "app-description"),
        "lang": info.id,
        "dir": info.dir.as_str(),
        "start_url": "/",
        "scope": "/",
        "display": "standalone",
        "background_color": BACKGROUND_COLOUR,
        "theme_color": THEME_COLOUR,
        "icons": icons,
    });
    with_headers(manifest.to_string(), "application/manifest+json", "no-cache")
}

/// A locale's Fluent source, for the app to switch language without the server.
pub async fn locale_file(Path(file): Path<String>) -> Response {
    let source = file
        .strip_suffix(".ftl")
        .and_then(find)
        .map(|info| crate::i18n::catalogue::sources(info).into_iter().map(|(_, source)| source).collect::<String>());
    match source {
        Some(text) => with_headers(text, "text/plain; charset=utf-8", "no-cache"),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(files: &[&str]) -> (tempfile::TempDir, LeptosOptions) {
        let dir = tempfile::tempdir().expect("temp dir");
        for f in files {
            let path = dir.path().join(f);
            std::fs::create_dir_all(path.parent().expect("parent")).expect("dirs");
            std::fs::write(path, if f.ends_with(".json") { r#"{"a":["chunk_1"],"b":["chunk_1","chunk_2"]}"# } else { "x" })
                .expect("write");
        }
        let options = LeptosOptions::builder()
            .output_name("signpost")
            .site_root(dir.path().to_string_lossy().to_string())
            .site_pkg_dir("pkg")
            .hash_files(true)
            .build();
        (dir, options)
    }

    const HASHES: &str = "js: J\nwasm: W\ncss: C\nsplit: S\nmanifest: M\n";
    const BUNDLE: [&str; 7] = [
        "pkg/signpost.J.js",
        "pkg/signpost.W.wasm",
        "pkg/signpost.C.css",
        "pkg/__wasm_split.S.js",
        "pkg/__wasm_split_manifest.M.json",
        "pkg/chunk_1.wasm",
        "pkg/chunk_2.wasm",
    ];

    #[test]
    fn a_complete_site_has_every_file_the_hash_list_names() {
        let (_dir, options) = site(&BUNDLE);
        assert_eq!(missing_files(&options, &parse_hashes(HASHES)), Vec::<String>::new());
    }

    #[test]
    fn a_hash_list_from_another_build_names_missing_files() {
        // Another clone's build: same names, other hashes for the wasm and the split loader.
        let (_dir, options) = site(&BUNDLE);
        let other = HASHES.replace("wasm: W", "wasm: X").replace("split: S", "split: T");
        assert_eq!(missing_files(&options, &parse_hashes(&other)), ["/pkg/signpost.X.wasm", "/pkg/__wasm_split.T.js"]);
        // A chunk the manifest names but the site lacks.
        let (_dir, options) = site(&BUNDLE[..6]);
        assert_eq!(missing_files(&options, &parse_hashes(HASHES)), ["/pkg/chunk_2.wasm"]);
        // No manifest: its chunks cannot be listed, and the manifest itself is missing.
        let (_dir, options) = site(&BUNDLE[..3]);
        assert_eq!(
            missing_files(&options, &parse_hashes(HASHES)),
            ["/pkg/__wasm_split.S.js", "/pkg/__wasm_split_manifest.M.json"]
        );
    }
}
