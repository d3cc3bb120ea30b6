/**
 * Runs an import session in a Web Worker (files over WORKER_THRESHOLD) or on the page, with the
 * same messages either way. `cancel` ends a worker at once; on the page a cancelled import's
 * replies are ignored.
 *
 * Every request has a watchdog: if no reply (progress counts) arrives within `timeoutMs`, the
 * worker is terminated and the page gets `import.error.timeout`, so a parser that hangs can never
 * leave the learner waiting in silence. Errors the worker does not catch itself (`error`,
 * `messageerror`) become `import.error.worker`.
 */
import { WORKER_THRESHOLD } from '../../lib/import/limits';
import type { Reply, Request } from './session';

export interface Engine {
  send(request: Request, transfer?: Transferable[]): void;
  cancel(): void;
}

/** What the engine needs of a Worker; a test passes a fake one that never answers. */
export interface WorkerLike {
  postMessage(message: unknown, transfer: Transferable[]): void;
  addEventListener(type: 'message' | 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate(): void;
}

export interface EngineOptions {
  /** Silence after a request (ms) before the import is given up. */
  timeoutMs?: number;
  /** Test seam: how the worker is made. */
  createWorker?: () => WorkerLike;
  /** Test seam: use the worker whatever the size. */
  forceWorker?: boolean;
}

export const IMPORT_TIMEOUT_MS = 15_000;

function defaultWorker(): WorkerLike {
  return new Worker(new URL('./import.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as WorkerLike;
}

export async function startEngine(
  size: number,
  onReply: (reply: Reply) => void,
  options: EngineOptions = {},
): Promise<Engine> {
  const timeoutMs = options.timeoutMs ?? IMPORT_TIMEOUT_MS;
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const markCancelled = () => {
    cancelled = true;
  };
  // On the page the session cannot be killed: its later replies are dropped instead.
  let stop = () => {
    markCancelled();
    disarm();
  };
  const disarm = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const arm = () => {
    disarm();
    timer = setTimeout(() => {
      if (cancelled) return;
      stop();
      // Straight to the page: stop() has marked the engine cancelled, so finish() would drop it.
      onReply({ type: 'error', error: 'import.error.timeout' });
    }, timeoutMs);
  };
  function finish(reply: Reply) {
    if (cancelled) return;
    // Progress means the worker is alive: the watchdog starts again. Any other reply ends the request.
    if (reply.type === 'progress') arm();
    else disarm();
    onReply(reply);
  }
  const useWorker =
    (options.forceWorker || size > WORKER_THRESHOLD) &&
    (options.createWorker || typeof Worker !== 'undefined');
  if (useWorker) {
    let worker: WorkerLike;
    try {
      worker = (options.createWorker ?? defaultWorker)();
    } catch {
      return pageEngine(finish, arm, disarm, markCancelled);
    }
    stop = () => {
      cancelled = true;
      disarm();
      worker.terminate();
    };
    worker.addEventListener('message', (event) => finish((event as MessageEvent<Reply>).data));
    const broken = () => {
      if (cancelled) return;
      disarm();
      onReply({ type: 'error', error: 'import.error.worker' });
      stop();
    };
    worker.addEventListener('error', broken);
    worker.addEventListener('messageerror', broken);
    return {
      send(request, transfer = []) {
        arm();
        try {
          worker.postMessage(request, transfer);
        } catch {
          broken();
        }
      },
      cancel: stop,
    };
  }
  return pageEngine(finish, arm, disarm, markCancelled);
}

async function pageEngine(
  finish: (reply: Reply) => void,
  arm: () => void,
  disarm: () => void,
  markCancelled: () => void,
): Promise<Engine> {
  const { createSession } = await import('./session');
  const handle = createSession((reply) => finish(reply));
  return {
    send(request) {
      arm();
      handle(request).catch(() => finish({ type: 'error', error: 'import.error.worker' }));
    },
    cancel() {
      markCancelled();
      disarm();
    },
  };
}
