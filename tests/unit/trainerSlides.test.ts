/** Slide navigation, the presenter timer, sync messages and slide extraction: pure, table-driven. */
import { describe, expect, it } from 'vitest';
import { applyAction, clampSlide, keyAction, slideFromUrl, slideHash } from '@/lib/trainer/slides';
import {
  elapsedMs,
  formatDuration,
  pauseTimer,
  remainingMs,
  startTimer,
  stoppedTimer,
} from '@/lib/trainer/timer';
import { channelName, parseSyncMessage } from '@/lib/trainer/sync';
import { extractSlideParts, slideMarkers, textLength } from '@/lib/trainer/slideParts';

describe('slideFromUrl', () => {
  it.each([
    ['', '', 10, 0],
    ['#3', '', 10, 2],
    ['', '?slide=3', 10, 2],
    ['#4', '?slide=2', 10, 3],
    ['#0', '', 10, 0],
    ['#99', '', 10, 9],
    ['#abc', '?slide=5', 10, 4],
    ['#-2', '', 10, 0],
    ['', '?slide=2.5', 10, 0],
    ['', '?slide=', 10, 0],
    ['#3', '', 0, 0],
    ['#12345', '', 10, 0],
  ])('hash %j, search %j, %i slides → %i', (hash, search, count, expected) => {
    expect(slideFromUrl(hash, search, count)).toBe(expected);
  });
});

describe('clamping and actions', () => {
  it.each([
    [-1, 5, 0],
    [0, 5, 0],
    [4, 5, 4],
    [5, 5, 4],
    [2.7, 5, 2],
    [Number.NaN, 5, 0],
    [3, 0, 0],
  ])('clampSlide(%d, %d) = %d', (index, count, expected) => {
    expect(clampSlide(index, count)).toBe(expected);
  });

  it.each([
    ['next', 0, 5, 1],
    ['next', 4, 5, 4],
    ['previous', 0, 5, 0],
    ['previous', 3, 5, 2],
    ['first', 3, 5, 0],
    ['last', 1, 5, 4],
    ['blank', 2, 5, 2],
    ['fullscreen', 2, 5, 2],
  ] as const)('%s from %d of %d → %d', (action, index, count, expected) => {
    expect(applyAction(action, index, count)).toBe(expected);
  });

  it('slide hashes are 1-based', () => {
    expect(slideHash(0)).toBe('#1');
    expect(slideHash(9)).toBe('#10');
  });
});

