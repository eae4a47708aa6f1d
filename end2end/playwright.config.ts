import { defineConfig } from "@playwright/test";
import * as os from "os";
import * as path from "path";

// Runs the release build of the server on its own port with a fresh SQLite file (the demo
// directory is loaded on first start), and drives Debian's Chromium: never a downloaded browser.
const root = path.resolve(__dirname, "..");
const port = Number(process.env.SIGNPOST_E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const bin = process.env.SIGNPOST_BIN ?? path.join(root, "target/release/signpost");
const db = path.join(os.tmpdir(), `signpost-e2e-${port}.db`);

export default defineConfig({
  testDir: "./tests",
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    locale: "en-GB",
    timezoneId: "Europe/London",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "hydrated", testIgnore: /no-javascript/, use: { javaScriptEnabled: true } },
    { name: "no-javascript", testMatch: /no-javascript/, use: { javaScriptEnabled: false } },
  ],
  webServer: {
    command: `rm -f "${db}" "${db}-wal" "${db}-shm" && exec "${bin}"`,
    cwd: root,
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      DATABASE_URL: `sqlite://${db}`,
      LEPTOS_SITE_ROOT: path.join(root, "target/site"),
      LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
      SIGNPOST_LOG: "warn",
    },
  },
});
