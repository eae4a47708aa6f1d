//! The `signpost` command line: serve, and maintenance tasks for operators.

use std::{io::Read, path::PathBuf, process::ExitCode};

use uuid::Uuid;

use super::{config::Config, fail, open_db, seed_demo, serve};
use crate::{
    directory::{model::Service, store},
    i18n::{reference, server::localizer},
};

#[derive(clap::Parser)]
#[command(name = "signpost", about = "Signpost: Leicester's community directory and referrals")]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(clap::Subcommand)]
enum Command {
    /// Run the web server (the default).
    Serve,
    /// Create the database if needed, bring it to the current schema, and exit.
    Migrate,
    /// Load the demo directory (or refresh it; running it twice adds nothing).
    SeedDemo,
    /// Look after one service in the directory.
    Service {
        #[command(subcommand)]
        action: ServiceAction,
    },
    /// Look after the people who sign in.
    User {
        #[command(subcommand)]
        action: UserAction,
    },
    /// Look after referrals.
    Referrals {
        #[command(subcommand)]
        action: ReferralsAction,
    },
    /// The translations: which are machine drafts, and which need translating again.
    Locales {
        #[command(subcommand)]
        action: LocalesAction,
    },
    /// Work on whole databases.
    Db {
        #[command(subcommand)]
        action: DbAction,
    },
    /// Open Referral UK 3.0: bring in another directory's records, or write this one's out.
    Oruk {
        #[command(subcommand)]
        action: OrukAction,
    },
    /// Fill an empty database with a synthetic directory of N services, for benchmarks and
    /// load tests; or, with --json, write it (and its search vocabulary) to a file instead.
    Synthetic {
        #[arg(long)]
        services: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[arg(long)]
        json: Option<PathBuf>,
    },
}

#[derive(clap::Subcommand)]
enum LocalesAction {
    /// List each locale's review status and the messages whose English changed since they were
    /// translated (or that were never recorded). Exits 0 either way.
    Stale,
    /// Record that messages of LOCALE were translated from the English as it is now (after
    /// translating them again): all of its messages, or only those named.
    Record {
        locale: String,
        messages: Vec<String>,
        /// The project's locales directory.
        #[arg(long, default_value = "locales")]
        dir: PathBuf,
    },
}

