import { expect, test, watch } from "./fixtures";
import { ChildProcess, execFileSync, spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { MAIN_PORT, bin, root, siteRoot } from "../servers";
import { hydrated, referFamily, signInAs } from "./helpers";

// Two app servers behind a load balancer (Debian's nginx, round robin), sharing one throwaway
// PostgreSQL: a listing change made through one reaches pages served by the other; a worker
// signs in on one and carries on on the other; a referral goes through, and after one server is
// killed mid-journey the receiving organisation accepts it and the worker hears, through the
// one left.
test.describe.configure({ mode: "default" });

const LB_PORT = MAIN_PORT + 5;
const APP_PORTS = [MAIN_PORT + 6, MAIN_PORT + 7];
const BASE = `http://127.0.0.1:${LB_PORT}`;
const PASSWORD = "correct horse battery staple";
const WORKER = "worker@zamzam.example.org";
const RECEIVER = "admin@wesley.example.org";

let work: string;
let pgDir: string;
let databaseUrl: string;
const apps: ChildProcess[] = [];
let nginx: ChildProcess;

function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, DATABASE_URL: databaseUrl, LEPTOS_SITE_ROOT: siteRoot, SIGNPOST_LOG: "warn", ...extra };
}

function signpost(args: string[], input?: string): string {
  return execFileSync(bin, args, { env: env(), input, encoding: "utf8" });
}

async function healthy(url: string, child?: ChildProcess) {
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
    if (child && child.exitCode !== null) throw new Error(`${url}: exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not become healthy`);
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  work = fs.mkdtempSync(path.join(os.tmpdir(), "signpost-lb-"));
  pgDir = fs.mkdtempSync("/tmp/signpost-lbpg.");
  fs.rmdirSync(pgDir);
  const admin = execFileSync(path.join(root, ".ci/postgres.sh"), ["start", pgDir], { encoding: "utf8" }).trim();
  execFileSync("psql", [admin, "-q", "-c", "CREATE DATABASE signpost_lb"]);
  databaseUrl = admin.replace("/postgres?", "/signpost_lb?");
  // Both servers start at once, on an empty database: migrations run once, the demo loads once.
  for (const port of APP_PORTS) {
    apps.push(spawn(bin, [], { cwd: root, env: env({ LEPTOS_SITE_ADDR: `127.0.0.1:${port}`, SIGNPOST_TRUSTED_PROXIES: "127.0.0.1" }), stdio: "ignore" }));
  }
  await Promise.all(APP_PORTS.map((port, i) => healthy(`http://127.0.0.1:${port}/healthz`, apps[i])));
  for (const [email, org, role] of [
    [WORKER, "ZamZam Unlimited Possibilities", "worker"],
    [RECEIVER, "Wesley Hall Community Centre", "org-admin"],
  ]) {
    signpost(["user", "add", "--email", email, "--org", org, "--role", role, "--password-stdin"], `${PASSWORD}\n`);
  }
  fs.mkdirSync(path.join(work, "tmp"));
  fs.writeFileSync(
    path.join(work, "nginx.conf"),
    `worker_processes 1; daemon off; pid ${work}/nginx.pid; error_log ${work}/error.log;
${process.getuid?.() === 0 ? "user root;" : ""}
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${work}/tmp; proxy_temp_path ${work}/tmp; fastcgi_temp_path ${work}/tmp;
  uwsgi_temp_path ${work}/tmp; scgi_temp_path ${work}/tmp;
  upstream signpost {
    ${APP_PORTS.map((p) => `server 127.0.0.1:${p} max_fails=1 fail_timeout=30s;`).join("\n    ")}
  }
  server {
    listen 127.0.0.1:${LB_PORT};
    location / {
      proxy_pass http://signpost;
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_next_upstream error timeout http_502;
      add_header X-Upstream $upstream_addr always;
    }
  }
}`,
  );
  nginx = spawn("nginx", ["-c", path.join(work, "nginx.conf")], { stdio: "ignore" });
  await healthy(`${BASE}/healthz`, nginx);
});