describe('keyAction', () => {
  const key = (
    k: string,
    mods: Partial<Record<'ctrlKey' | 'altKey' | 'metaKey' | 'shiftKey', boolean>> = {},
  ) => keyAction({ key: k, ctrlKey: false, altKey: false, metaKey: false, shiftKey: false, ...mods });
  it.each([
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['Enter', 'next'],
    ['ArrowLeft', 'previous'],
    ['ArrowUp', 'previous'],
    ['PageUp', 'previous'],
    ['Backspace', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['f', 'fullscreen'],
    ['F', 'fullscreen'],
    ['b', 'blank'],
    ['B', 'blank'],
    ['.', 'blank'],
    ['x', undefined],
    ['Tab', undefined],
  ])('%j → %s', (k, expected) => {
    expect(key(k)).toBe(expected);
  });

  it('leaves browser shortcuts alone and takes shift+space back', () => {
    expect(key('ArrowRight', { altKey: true })).toBeUndefined();
    expect(key('f', { ctrlKey: true })).toBeUndefined();
    expect(key('b', { metaKey: true })).toBeUndefined();
    expect(key(' ', { shiftKey: true })).toBe('previous');
  });
});

describe('timer', () => {
  it('counts only running stretches', () => {
    let state = startTimer(stoppedTimer, 1_000);
    expect(elapsedMs(state, 6_000)).toBe(5_000);
    state = pauseTimer(state, 6_000);
    expect(elapsedMs(state, 60_000)).toBe(5_000);
    expect(startTimer(startTimer(state, 70_000), 80_000).runningSince).toBe(70_000);
    state = startTimer(state, 70_000);
    expect(elapsedMs(state, 72_500)).toBe(7_500);
    expect(pauseTimer(stoppedTimer, 5)).toBe(stoppedTimer);
  });

  it('does not run backwards when the clock does', () => {
    expect(elapsedMs(startTimer(stoppedTimer, 10_000), 9_000)).toBe(0);
  });

  it.each([
    [25, 0, 1_500_000],
    [25, 60_000, 1_440_000],
    [1, 90_000, -30_000],
  ])('a %d-minute slot after %d ms has %d ms left', (minutes, elapsed, expected) => {
    expect(remainingMs(minutes, elapsed)).toBe(expected);
  });

  it.each([
    [0, '0:00'],
    [999, '0:00'],
    [59_999, '0:59'],
    [60_000, '1:00'],
    [754_000, '12:34'],
    [3_600_000, '1:00:00'],
    [3_725_000, '1:02:05'],
    [-30_000, '−0:30'],
    [-61_000, '−1:01'],
  ])('%d ms is %s', (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });
});

describe('sync messages', () => {
  it.each([
    [{ type: 'hello' }, { type: 'hello' }],
    [
      { type: 'slide', index: 3, blank: false },
      { type: 'slide', index: 3, blank: false },
    ],
    [
      { type: 'slide', index: 0, blank: true, extra: 1 },
      { type: 'slide', index: 0, blank: true },
    ],
    [{ type: 'slide', index: -1, blank: false }, undefined],
    [{ type: 'slide', index: 1.5, blank: false }, undefined],
    [{ type: 'slide', index: '2', blank: false }, undefined],
    [{ type: 'slide', index: 2 }, undefined],
    [{ type: 'slide', index: 1e9, blank: false }, undefined],
    [{ type: 'other' }, undefined],
    [null, undefined],
    ['slide', undefined],
  ])('%j → %j', (input, expected) => {
    expect(parseSyncMessage(input)).toEqual(expected);
  });

  it('names one channel per module', () => {
    expect(channelName('m06-spin')).not.toBe(channelName('m07-relationship-stages'));
  });
});

describe('extractSlideParts', () => {
  const take = slideMarkers('takeaways');
  const refl = slideMarkers('reflection');

  it('finds marked blocks and top-level figures in reading order, and drops the prose', () => {
    const html = [
      '<h2>Intro</h2><p>Prose that stays off the slides.</p>',
      '<figure class="a"><svg><text>1</text></svg><figcaption>One</figcaption></figure>',
      '<p>More prose</p>',
      `${take.start}<ul><li>Point</li></ul>${take.end}`,
      '<figure class="b"><figure class="inner"><img alt=""></figure><figcaption>Two</figcaption></figure>',
      `${refl.start}<ul><li>Question?</li></ul>${refl.end}`,
    ].join('');
    const parts = extractSlideParts(html);
    expect(parts.map((p) => p.kind)).toEqual(['figure', 'takeaways', 'figure', 'reflection']);
    expect(parts[0]?.html).toBe(
      '<figure class="a"><svg><text>1</text></svg><figcaption>One</figcaption></figure>',
    );
    expect(parts[1]?.html).toBe('<ul><li>Point</li></ul>');
    expect(parts[2]?.html).toContain('<figure class="inner">');
    expect(parts[2]?.html.endsWith('<figcaption>Two</figcaption></figure>')).toBe(true);
    expect(parts.some((p) => p.html.includes('Prose'))).toBe(false);
  });

  it('keeps a figure inside a marked block as part of that block', () => {
    const html = `${take.start}<figure><svg></svg></figure><ul><li>x</li></ul>${take.end}`;
    expect(extractSlideParts(html).map((p) => p.kind)).toEqual(['takeaways']);
  });

  it('ignores an unterminated block or figure', () => {
    expect(extractSlideParts(`${take.start}<ul><li>x</li></ul>`)).toEqual([]);
    expect(extractSlideParts('<figure><svg></svg>')).toEqual([]);
  });

  it('measures visible text', () => {
    expect(textLength('<p>ab <b>cd</b></p>\n<p>&amp;e</p>')).toBe('ab cd e'.length);
  });
});
