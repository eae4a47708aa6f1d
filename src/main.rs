//! The `signpost` command: runs the server, or one maintenance task (see `server::cli`).

/// mimalloc rather than the system's malloc: rendering a page makes many small allocations on
/// both worker threads, where glibc's arenas and their locks cost most (ARCHITECTURE.md).
#[cfg(feature = "ssr")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[cfg(feature = "ssr")]
#[tokio::main]
async fn main() -> std::process::ExitCode {
    use clap::Parser;
    use signpost::server::{self, cli::Cli, config::Config};

    let cli = Cli::parse();
    let config = match Config::from_env() {
        Ok(c) => c,
        Err(e) => return server::fail(&e.to_string()),
    };
    server::init_tracing(&config);
    server::cli::run(cli, config).await
}

#[cfg(not(feature = "ssr"))]
fn main() {
    // The browser build has no binary; its entry point is `hydrate` in lib.rs.
}
