/** The import session in a Web Worker, for files large enough to freeze the page otherwise. */
import { createSession, type Request } from './session';

// Typed by hand: a `lib="webworker"` reference would change the DOM types of the whole program.
interface WorkerScope {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<Request>) => void): void;
}

const scope = self as unknown as WorkerScope;
const handle = createSession((reply, transfer = []) => scope.postMessage(reply, transfer));
scope.addEventListener('message', (event) => {
  // Whatever goes wrong inside the session reaches the page as a message, never as silence.
  handle(event.data).catch(() => scope.postMessage({ type: 'error', error: 'import.error.worker' }));
});
