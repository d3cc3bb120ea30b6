/**
 * Finds a Chromium for the browser tests, installing one when there is none:
 *   1. Playwright's own Chromium, when `npx playwright install chromium` has been run;
 *   2. a system Chromium (/usr/bin/chromium and the usual names, or $CHROMIUM_PATH);
 *   3. otherwise tries `npx playwright install chromium`, then (as root on Debian/Ubuntu)
 *      `apt-get install -y chromium`, and looks again.
 * Prints what it did and exports nothing: callers use the returned path.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function playwrightChromium() {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function systemChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return SYSTEM_CANDIDATES.find((candidate) => existsSync(candidate));
}

function run(command, args) {
  console.log(`browser: running ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

/**
 * Waits up to ten minutes for another apt or dpkg run (a second checkout's tests, an unattended
 * upgrade) to release its lock, instead of failing at once.
 */
export const APT_WAIT = ['-o', 'DPkg::Lock::Timeout=600'];

/** True when running as root on a system with apt-get (Debian, Ubuntu): then we may install. */
export function isRootOnApt() {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return false;
  try {
    execFileSync('apt-get', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function findChromium({ install = true } = {}) {
  const own = playwrightChromium();
  if (own) return { path: own, how: "Playwright's own Chromium" };
  const system = systemChromium();
  if (system) return { path: system, how: 'system Chromium' };
  if (!install) return undefined;

  console.log('browser: no Chromium found; installing one.');
  if (run(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['playwright', 'install', 'chromium'])) {
    const installed = playwrightChromium();
    if (installed) return { path: installed, how: 'Chromium installed by Playwright' };
  }
  if (isRootOnApt()) {
    run('apt-get', [...APT_WAIT, 'update', '-qq']);
    if (run('apt-get', [...APT_WAIT, 'install', '-y', '-qq', 'chromium'])) {
      const installed = systemChromium();
      if (installed) return { path: installed, how: "Debian's chromium, installed with apt-get" };
    }
  }
  return undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = findChromium();
  if (!found) {
    console.error(
      'browser: no Chromium could be found or installed. Install chromium and set CHROMIUM_PATH.',
    );
    process.exit(1);
  }
  console.log(`browser: ${found.how} at ${found.path}`);
}
