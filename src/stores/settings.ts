/**
 * Display settings remembered in the browser. The theme and the font size are also read by a tiny
 * inline script in the page head (before first paint, to avoid a flash), which uses the same keys
 * and values.
 */
import { persistentAtom } from '@nanostores/persistent';

export const THEME_KEY = 'kas:theme';
export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

export function toTheme(value: unknown): Theme {
  return themes.find((theme) => theme === value) ?? 'system';
}

export const theme = persistentAtom<Theme>(THEME_KEY, 'system', {
  encode: (value) => value,
  decode: toTheme,
});

/** Applies a theme to the document: `system` removes the override. */
export function applyTheme(value: Theme, root: HTMLElement = document.documentElement): void {
  if (value === 'system') delete root.dataset['theme'];
  else root.dataset['theme'] = value;
}

export const FONT_SIZE_KEY = 'kas:fontSize';
/** Reading sizes: `m` is the browser's own size; the others scale the whole page (rem units). */
export const fontSizes = ['s', 'm', 'l', 'xl'] as const;
export type FontSize = (typeof fontSizes)[number];

export function toFontSize(value: unknown): FontSize {
  return fontSizes.find((size) => size === value) ?? 'm';
}

export const fontSize = persistentAtom<FontSize>(FONT_SIZE_KEY, 'm', {
  encode: (value) => value,
  decode: toFontSize,
});

export function applyFontSize(value: FontSize, root: HTMLElement = document.documentElement): void {
  if (value === 'm') delete root.dataset['fontSize'];
  else root.dataset['fontSize'] = value;
}
