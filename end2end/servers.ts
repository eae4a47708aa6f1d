// The servers the end-to-end tests run against, and how to start more. Each server is the
// release binary with its own SQLite file (the demo directory is loaded on first start).
import { ChildProcess, execFileSync, spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export const root = path.resolve(__dirname, "..");
export const bin = process.env.SIGNPOST_BIN ?? path.join(root, "target/release/signpost");
export const siteRoot = path.join(root, "target/site");

/** Read-only journeys share this server. */
export const MAIN_PORT = Number(process.env.SIGNPOST_E2E_PORT ?? 3100);
/** Offline and sync tests, which change the directory, have their own. */
export const SYNC_PORT = MAIN_PORT + 1;
/** The update test starts and stops its own servers here. */
export const UPDATE_PORT = MAIN_PORT + 2;
/** The referral journey, which adds accounts and referrals, has its own. */
export const REFERRALS_PORT = MAIN_PORT + 3;
/** The shared-phone test starts its own server here (short session idle time). */
export const SHARED_PHONE_PORT = MAIN_PORT + 4;
/** Listings kept by the network (organisations, services, moderation) have their own. */
export const LISTINGS_PORT = MAIN_PORT + 8;
/** The locales journeys (every locale on a small phone). */
export const LOCALES_PORT = MAIN_PORT + 9;

export function dbPath(port: number): string {
  return path.join(os.tmpdir(), `signpost-e2e-${port}.db`);
}

export function serverEnv(port: number, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URL: `sqlite://${dbPath(port)}`,
    LEPTOS_SITE_ROOT: siteRoot,
    LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
    SIGNPOST_LOG: "warn",
    ...extra,
  };
}

/** The webServer entry for a port: a fresh database each run. */
export function webServer(port: number) {
  const db = dbPath(port);
  return {
    command: `rm -f "${db}" "${db}-wal" "${db}-shm" && exec "${bin}"`,
    cwd: root,
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore" as const,
    stderr: "pipe" as const,
    env: serverEnv(port),
  };
}

/** Runs the `signpost` command against a server's database (as an operator would). */
export function cli(port: number, args: string[], input?: string): string {
  return execFileSync(bin, args, { env: { ...process.env, ...serverEnv(port) }, input, encoding: "utf8" });
}

/** Adds an account to a server's database (as an operator would); one that is there already
 * (a test worker restarted after a failure) is fine. */
export function addAccount(port: number, email: string, org: string, role: string, password: string) {
  try {
    cli(port, ["user", "add", "--email", email, "--org", org, "--role", role, "--password-stdin"], `${password}\n`);
  } catch (e) {
    if (!String((e as { stderr?: string }).stderr).includes("already exists")) throw e;
  }
}

/** Starts a server of our own (on a fresh database if asked); resolves once it answers /healthz. */
export async function startServer(port: number, extra: Record<string, string>, options: { fresh?: boolean } = {}): Promise<ChildProcess> {
  if (options.fresh) {
    const db = dbPath(port);
    for (const f of [db, `${db}-wal`, `${db}-shm`]) fs.rmSync(f, { force: true });
  }
  const child = spawn(bin, [], { cwd: root, env: { ...process.env, ...serverEnv(port, extra) }, stdio: "ignore" });
  const deadline = Date.now() + 60_000;
  for (;;) {
    // A server that exited (say, the port was taken) must not be mistaken for whatever answers.
    if (child.exitCode !== null) throw new Error(`server on ${port} exited with ${child.exitCode}`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (r.ok) return child;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server on ${port} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Stops a server we started, and waits until it has exited. */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
