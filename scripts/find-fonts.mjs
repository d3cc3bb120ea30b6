/**
 * Makes sure a Chinese font is installed before the browser tests: the screenshot snapshots in
 * tests/e2e/visual.spec.ts were taken with Noto CJK (Debian's fonts-noto-cjk), and without any CJK
 * font Chromium draws Chinese pages as empty boxes. Looks with fontconfig (`fc-list :lang=zh`);
 * when none is found and we are root on Debian/Ubuntu, installs fonts-noto-cjk with apt-get.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { APT_WAIT, isRootOnApt } from './find-chromium.mjs';

function chineseFonts() {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.trim() !== '');
  } catch {
    return [];
  }
}

const hasNoto = () => chineseFonts().some((family) => /Noto (Sans|Serif) CJK/.test(family));

export function ensureCjkFont({ install = true } = {}) {
  if (hasNoto()) return { ok: true, how: 'Noto CJK is installed' };
  if (install && isRootOnApt()) {
    console.log('fonts: no Noto CJK font found; installing fonts-noto-cjk with apt-get.');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', [...APT_WAIT, 'update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', [...APT_WAIT, 'install', '-y', '-qq', 'fonts-noto-cjk'], { stdio: 'inherit', env });
    if (hasNoto()) return { ok: true, how: 'fonts-noto-cjk installed with apt-get' };
  }
  return { ok: false, how: 'no Noto CJK font: install fonts-noto-cjk (the Chinese screenshots need it)' };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = ensureCjkFont();
  console.log(`fonts: ${result.how}`);
  process.exit(result.ok ? 0 : 1);
}
