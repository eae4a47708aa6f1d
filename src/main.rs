//! The `signpost` command: runs the server, or one maintenance task (see `server::cli`).

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
