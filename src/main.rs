//! The `signpost` command: runs the server, or one maintenance task.

#[cfg(feature = "ssr")]
#[derive(clap::Parser)]
#[command(name = "signpost", about = "Signpost: Leicester's community directory and referrals")]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[cfg(feature = "ssr")]
#[derive(clap::Subcommand)]
enum Command {
    /// Run the web server (the default).
    Serve,
    /// Create the database if needed, bring it to the current schema, and exit.
    Migrate,
    /// Load the demo directory (or refresh it; running it twice adds nothing).
    SeedDemo,
}

#[cfg(feature = "ssr")]
#[tokio::main]
async fn main() -> std::process::ExitCode {
    use clap::Parser;
    use signpost::server::{self, config::Config};
    use std::process::ExitCode;

    let cli = Cli::parse();
    let config = match Config::from_env() {
        Ok(c) => c,
        Err(e) => return server::fail(&e.to_string()),
    };
    server::init_tracing(&config);
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => server::serve(config).await,
        Command::Migrate => match server::open_db(&config).await {
            Ok(_) => {
                println!("database {} is up to date", config.database_url);
                ExitCode::SUCCESS
            }
            Err(e) => server::fail(&e),
        },
        Command::SeedDemo => {
            let pool = match server::open_db(&config).await {
                Ok(p) => p,
                Err(e) => return server::fail(&e),
            };
            match server::seed_demo(&pool).await {
                Ok(n) => {
                    println!("loaded the demo directory: {n} services");
                    ExitCode::SUCCESS
                }
                Err(e) => server::fail(&e),
            }
        }
    }
}

#[cfg(not(feature = "ssr"))]
fn main() {
    // The browser build has no binary; its entry point is `hydrate` in lib.rs.
}
