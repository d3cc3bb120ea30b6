/**
 * Display settings remembered in the browser. The theme is also read by a tiny inline script in
 * the page head (before first paint, to avoid a flash), which uses the same key and values.
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
