#!/usr/bin/env node
/*
 * Makes sure the project's scripts run on Node >= 22.12 (Astro 7's minimum).
 *
 * Runs on whatever Node the machine has (so it is plain CommonJS with no dependencies).
 * When that Node is too old, it fetches the Node 24 binary that the npm registry ships as the
 * platform package `node-<platform>-<arch>`, unpacks it into `.node/`, and links it as
 * `node_modules/.bin/node`. npm puts `node_modules/.bin` first on PATH for every `npm run`
 * script, so `astro`, `vitest` and `playwright` then start on Node 24 with no manual step.
 * When the system Node is new enough, the link is removed and nothing is downloaded.
 *
 * Usage: node scripts/ensure-node.cjs          (postinstall: fetch and link when needed)
 *        node scripts/ensure-node.cjs --report (print one line about the Node in use)
 */
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const MINIMUM = [22, 12];
// The exact release fetched when the system Node is too old; keep it on the major in .nvmrc.
const PINNED_VERSION = '24.21.0';

const root = path.resolve(__dirname, '..');
const binDir = path.join(root, 'node_modules', '.bin');
const linkPath = path.join(binDir, process.platform === 'win32' ? 'node.exe' : 'node');

function isNewEnough(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major > MINIMUM[0] || (major === MINIMUM[0] && minor >= MINIMUM[1]);
}

function platformPackage() {
  const platform = process.platform === 'win32' ? 'win' : process.platform;
  return `node-${platform}-${process.arch}`;
}

function installDir() {
  return path.join(root, '.node', `${platformPackage()}-${PINNED_VERSION}`);
}

function binaryIn(dir) {
  return process.platform === 'win32' ? path.join(dir, 'bin', 'node.exe') : path.join(dir, 'bin', 'node');
}

function fetchNode() {
  const dir = installDir();
  const binary = binaryIn(dir);
  if (fs.existsSync(binary)) return binary;
  const spec = `${platformPackage()}@${PINNED_VERSION}`;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kas-node-'));
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const tarball = execFileSync(npm, ['pack', spec, '--silent', '--pack-destination', tmp], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    shell: process.platform === 'win32',
  })
    .trim()
    .split('\n')
    .pop();
  fs.mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['-xzf', path.join(tmp, tarball), '-C', dir, '--strip-components=1']);
  fs.rmSync(tmp, { recursive: true, force: true });
  if (!fs.existsSync(binary)) throw new Error(`${spec} did not contain ${binary}`);
  fs.chmodSync(binary, 0o755);
  return binary;
}

function linkNode(binary) {
  fs.mkdirSync(binDir, { recursive: true });
  fs.rmSync(linkPath, { force: true });
  if (process.platform === 'win32') fs.copyFileSync(binary, linkPath);
  else fs.symlinkSync(path.relative(binDir, binary), linkPath);
}

function main() {
  const current = process.versions.node;
  if (process.argv.includes('--report')) {
    const local = path.resolve(process.execPath).startsWith(path.join(root, '.node'));
    console.log(
      local
        ? `Node ${current} (from the npm registry, in .node/: the system Node is older than ${MINIMUM.join('.')})`
        : `Node ${current}`,
    );
    return;
  }
  // When this script is itself started through the link, ask the system Node's version instead.
  const resolvedExec = fs.realpathSync(process.execPath);
  if (resolvedExec.startsWith(path.join(root, '.node'))) {
    console.log(`Node ${current} from .node/ is linked for this project's scripts.`);
    return;
  }
  if (isNewEnough(current)) {
    if (fs.existsSync(linkPath) && fs.lstatSync(linkPath).isSymbolicLink()) fs.rmSync(linkPath);
    return;
  }
  const binary = fetchNode();
  linkNode(binary);
  console.log(
    `System Node ${current} is older than ${MINIMUM.join('.')}: this project uses Node ${PINNED_VERSION} from the npm registry (${path.relative(root, binary)}).`,
  );
}

module.exports = { isNewEnough, platformPackage };
if (require.main === module) main();
