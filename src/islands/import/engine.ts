/**
 * Runs an import session in a Web Worker (files over WORKER_THRESHOLD) or on the page, with the
 * same messages either way. `cancel` ends a worker at once; on the page a cancelled import's
 * replies are ignored.
 */
import { WORKER_THRESHOLD } from '../../lib/import/limits';
import type { Reply, Request } from './session';

export interface Engine {
  send(request: Request, transfer?: Transferable[]): void;
  cancel(): void;
}

export async function startEngine(size: number, onReply: (reply: Reply) => void): Promise<Engine> {
  let cancelled = false;
  const deliver = (reply: Reply) => {
    if (!cancelled) onReply(reply);
  };
  if (size > WORKER_THRESHOLD && typeof Worker !== 'undefined') {
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<Reply>) => deliver(event.data));
    worker.addEventListener('error', () => deliver({ type: 'error', error: 'import.error.unreadable' }));
    return {
      send: (request, transfer = []) => worker.postMessage(request, transfer),
      cancel() {
        cancelled = true;
        worker.terminate();
      },
    };
  }
  const { createSession } = await import('./session');
  const handle = createSession((reply) => deliver(reply));
  return {
    send: (request) => void handle(request),
    cancel() {
      cancelled = true;
    },
  };
}
