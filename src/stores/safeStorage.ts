/**
 * A key–value object for @nanostores/persistent that writes through to localStorage when it can and
 * keeps working in memory when it cannot (storage disabled, private mode, quota full). The first
 * failure calls `onUnavailable` once so the page can show a one-line notice.
 */
export type StringStore = Record<string, string>;

export function openLocalStorage(): Storage | undefined {
  try {
    const storage = globalThis.localStorage;
    const probe = '__kas_probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    return undefined;
  }
}

export function createSafeStorage(backing: Storage | undefined, onUnavailable: () => void): StringStore {
  const memory = new Map<string, string>();
  let warned = false;
  const fail = () => {
    if (!warned) {
      warned = true;
      onUnavailable();
    }
  };
  if (!backing) queueMicrotask(fail);

  const read = (key: string): string | undefined => {
    if (memory.has(key)) return memory.get(key);
    try {
      return backing?.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  };

  return new Proxy({} as StringStore, {
    get: (_target, key) => (typeof key === 'string' ? read(key) : undefined),
    has: (_target, key) => typeof key === 'string' && read(key) !== undefined,
    set: (_target, key, value) => {
      if (typeof key !== 'string') return false;
      const text = String(value);
      try {
        if (!backing) throw new Error('no storage');
        backing.setItem(key, text);
        memory.delete(key);
      } catch {
        memory.set(key, text);
        fail();
      }
      return true;
    },
    deleteProperty: (_target, key) => {
      if (typeof key !== 'string') return false;
      memory.delete(key);
      try {
        backing?.removeItem(key);
      } catch {
        // Nothing more to do: the in-memory copy is already gone.
      }
      return true;
    },
  });
}