/** Still running (not exited, not killed by a signal). */
const running = (c?: ChildProcess): c is ChildProcess => !!c && c.exitCode === null && c.signalCode === null;

test.afterAll(async () => {
  const left = [nginx, ...apps].filter(running);
  const exited = left.map((c) => new Promise((r) => c.once("exit", r)));
  left.forEach((c) => c.kill("SIGTERM"));
  await Promise.all(exited);
  execFileSync(path.join(root, ".ci/postgres.sh"), ["stop", pgDir]);
  fs.rmSync(work, { recursive: true, force: true });
});

/** Which app server answered, by its port. */
async function answeredBy(url: string): Promise<string> {
  const r = await fetch(url);
  return r.headers.get("x-upstream") ?? "";
}

test("two servers behind a load balancer share sessions, listings and referrals, and one can die mid-journey", async ({ browser }) => {
  test.setTimeout(120_000);
  // Requests alternate between the two.
  const upstreams = new Set<string>();
  for (let i = 0; i < 4; i++) upstreams.add(await answeredBy(`${BASE}/healthz`));
  expect([...upstreams].sort()).toEqual(APP_PORTS.map((p) => `127.0.0.1:${p}`).sort());

  // A listing change made on the database reaches both servers' pages.
  const service = JSON.parse(signpost(["service", "export", await serviceId("Wesley Hall Food Bank")]));
  service.name = "Wesley Hall Food Bank and Pantry";
  signpost(["service", "import"], JSON.stringify(service));
  for (let i = 0; i < 2; i++) {
    const html = await (await fetch(`${BASE}/services/${service.id}`)).text();
    expect(html).toContain("Wesley Hall Food Bank and Pantry");
  }

  // A worker signs in (on one server) and refers (through whichever answers).
  const worker = await browser.newContext({ baseURL: BASE, locale: "en-GB" });
  watch(worker);
  const page = await worker.newPage();
  await signInAs(page, WORKER, PASSWORD);
  await hydrated(page);
  const person = `Hodan Warsame ${Date.now() % 100000}`;
  await page.goto(`/services/${service.id}/refer`);
  await hydrated(page);
  await referFamily(page, { person, phone: "0116 496 0777", referrer: WORKER });
  const item = page.getByRole("listitem").filter({ hasText: "Wesley Hall Food Bank and Pantry" });
  await expect(item).toContainText("Delivered to the service", { timeout: 45_000 });

  // One server dies, mid-journey.
  apps[0].kill("SIGKILL");
  await new Promise((r) => apps[0].once("exit", r));

  // The receiving organisation works through the one left, and the worker hears of it.
  const receiver = await browser.newContext({ baseURL: BASE, locale: "en-GB" });
  watch(receiver);
  const inbox = await receiver.newPage();
  await signInAs(inbox, RECEIVER, PASSWORD);
  await inbox.goto("/inbox");
  await expect(inbox.getByRole("link", { name: new RegExp(person) })).toHaveCount(1);
  await inbox.getByRole("link", { name: new RegExp(person) }).click();
  await inbox.getByRole("button", { name: "Accept" }).click();
  await expect(inbox.getByText("Accepted", { exact: true }).first()).toBeVisible();
  await page.getByRole("button", { name: "Send now" }).click();
  await expect(item).toContainText("The service's answer: Accepted");
  await receiver.close();
  await worker.close();
});

/** The id of the service with this name, from the search page. */
async function serviceId(name: string): Promise<string> {
  const html = await (await fetch(`${BASE}/?q=${encodeURIComponent(name)}`)).text();
  const id = html.match(/href="\/services\/([0-9a-f-]{36})"/)?.[1];
  if (!id) throw new Error(`no service called ${name}`);
  return id;
}
