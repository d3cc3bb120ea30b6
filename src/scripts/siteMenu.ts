/**
 * The phone header's menu ([data-menu-button] controlling [data-menu]): a disclosure. Opening moves
 * focus to the first link; while open, Tab and Shift+Tab cycle through the menu and its button
 * (the menu covers the page, so focus must not wander behind it); Escape closes and returns focus
 * to the button; a click or tap outside closes. Where the bar has room the menu's content is part
 * of it and the button is hidden, so an open menu is closed when the window widens.
 */
const FOCUSABLE = 'a[href], button:not([disabled]), select:not([disabled]), input:not([disabled])';

/** Elements of `root` that can take focus and are shown (display: none ones have no client rects). */
function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
}

export function bindSiteMenu(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-menu-button]');
  const menu = document.querySelector<HTMLElement>('[data-menu]');
  if (!button || !menu) return;
  const isOpen = () => button.getAttribute('aria-expanded') === 'true';

  const setOpen = (open: boolean, returnFocus = false) => {
    button.setAttribute('aria-expanded', String(open));
    menu.toggleAttribute('data-open', open);
    if (open) focusables(menu)[0]?.focus();
    else if (returnFocus) button.focus();
  };

  button.addEventListener('click', () => setOpen(!isOpen()));

  document.addEventListener('keydown', (event) => {
    if (!isOpen()) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      setOpen(false, true);
      return;
    }
    if (event.key !== 'Tab') return;
    const cycle = [button, ...focusables(menu)];
    const index = cycle.indexOf(document.activeElement as HTMLElement);
    const step = event.shiftKey ? -1 : 1;
    const next = cycle[(index + step + cycle.length) % cycle.length];
    event.preventDefault();
    next?.focus();
  });

  document.addEventListener('pointerdown', (event) => {
    const target = event.target as Node;
    if (isOpen() && !menu.contains(target) && !button.contains(target)) setOpen(false);
  });

  // The button shows only while the bar is too narrow for the links (a container query in the
  // reader's text size, SiteHeader.astro). When the window widens or the text shrinks past that,
  // the button is hidden (its size drops to nothing) and nothing stays "open".
  new ResizeObserver(() => {
    if (isOpen() && button.getClientRects().length === 0) setOpen(false);
  }).observe(button);
}
