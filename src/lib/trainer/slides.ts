/**
 * Slide navigation without the DOM: which slide a URL asks for, moving by one with clamping, and
 * what each key (keyboard or presentation clicker) does.
 */

/** 0-based slide index from `#3` or `?slide=3` (1-based in the URL); the hash wins. */
export function slideFromUrl(hash: string, search: string, count: number): number {
  const fromHash = /^#(\d{1,4})$/.exec(hash)?.[1];
  const fromQuery = new URLSearchParams(search).get('slide') ?? undefined;
  const raw = fromHash ?? (fromQuery && /^\d{1,4}$/.test(fromQuery) ? fromQuery : undefined);
  if (raw === undefined) return 0;
  return clampSlide(Number(raw) - 1, count);
}

export function clampSlide(index: number, count: number): number {
  if (count <= 0 || !Number.isFinite(index)) return 0;
  return Math.min(Math.max(Math.trunc(index), 0), count - 1);
}

/** The hash that addresses a slide: `#1` for the first. */
export function slideHash(index: number): string {
  return `#${index + 1}`;
}

export type SlideAction = 'next' | 'previous' | 'first' | 'last' | 'fullscreen' | 'blank';

/**
 * The action of a key. Clickers send PageDown/PageUp (some send arrows, and "." or "b" for
 * their blank-screen button). Keys with Ctrl, Alt or Meta are left to the browser.
 */
export function keyAction(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey' | 'shiftKey'>,
): SlideAction | undefined {
  if (event.ctrlKey || event.altKey || event.metaKey) return undefined;
  switch (event.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case 'Enter':
      return 'next';
    case ' ':
      return event.shiftKey ? 'previous' : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'b':
    case 'B':
    case '.':
      return 'blank';
    default:
      return undefined;
  }
}

/** The slide an action leads to (fullscreen and blank keep the slide). */
export function applyAction(action: SlideAction, index: number, count: number): number {
  switch (action) {
    case 'next':
      return clampSlide(index + 1, count);
    case 'previous':
      return clampSlide(index - 1, count);
    case 'first':
      return 0;
    case 'last':
      return clampSlide(count - 1, count);
    default:
      return clampSlide(index, count);
  }
}
