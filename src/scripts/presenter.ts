/**
 * The presenter view: drives the current/next preview frames, follows and steers the audience
 * window over a BroadcastChannel, and runs the timer against the chosen agenda slot.
 */
import {
  applyAction,
  clampSlide,
  keyAction,
  slideFromUrl,
  slideHash,
  type SlideAction,
} from '@/lib/trainer/slides';
import { channelName, parseSyncMessage, type SyncMessage } from '@/lib/trainer/sync';
import {
  elapsedMs,
  formatDuration,
  pauseTimer,
  remainingMs,
  startTimer,
  stoppedTimer,
  type TimerState,
} from '@/lib/trainer/timer';

const root = document.querySelector<HTMLElement>('[data-presenter]');
if (root) setUp(root);

function setUp(root: HTMLElement): void {
  const module = root.dataset['module'] ?? '';
  const current = root.querySelector<HTMLElement>('[data-stage="current"]');
  const next = root.querySelector<HTMLElement>('[data-stage="next"]');
  const template = root.querySelector<HTMLTemplateElement>('[data-deck-template]');
  const slides = [...(template?.content.querySelectorAll<HTMLElement>('[data-slide]') ?? [])];
  const counter = root.querySelector<HTMLElement>('[data-counter]');
  const endNote = root.querySelector<HTMLElement>('[data-end]');
  const count = Math.max(1, slides.length);
  let index = slideFromUrl(location.hash, location.search, 10_000);
  let blank = false;

  const channel =
    typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(channelName(module)) : undefined;
  const send = (message: SyncMessage) => channel?.postMessage(message);

  function scaleFrames(): void {
    for (const stage of [current, next]) {
      const box = stage?.parentElement;
      if (stage && box) stage.style.transform = `scale(${box.clientWidth / 1280})`;
    }
  }

  /** Puts a copy of a slide on a stage, with its ids made unique so the page keeps valid ARIA. */
  function setFrame(stage: HTMLElement | null, slide: number): void {
    const source = slides[slide];
    if (!stage || !source) return;
    const copy = source.cloneNode(true) as HTMLElement;
    const suffix = `-${stage.dataset['stage'] ?? 'copy'}`;
    for (const element of copy.querySelectorAll<HTMLElement>('[id]')) element.id += suffix;
    for (const attribute of ['aria-labelledby', 'aria-describedby', 'for']) {
      for (const element of copy.querySelectorAll<HTMLElement>(`[${attribute}]`)) {
        const ids = (element.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean);
        element.setAttribute(attribute, ids.map((id) => id + suffix).join(' '));
      }
    }
    copy.removeAttribute('data-slide');
    copy.setAttribute('aria-label', `${slide + 1} / ${count}`);
    stage.replaceChildren(copy);
  }

  function show(target: number, broadcast: boolean): void {
    index = clampSlide(target, count);
    setFrame(current, index);
    const hasNext = index + 1 < count;
    if (next) next.style.visibility = hasNext ? 'visible' : 'hidden';
    if (endNote) endNote.hidden = hasNext;
    if (hasNext) setFrame(next, index + 1);
    if (counter) counter.textContent = `${index + 1} / ${count}`;
    const url = new URL(location.href);
    url.hash = slideHash(index);
    if (url.href !== location.href) history.replaceState(history.state, '', url);
    if (broadcast) send({ type: 'slide', index, blank });
  }

  function act(action: SlideAction): void {
    if (action === 'fullscreen') return;
    if (action === 'blank') {
      blank = !blank;
      send({ type: 'slide', index, blank });
      return;
    }
    show(applyAction(action, index, count), true);
  }

  document.addEventListener('keydown', (event) => {
    const action = keyAction(event);
    if (!action) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('select, input, textarea')) return;
    if (target?.closest('button, a') && (event.key === 'Enter' || event.key === ' ')) return;
    event.preventDefault();
    act(action);
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-action]')) {
    button.addEventListener('click', () => act(button.dataset['action'] as SlideAction));
  }

  channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message = parseSyncMessage(event.data);
    if (!message) return;
    if (message.type === 'hello') {
      send({ type: 'slide', index, blank });
      return;
    }
    blank = message.blank;
    show(message.index, false);
  });

  window.addEventListener('resize', scaleFrames);
  scaleFrames();
  show(index, false);
  send({ type: 'hello' });
  setUpTimer(root, module);
}

function setUpTimer(root: HTMLElement, module: string): void {
  const select = root.querySelector<HTMLSelectElement>('[data-slot]');
  const elapsedOut = root.querySelector<HTMLElement>('[data-elapsed]');
  const remainingOut = root.querySelector<HTMLElement>('[data-remaining]');
  const overtime = root.querySelector<HTMLElement>('[data-overtime]');
  const toggle = root.querySelector<HTMLButtonElement>('[data-timer="toggle"]');
  const reset = root.querySelector<HTMLButtonElement>('[data-timer="reset"]');
  const key = `kas:present-timer:${module}`;
  const labels = { start: toggle?.dataset['start'] ?? '', pause: toggle?.dataset['pause'] ?? '' };
  let state: TimerState = readTimer(key);

  const minutes = () => Number(select?.selectedOptions[0]?.dataset['minutes'] ?? 0);
  function render(): void {
    const now = Date.now();
    const elapsed = elapsedMs(state, now);
    const left = remainingMs(minutes(), elapsed);
    if (elapsedOut) elapsedOut.textContent = formatDuration(elapsed);
    if (remainingOut) remainingOut.textContent = formatDuration(left);
    if (overtime) overtime.hidden = left >= 0;
    if (toggle) toggle.textContent = state.runningSince === null ? labels.start : labels.pause;
  }
  function save(): void {
    try {
      sessionStorage.setItem(key, JSON.stringify(state));
    } catch {
      /* the timer still runs without storage */
    }
  }
  toggle?.addEventListener('click', () => {
    const now = Date.now();
    state = state.runningSince === null ? startTimer(state, now) : pauseTimer(state, now);
    save();
    render();
  });
  reset?.addEventListener('click', () => {
    state = stoppedTimer;
    save();
    render();
  });
  select?.addEventListener('change', render);
  setInterval(render, 1000);
  render();
}

function readTimer(key: string): TimerState {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(key) ?? 'null');
    if (
      typeof value === 'object' &&
      value !== null &&
      'banked' in value &&
      typeof value.banked === 'number' &&
      'runningSince' in value &&
      (value.runningSince === null || typeof value.runningSince === 'number')
    ) {
      return { banked: value.banked, runningSince: value.runningSince };
    }
  } catch {
    /* unreadable: start from zero */
  }
  return stoppedTimer;
}
