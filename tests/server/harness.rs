//! Starts and stops a server for one test, on a database of its own: a SQLite file in the
//! test's directory, or — when the test command runs the suite against PostgreSQL
//! (`SIGNPOST_TEST_POSTGRES`, an admin URL of a throwaway server) — a fresh PostgreSQL database.
//! The database's URL is kept in the directory (`database-url`), so the CLI runs against it too.

use std::{
    io::Read,
    net::TcpListener,
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    sync::{Arc, Mutex},
    thread::JoinHandle,
    time::{Duration, Instant},
};

use tempfile::TempDir;

pub const BIN: &str = env!("CARGO_BIN_EXE_signpost");

/// A running server with its own database file, stopped when dropped.
pub struct TestServer {
    child: Option<Child>,
    /// Everything the server printed (read continuously, so its pipes never fill up).
    output: Arc<Mutex<Vec<u8>>>,
    readers: Vec<JoinHandle<()>>,
    pub base: String,
    pub dir: TempDir,
}

fn drain(mut from: impl Read + Send + 'static, into: Arc<Mutex<Vec<u8>>>) -> JoinHandle<()> {
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n) = from.read(&mut buf) {
            if n == 0 {
                break;
            }
            into.lock().unwrap().extend_from_slice(&buf[..n]);
        }
    })
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// Where a test directory keeps its database's URL.
fn url_file(dir: &Path) -> PathBuf {
    dir.join("database-url")
}

/// The URL of the database for `dir` (a SQLite file there unless [`fresh_dir`] chose otherwise).
pub fn database_url(dir: &Path) -> String {
    std::fs::read_to_string(url_file(dir)).unwrap_or_else(|_| format!("sqlite://{}", dir.join("signpost.db").display()))
}

/// A test directory with a fresh database of the kind this run tests (SQLite or PostgreSQL).
pub async fn fresh_dir() -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    prepare(dir.path()).await;
    dir
}

async fn prepare(dir: &Path) {
    if !url_file(dir).exists() {
        std::fs::write(url_file(dir), signpost::server::db::test_database_url(dir).await).unwrap();
    }
}

/// Whether the run tests PostgreSQL.
pub fn on_postgres() -> bool {
    std::env::var("SIGNPOST_TEST_POSTGRES").is_ok_and(|v| !v.is_empty())
}

/// The database of `dir`, opened by the test itself (to look at what the server stored).
pub async fn open_database(dir: &Path) -> signpost::server::db::Db {
    signpost::server::db::open(&signpost::server::config::DatabaseUrl(database_url(dir))).await.unwrap()
}

/// The command to run the binary against the database in `dir`.
pub fn command(dir: &Path) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.env("DATABASE_URL", database_url(dir))
        .env("LEPTOS_SITE_ROOT", dir.join("site"))
        .env("LEPTOS_HASH_FILES", "false")
        .env("SIGNPOST_LOG", "signpost=debug,info")
        .env_remove("RUST_LOG");
    cmd
}

pub fn db_path(dir: &Path) -> PathBuf {
    dir.join("signpost.db")
}

impl TestServer {
    pub async fn start() -> Self {
        Self::start_in(tempfile::tempdir().unwrap()).await
    }

    pub async fn start_in(dir: TempDir) -> Self {
        Self::start_with(dir, &[]).await
    }

    /// Starts with extra environment variables.
    pub async fn start_with(dir: TempDir, env: &[(&str, &str)]) -> Self {
        prepare(dir.path()).await;
        let port = free_port();
        let mut child = command(dir.path())
            .envs(env.iter().copied())
            .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("server starts");
        let output = Arc::new(Mutex::new(Vec::new()));
        let readers = vec![
            drain(child.stdout.take().unwrap(), output.clone()),
            drain(child.stderr.take().unwrap(), output.clone()),
        ];
        let server =
            TestServer { child: Some(child), output, readers, base: format!("http://127.0.0.1:{port}"), dir };
        server.wait_until_healthy().await;
        server
    }

    async fn wait_until_healthy(&self) {
        let client = client();
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Ok(r) = client.get(self.url("/healthz")).send().await
                && r.status().is_success()
            {
                return;
            }
            assert!(Instant::now() < deadline, "server did not become healthy:\n{}", self.output_text());
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        client().get(self.url(path)).send().await.unwrap()
    }

    /// Status and HTML, without Leptos's hydration markers (`<!>`).
    pub async fn text(&self, path: &str) -> (u16, String) {
        let r = self.get(path).await;
        (r.status().as_u16(), strip_markers(&r.text().await.unwrap()))
    }

    pub fn output_text(&self) -> String {
        String::from_utf8_lossy(&self.output.lock().unwrap()).into_owned()
    }

    /// Stops the server with SIGTERM and returns its exit status and everything it printed.
    pub fn stop(mut self) -> (std::process::ExitStatus, String) {
        let mut child = self.child.take().unwrap();
        let _ = Command::new("kill").args(["-TERM", &child.id().to_string()]).status();
        let deadline = Instant::now() + Duration::from_secs(20);
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            assert!(Instant::now() < deadline, "server did not stop after SIGTERM");
            std::thread::sleep(Duration::from_millis(20));
        };
        for reader in self.readers.drain(..) {
            reader.join().unwrap();
        }
        (status, self.output_text())
    }
}

impl TestServer {
    /// Kills the server at once (SIGKILL: no shutdown, nothing flushed, requests cut off) and
    /// returns everything it printed. Its directory (and database) stays.
    pub fn kill(&mut self) -> String {
        if let Some(mut child) = self.child.take() {
            child.kill().unwrap();
            child.wait().unwrap();
        }
        for reader in self.readers.drain(..) {
            reader.join().unwrap();
        }
        self.output_text()
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// An HTTP client that does not follow redirects or decompress, so tests see what was sent.
pub fn client() -> reqwest::Client {
    signpost::server::http_client().redirect(reqwest::redirect::Policy::none()).build().unwrap()
}

/// The demo's id for a service key (same derivation as the app).
pub fn demo_service(key: &str) -> String {
    signpost::directory::demo::service_id(key).to_string()
}

pub fn demo_organisation(key: &str) -> String {
    signpost::directory::demo::organisation_id(key).to_string()
}

/// Removes the empty comments (`<!>`) Leptos puts between text nodes for hydration.
pub fn strip_markers(html: &str) -> String {
    html.replace("<!>", "")
}

/// A GET with a cookie (empty: none): status and body (hydration markers taken out).
pub async fn text_with_cookie(server: &TestServer, path: &str, cookie: &str) -> (u16, String) {
    let mut request = client().get(server.url(path));
    if !cookie.is_empty() {
        request = request.header("cookie", cookie);
    }
    let r = request.send().await.unwrap();
    (r.status().as_u16(), strip_markers(&r.text().await.unwrap()))
}

/// The scripts a page runs: each inline `<script>` but data (`type="application/json"`), as its
/// attributes and its text.
pub fn page_scripts(html: &str) -> Vec<(String, String)> {
    html.split("<script")
        .skip(1)
        .map(|s| {
            let (attrs, rest) = s.split_once('>').expect("a script tag ends");
            (attrs.to_string(), rest[..rest.find("</script>").expect("a script ends")].to_string())
        })
        .filter(|(attrs, _)| !attrs.contains(r#"type="application/json""#))
        .collect()
}
