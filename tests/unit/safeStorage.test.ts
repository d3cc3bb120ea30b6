import { describe, expect, it, vi } from 'vitest';
import { createSafeStorage } from '@/stores/safeStorage';

/** A Storage whose writes can be made to fail, like a full quota. */
function fakeStorage(options: { failWrites?: boolean } = {}): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    key: (index: number) => [...data.keys()][index] ?? null,
    getItem: (key: string) => data.get(key) ?? null,
    removeItem: (key: string) => void data.delete(key),
    setItem: (key: string, value: string) => {
      if (options.failWrites) throw new DOMException('full', 'QuotaExceededError');
      data.set(key, value);
    },
  };
}

describe('createSafeStorage', () => {
  it('writes through to the backing storage', () => {
    const backing = fakeStorage();
    const onUnavailable = vi.fn();
    const store = createSafeStorage(backing, onUnavailable);
    store['a'] = '1';
    expect(backing.getItem('a')).toBe('1');
    expect('a' in store).toBe(true);
    expect(store['a']).toBe('1');
    delete store['a'];
    expect(backing.getItem('a')).toBeNull();
    expect('a' in store).toBe(false);
    expect(onUnavailable).not.toHaveBeenCalled();
  });

  it('keeps values in memory and warns once when writes fail', () => {
    const onUnavailable = vi.fn();
    const store = createSafeStorage(fakeStorage({ failWrites: true }), onUnavailable);
    store['a'] = '1';
    store['b'] = '2';
    expect(store['a']).toBe('1');
    expect(store['b']).toBe('2');
    expect(onUnavailable).toHaveBeenCalledTimes(1);
  });

  it('works in memory when there is no storage at all', async () => {
    const onUnavailable = vi.fn();
    const store = createSafeStorage(undefined, onUnavailable);
    store['a'] = '1';
    expect(store['a']).toBe('1');
    await Promise.resolve();
    expect(onUnavailable).toHaveBeenCalledTimes(1);
  });
});
