import { cpus } from 'node:os';
import { defineConfig, devices } from '@playwright/test';

// scripts/test-all.mjs finds (or installs) Chromium and passes its path; a direct
// `npx playwright test` falls back to the same search without installing.
const executablePath = process.env.CHROMIUM_PATH || undefined;
const port = Number(process.env.E2E_PORT ?? 4329);
// A build for a sub-path (DIST_DIR + BASE_PATH, see scripts/test-all.mjs) is served at that path.
const basePath = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

export default defineConfig({
  testDir: 'tests/e2e',
  // Chart snapshots are SVG text, the same on every platform.
  snapshotPathTemplate: '{testDir}/{testFileName}-snapshots/{arg}{ext}',
  fullyParallel: true,
  // Two workers even on a 2-core machine: the tests mostly wait on the browser.
  workers: Math.max(2, Math.floor(cpus().length / 2)),
  reporter: [['list']],
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    // The offline worker precaches the whole course; pages are tested without it, and
    // tests/e2e/offline.spec.ts allows it where it is the subject.
    serviceWorkers: 'block',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      // Headless as root in a sandboxed container, and nothing that would reach outside this machine.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // The same Node that runs Playwright (Node 24 from .node/ on an older machine).
    command: `"${process.execPath}" scripts/serve-dist.mjs ${port} 127.0.0.1`,
    url: `http://127.0.0.1:${port}${basePath}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
