/**
 * The header search box ([data-site-search], hidden until this runs). Pagefind itself (its script,
 * WebAssembly and index) loads only when the box is first focused, or when `/` is pressed
 * anywhere outside a text field. Pagefind picks the index of the page's <html lang>, so a Chinese
 * page searches the Chinese edition. Results are links with the lesson title, its module and an
 * excerpt, built as text nodes, eight at a time with a button for more (a common word such as 客户
 * is on most pages); arrow keys move between the box and the results, Escape closes them.
 */
import { interpolate } from '../i18n/interpolate';
import { bestAnchor, excerptParts } from '../lib/search/excerpt';

interface PagefindResult {
  data(): Promise<{
    url: string;
    excerpt: string;
    meta: Record<string, string | undefined>;
    sub_results?: { url: string; locations?: number[] }[];
  }>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  debouncedSearch(term: string, options?: object, ms?: number): Promise<{ results: PagefindResult[] } | null>;
}

/** Results shown at first, and added by each press of "more". */
const PAGE_SIZE = 8;

/**
 * Loads Pagefind through the bridge the build writes next to it (scripts/build/search.mjs): a
 * module script that hands Pagefind over in a `kas:pagefind` event. Undefined when it cannot load
 * (offline before the first visit, or `astro dev`, which has no index).
 */
/** An element with text (set as text, never parsed), an optional class and children. */
function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text: string,
  className = '',
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  node.className = className;
  node.append(...children);
  return node;
}

function loadPagefind(src: string): Promise<Pagefind | undefined> {
  return new Promise((resolve) => {
    addEventListener('kas:pagefind', (event) => resolve((event as CustomEvent<Pagefind>).detail), {
      once: true,
    });
    const script = Object.assign(document.createElement('script'), { type: 'module', src });
    script.addEventListener('error', () => resolve(undefined));
    document.head.append(script);
  });
}

async function startSearch(wrapper: HTMLElement, input: HTMLInputElement): Promise<void> {
  const panel = wrapper.querySelector<HTMLElement>('[data-search-results]');
  const status = wrapper.querySelector<HTMLElement>('[data-search-status]');
  const list = wrapper.querySelector<HTMLOListElement>('ol');
  const more = wrapper.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!panel || !status || !list || !more) return;
  const text = (name: string, params?: Record<string, string | number>) =>
    interpolate(wrapper.dataset[name] ?? '', params, document.documentElement.lang);

  // The site's root from this script's own URL (it lives in _astro/): right under any base path and
  // inside the SCORM package, where URLs must stay relative.
  const base = new URL('../', import.meta.url).pathname;
  const pagefind = await loadPagefind(`${base}pagefind/pagefind-bridge.js`);
  await pagefind?.options({ baseUrl: base, excerptLength: 20 }).catch(() => undefined);

  const links = () => [...list.querySelectorAll('a')];
  const close = () => {
    panel.hidden = true;
  };

  /** Results of the current search not shown yet. */
  let pending: PagefindResult[] = [];
  /** Counts searches, so a slow one never writes over a newer one. */
  let generation = 0;
  let loadingMore = false;

  /** List items for some results (their data loads now). */
  const render = async (batch: PagefindResult[]): Promise<HTMLLIElement[]> => {
    const found = await Promise.all(batch.map((result) => result.data()));
    return found.map((data) => {
      const link = element('a', '', '', element('strong', data.meta['title'] ?? data.url));
      link.href = bestAnchor(data.url, data.sub_results);
      if (data.meta['section']) link.append(element('span', data.meta['section'], 'section'));
      link.append(
        element(
          'span',
          '',
          'excerpt',
          ...excerptParts(data.excerpt).map((part) => (part.mark ? element('mark', part.text) : part.text)),
        ),
      );
      return element('li', '', '', link);
    });
  };

  const run = async (): Promise<void> => {
    const term = input.value.trim();
    const current = ++generation;
    // Busy until this search's results are shown (assistive technology and tests wait on it).
    panel.setAttribute('aria-busy', 'true');
    const done = () => {
      if (current === generation) panel.setAttribute('aria-busy', 'false');
    };
    if (!term) {
      list.replaceChildren();
      pending = [];
      more.hidden = true;
      status.textContent = '';
      close();
      return done();
    }
    panel.hidden = false;
    if (!pagefind) {
      status.textContent = text('unavailable');
      return done();
    }
    const search = await pagefind.debouncedSearch(term, {}, 200);
    // null: a newer keystroke superseded this search.
    if (!search || current !== generation) return;
    const items = await render(search.results.slice(0, PAGE_SIZE));
    if (current !== generation) return;
    list.replaceChildren(...items);
    pending = search.results.slice(PAGE_SIZE);
    more.hidden = pending.length === 0;
    const n = search.results.length;
    status.textContent = n ? text('count', { n }) : text('none', { q: term });
    done();
  };

  more.addEventListener('click', async () => {
    if (loadingMore) return;
    loadingMore = true;
    const current = generation;
    const batch = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    const items = await render(batch).finally(() => (loadingMore = false));
    if (current !== generation) return;
    list.append(...items);
    // Focus moves to the first new result before the button may hide (a hidden button that has
    // focus drops it, and the panel closes when focus leaves the search).
    (items[0]?.querySelector('a') ?? links().at(-1) ?? input).focus();
    more.hidden = pending.length === 0;
  });

  input.addEventListener('input', () => void run());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      input.value = '';
      void run();
    } else if (event.key === 'ArrowDown' && !panel.hidden) {
      event.preventDefault();
      links()[0]?.focus();
    } else if (event.key === 'Enter') {
      // Enter in the box opens the best result.
      links()[0]?.click();
    }
  });
  list.addEventListener('keydown', (event) => {
    const all = links();
    const index = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = index + (event.key === 'ArrowDown' ? 1 : -1);
      (next < 0 ? input : (all[Math.min(next, all.length - 1)] ?? input)).focus();
    } else if (event.key === 'Escape') {
      close();
      input.focus();
    }
  });
  wrapper.addEventListener('focusout', (event) => {
    if (!wrapper.contains(event.relatedTarget as Node | null)) close();
  });
  input.addEventListener('focus', () => {
    if (input.value.trim()) void run();
  });
  if (input.value.trim()) await run();
}

/** Binds the header search box, if the page has one. */
export function bindSiteSearch(): void {
  const wrapper = document.querySelector<HTMLElement>('[data-site-search]');
  const input = wrapper?.querySelector('input');
  if (!wrapper || !input) return;
  wrapper.hidden = false;
  input.addEventListener('focus', () => void startSearch(wrapper, input), { once: true });
  addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
    if (event.key !== '/' || typing || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    input.focus();
  });
}
