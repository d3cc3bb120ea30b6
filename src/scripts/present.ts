/**
 * The audience window of a presentation: shows one slide at a time, follows the keyboard and
 * clickers, keeps the slide number in the URL, and stays in step with the presenter view over a
 * BroadcastChannel. `?preview` (the presenter's thumbnails) shows a slide and nothing else.
 */
import { applyAction, keyAction, slideFromUrl, slideHash, type SlideAction } from '@/lib/trainer/slides';
import { channelName, parseSyncMessage, type SyncMessage } from '@/lib/trainer/sync';

const deck = document.querySelector<HTMLElement>('[data-deck]');
if (deck) setUp(deck);

function setUp(deck: HTMLElement): void {
  const slides = [...deck.querySelectorAll<HTMLElement>('[data-slide]')];
  const count = slides.length;
  const counter = document.querySelector<HTMLElement>('[data-counter]');
  const blankScreen = deck.querySelector<HTMLElement>('[data-blank]');
  const blankButton = document.querySelector<HTMLButtonElement>('[data-action="blank"]');
  const preview = new URLSearchParams(location.search).has('preview');
  if (preview) document.documentElement.classList.add('preview');
  let index = slideFromUrl(location.hash, location.search, count);
  let blank = false;

  slides.forEach((slide, n) => {
    slide.setAttribute('aria-roledescription', deck.dataset['slideLabel'] ?? 'slide');
    slide.setAttribute('aria-label', `${n + 1} / ${count}`);
  });

  const channel =
    !preview && typeof BroadcastChannel !== 'undefined'
      ? new BroadcastChannel(channelName(deck.dataset['module'] ?? ''))
      : undefined;
  const send = (message: SyncMessage) => channel?.postMessage(message);

  function show(next: number, broadcast: boolean): void {
    index = next;
    slides.forEach((slide, n) => (slide.hidden = n !== index));
    if (counter) counter.textContent = `${index + 1} / ${count}`;
    const url = new URL(location.href);
    url.searchParams.delete('slide');
    url.hash = slideHash(index);
    if (url.href !== location.href) history.replaceState(history.state, '', url);
    if (broadcast) send({ type: 'slide', index, blank });
  }

  function setBlank(value: boolean, broadcast: boolean): void {
    blank = value;
    if (blankScreen) blankScreen.hidden = !blank;
    blankButton?.setAttribute('aria-pressed', String(blank));
    if (broadcast) send({ type: 'slide', index, blank });
  }

  function act(action: SlideAction): void {
    if (action === 'fullscreen') {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen?.().catch(() => undefined);
      return;
    }
    if (action === 'blank') {
      setBlank(!blank, true);
      return;
    }
    if (blank) setBlank(false, false);
    show(applyAction(action, index, count), true);
  }

  document.addEventListener('keydown', (event) => {
    const action = keyAction(event);
    if (!action) return;
    const target = event.target as HTMLElement | null;
    const onControl = target?.closest('button, a, select, input, textarea');
    if (onControl && (event.key === 'Enter' || event.key === ' ')) return;
    event.preventDefault();
    act(action);
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-action]')) {
    button.addEventListener('click', () => act(button.dataset['action'] as SlideAction));
  }
  window.addEventListener('hashchange', () => show(slideFromUrl(location.hash, '', count), !preview));

  if (channel) {
    channel.addEventListener('message', (event: MessageEvent<unknown>) => {
      const message = parseSyncMessage(event.data);
      if (!message) return;
      if (message.type === 'hello') {
        send({ type: 'slide', index, blank });
        return;
      }
      setBlank(message.blank, false);
      show(Math.min(message.index, count - 1), false);
    });
    send({ type: 'hello' });
  }
  show(index, false);
}
