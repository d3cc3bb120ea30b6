/**
 * The SCORM 1.2 run-time API as an LMS exposes it (`window.API`), and the standard's search for
 * it: the window itself, then up to seven parents, then the opener and its parents (ADL's
 * sample APIWrapper does the same). Windows of another origin throw on access; they are skipped.
 */

/** SCORM 1.2 API functions: every argument and result is a string ('true' / 'false' for calls). */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): string;
  LMSFinish(parameter: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ''): string;
  LMSGetLastError(): string;
}

/** The parts of a window the search reads, so tests can pass plain objects. */
export interface ApiHost {
  readonly API?: unknown;
  readonly parent?: ApiHost | null;
  readonly opener?: ApiHost | null;
}

export const MAX_PARENT_HOPS = 7;

const FUNCTIONS = [
  'LMSInitialize',
  'LMSFinish',
  'LMSGetValue',
  'LMSSetValue',
  'LMSCommit',
  'LMSGetLastError',
] as const;

export function isScorm12Api(candidate: unknown): candidate is Scorm12Api {
  if (typeof candidate !== 'object' || candidate === null) return false;
  const record = candidate as Record<string, unknown>;
  return FUNCTIONS.every((name) => typeof record[name] === 'function');
}

function read<T>(get: () => T): T | undefined {
  try {
    return get();
  } catch {
    return undefined; // another origin's window: not ours to read
  }
}

function searchUp(start: ApiHost): Scorm12Api | undefined {
  let current: ApiHost | null | undefined = start;
  for (let hops = 0; current && hops <= MAX_PARENT_HOPS; hops += 1) {
    const host: ApiHost = current;
    const api = read(() => host.API);
    if (isScorm12Api(api)) return api;
    const parent = read(() => host.parent);
    if (!parent || parent === host) return undefined;
    current = parent;
  }
  return undefined;
}

/** The nearest SCORM 1.2 API, or undefined when the course runs outside an LMS. */
export function findApi(start: ApiHost): Scorm12Api | undefined {
  const found = searchUp(start);
  if (found) return found;
  const opener = read(() => start.opener);
  return opener ? searchUp(opener) : undefined;
}