#[derive(clap::Subcommand)]
enum OrukAction {
    /// Bring in the services (and their organisations) of an ORUK feed, given by its API's base
    /// address (every page of /services is walked, then each service), or of an ORUK JSON file.
    /// Records are matched by their ORUK ids: a second run changes nothing. Either every
    /// accepted record is written, or none.
    Import {
        source: String,
        /// Print what would be new, changed, unchanged or refused (and why), and write nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Write the whole published directory: `--format json` to the file OUT (`-`: standard
    /// output), `--format csv` as ORUK's CSV tables into the directory OUT.
    Export {
        #[arg(long, value_parser = ["json", "csv"])]
        format: String,
        out: PathBuf,
    },
}

#[derive(clap::Subcommand)]
enum DbAction {
    /// Copy a whole deployment into a new database (e.g. from SQLite to PostgreSQL), in one
    /// transaction, then compare both sides table by table (rows and checksums). DATABASE_URL
    /// is not used: both are given here.
    Copy {
        /// The database to copy, e.g. sqlite://signpost.db
        #[arg(long)]
        from: String,
        /// The new, empty database, e.g. postgres://signpost@db.example.org/signpost
        #[arg(long)]
        to: String,
        /// Copy sessions too, so nobody has to sign in again.
        #[arg(long)]
        sessions: bool,
    },
}

#[derive(clap::Subcommand)]
enum UserAction {
    /// Add an account to an organisation. Prints a generated password once, unless
    /// --password-stdin gives one (at least 12 characters).
    Add {
        #[arg(long)]
        email: String,
        /// The organisation's id or exact name.
        #[arg(long)]
        org: String,
        /// worker, org-admin or coordinator.
        #[arg(long)]
        role: String,
        #[arg(long)]
        password_stdin: bool,
    },
    /// Set a new password (generated and printed once, or from --password-stdin) and end the
    /// account's sessions.
    ResetPassword {
        #[arg(long)]
        email: String,
        #[arg(long)]
        password_stdin: bool,
    },
}

#[derive(clap::Subcommand)]
enum ReferralsAction {
    /// Purge the personal details of referrals nobody has touched (no status change, no note)
    /// for the retention period (SIGNPOST_RETENTION_DAYS, or --older-than-days), whatever their
    /// status, keeping the anonymised figures. The server also does this daily.
    Purge {
        #[arg(long)]
        older_than_days: Option<u64>,
    },
}

#[derive(clap::Subcommand)]
enum ServiceAction {
    /// Print a service as JSON.
    Export { id: Uuid },
    /// Save a service from JSON (as `export` prints it), adding it or replacing the one with
    /// its id. Reads FILE, or standard input when FILE is `-` or missing.
    Import { file: Option<PathBuf> },
    /// Remove a service from the directory. Phones drop it at their next sync.
    Delete { id: Uuid },
}

pub async fn run(cli: Cli, config: Config) -> ExitCode {
    let command = cli.command.unwrap_or(Command::Serve);
    match command {
        Command::Serve => return serve(config).await,
        Command::Locales { action } => return locales(action),
        Command::Synthetic { services, seed, json: Some(path) } => {
            // Writes a file: no database involved.
            let directory = crate::directory::synthetic::directory(services, seed);
            let vocabulary = crate::directory::cache::vocabulary(&directory.languages());
            let text = serde_json::json!({ "directory": directory, "vocabulary": vocabulary }).to_string();
            return match std::fs::write(&path, text) {
                Ok(()) => {
                    println!("wrote {services} synthetic services to {}", path.display());
                    ExitCode::SUCCESS
                }
                Err(e) => fail(&format!("{}: {e}", path.display())),
            };
        }
        Command::Db { action: DbAction::Copy { from, to, sessions } } => {
            let (from, to) = (super::config::DatabaseUrl(from), super::config::DatabaseUrl(to));
            return match super::copy::copy(&from, &to, sessions).await {
                Ok(report) => {
                    println!("copied {from} to {to}:");
                    for (table, digest) in &report.tables {
                        println!("  {table:<22} {:>8} rows  sha256 {}", digest.rows, &digest.sha256[..16]);
                    }
                    println!("verified: every table has the same rows and checksum in both");
                    ExitCode::SUCCESS
                }
                Err(e) => fail(&e),
            };
        }
        _ => {}
    }
    let db = match open_db(&config).await {
        Ok(p) => p,
        Err(e) => return fail(&e),
    };
    let outcome = match command {
        Command::Serve | Command::Db { .. } | Command::Locales { .. } => unreachable!("handled above"),
        Command::Migrate => Ok(format!("database {} is up to date", config.database_url)),
        Command::SeedDemo => seed_demo(&db).await.map(|n| format!("loaded the demo directory: {n} services")),
        Command::Service { action } => service(&db, action).await,
        Command::Oruk { action } => oruk(&db, action).await,
        Command::Synthetic { services, seed, .. } => synthetic(&db, services, seed).await,
        Command::User { action } => user(&db, action).await,
        Command::Referrals { action: ReferralsAction::Purge { older_than_days } } => {
            let retention = older_than_days.map_or(config.retention_days(), |d| d.min(u64::from(u32::MAX)) as u32);
            super::housekeeping(&db, retention).await.map(|n| format!("purged the personal details of {n} referrals"))
        }
    };
    db.close().await;
    match outcome {
        Ok(message) => {
            println!("{message}");
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e),
    }
}

/// The password from standard input (first line), or a generated one to print.
fn password(from_stdin: bool) -> Result<(String, bool), String> {
    if from_stdin {
        let mut line = String::new();
        std::io::stdin().read_line(&mut line).map_err(|e| e.to_string())?;
        Ok((line.trim_end_matches(['\r', '\n']).to_string(), false))
    } else {
        Ok((crate::accounts::store::random_token()[..24].to_string(), true))
    }
}

async fn user(db: &super::db::Db, action: UserAction) -> Result<String, String> {
    use crate::accounts::{model::Role, store::{self as accounts, AccountError}};
    let en = localizer(reference());
    let explain = |e: AccountError| match e {
        AccountError::Rejected(id) => en.t(id),
        other => other.to_string(),
    };
    match action {
        UserAction::Add { email, org, role, password_stdin } => {
            let role = Role::from_code(&role).ok_or_else(|| format!("role must be worker, org-admin or coordinator, not {role:?}"))?;
            let organisation = accounts::find_organisation(db, &org).await.map_err(explain)?;
            let (password, generated) = password(password_stdin)?;
            let user = accounts::add_user(db, &email, organisation, role, &password).await.map_err(explain)?;
            let shown = if generated { format!("\npassword (shown once): {password}") } else { String::new() };
            Ok(format!("added {} ({}) to organisation {organisation}{shown}", user.email, role.code()))
        }
        UserAction::ResetPassword { email, password_stdin } => {
            let (password, generated) = password(password_stdin)?;
            accounts::reset_password(db, &email, &password).await.map_err(explain)?;
            let shown = if generated { format!("\npassword (shown once): {password}") } else { String::new() };
            Ok(format!("new password set; the account's sessions have ended{shown}"))
        }
    }
}

async fn synthetic(db: &super::db::Db, services: usize, seed: u64) -> Result<String, String> {
    let directory = crate::directory::synthetic::directory(services, seed);
    if store::organisation_count(db).await.map_err(|e| e.to_string())? > 0 {
        return Err("the database already has a directory: use an empty database".into());
    }
    store::save_directory(db, &directory, false).await.map_err(|e| e.to_string())?;
    Ok(format!("loaded {services} synthetic services"))
}

async fn service(db: &super::db::Db, action: ServiceAction) -> Result<String, String> {
    let en = localizer(reference());
    match action {
        ServiceAction::Export { id } => {
            let (_, directory) = store::load(db).await.map_err(|e| e.to_string())?;
            let service = directory.service(id).ok_or_else(|| format!("no service has id {id}"))?;
            serde_json::to_string_pretty(service).map_err(|e| e.to_string())
        }
        ServiceAction::Import { file } => {
            let mut text = String::new();
            match file.as_deref().filter(|f| f.as_os_str() != "-") {
                Some(path) => text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?,
                None => {
                    std::io::stdin().read_to_string(&mut text).map_err(|e| e.to_string())?;
                }
            }
            let service: Service = serde_json::from_str(&text).map_err(|e| format!("not a service: {e}"))?;
            let problems = service.problems();
            if !problems.is_empty() {
                let lines: Vec<String> = problems.iter().map(|id| format!("  - {}", en.t(id))).collect();
                return Err(format!("nothing saved:\n{}", lines.join("\n")));
            }
            let mut tx = db.begin().await.map_err(|e| e.to_string())?;
            let known: Option<String> = crate::on_tx!(&mut tx, conn => {
                sqlx::query_scalar("SELECT id FROM organizations WHERE id = $1")
                    .bind(service.organisation_id.to_string())
                    .fetch_optional(conn)
                    .await
            })
            .map_err(|e| e.to_string())?;
            if known.is_none() {
                return Err(format!("nothing saved: {}", en.t("service-invalid-organisation")));
            }
            let now = crate::accounts::store::now_ms();
            crate::listings::store::publish_service(&mut tx, &service, false, None, None, now)
                .await
                .map_err(|e| format!("nothing saved: {e}"))?;
            tx.commit().await.map_err(|e| e.to_string())?;
            Ok(format!("saved service {}", service.id))
        }
        ServiceAction::Delete { id } => {
            // Taken out of the directory; its versions are kept, so it can be restored.
            let (_, directory) = store::load(db).await.map_err(|e| e.to_string())?;
            let service = directory.service(id).ok_or_else(|| format!("no service has id {id}"))?;
            let mut tx = db.begin().await.map_err(|e| e.to_string())?;
            let now = crate::accounts::store::now_ms();
            crate::listings::store::publish_service(&mut tx, service, true, None, None, now).await.map_err(|e| e.to_string())?;
            tx.commit().await.map_err(|e| e.to_string())?;
            Ok(format!("deleted service {id}"))
        }
    }
}

async fn oruk(db: &super::db::Db, action: OrukAction) -> Result<String, String> {
    use crate::oruk::{export, import};
    match action {
        OrukAction::Export { format, out } => {
            let snapshot = crate::directory::cache::DirectoryCache::default().get(db).await.map_err(|e| e.to_string())?;
            let services = snapshot.directory.services.len();
            if format == "json" {
                let text = export::json(&snapshot);
                if out.as_os_str() == "-" {
                    println!("{text}");
                    return Ok(format!("exported {services} services"));
                }
                std::fs::write(&out, text).map_err(|e| format!("{}: {e}", out.display()))?;
                return Ok(format!("exported {services} services to {}", out.display()));
            }
            std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
            for (name, bytes) in export::csv(&snapshot) {
                let path = out.join(name);
                std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
            }
            Ok(format!("exported {services} services as {} CSV files in {}", export::CSV_FILES.len(), out.display()))
        }
        OrukAction::Import { source, dry_run } => {
            let records = if source.starts_with("http://") || source.starts_with("https://") {
                import::fetch(&source).await
            } else {
                let path = std::path::Path::new(&source);
                let size = std::fs::metadata(path).map_err(|e| format!("{source}: {e}"))?.len();
                if size > import::MAX_BYTES as u64 {
                    Err(import::SourceError::TooLarge)
                } else {
                    import::parse(&std::fs::read_to_string(path).map_err(|e| format!("{source}: {e}"))?)
                }
            }
            .map_err(|e| format!("nothing imported: {e}"))?;
            let (_, current) = store::load(db).await.map_err(|e| e.to_string())?;
            let plan = import::plan(&records, &current);
            println!("{}", plan.report(&localizer(reference())));
            let [new, changed, ..] = plan.counts();
            if dry_run {
                return Ok("dry run: nothing written".into());
            }
            if new + changed == 0 {
                return Ok("nothing to change".into());
            }
            import::apply(db, &plan, &source, crate::accounts::store::now_ms()).await.map_err(|e| format!("nothing imported: {e}"))?;
            Ok(format!("imported from {source}: {new} new, {changed} changed"))
        }
    }
}

/// `signpost locales …`: no database involved.
fn locales(action: LocalesAction) -> ExitCode {
    use crate::i18n::{LOCALES, REVIEWS, Review, catalogue};
    match action {
        LocalesAction::Stale => {
            use std::io::Write as _;
            let mut out = std::io::stdout().lock();
            for info in LOCALES {
                let review = match info.review {
                    Review::MachineDraft => "machine draft".to_string(),
                    Review::Reviewed => REVIEWS
                        .iter()
                        .find(|(id, ..)| *id == info.id)
                        .map_or_else(|| "reviewed".to_string(), |(_, by, on)| format!("reviewed by {by} on {on}")),
                };
                let stale = catalogue::stale(info);
                let english = catalogue::english_in_place(info);
                // Written to a pipe that may close early (`| head`): stop quietly then.
                if writeln!(out, "{} ({}): {review}; {} stale", info.id, info.english, stale.len()).is_err() {
                    break;
                }
                for id in stale {
                    let shown = if english.contains(&id) { "  (shown in English until translated again)" } else { "" };
                    let _ = writeln!(out, "  {id}{shown}");
                }
            }
            ExitCode::SUCCESS
        }
        LocalesAction::Record { locale, messages, dir } => {
            let Some(info) = crate::i18n::find(&locale).filter(|i| !std::ptr::eq(*i, reference())) else {
                return fail(&format!("{locale}: not a translated locale (see locales/locales.toml)"));
            };
            let path = dir.join(info.id).join("translated-from.toml");
            let current = std::fs::read_to_string(&path).unwrap_or_default();
            match catalogue::record(&current, &messages).map(|text| std::fs::write(&path, text).map_err(|e| e.to_string())) {
                Ok(Ok(())) => {
                    let what = if messages.is_empty() { "every message".to_string() } else { messages.join(", ") };
                    println!("{}: recorded {what} as translated from the English as it is now ({})", info.id, path.display());
                    ExitCode::SUCCESS
                }
                Ok(Err(e)) | Err(e) => fail(&format!("{}: {e}", path.display())),
            }
        }
    }
}
