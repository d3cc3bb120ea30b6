import { describe, expect, it } from 'vitest';
import { findApi, isScorm12Api, MAX_PARENT_HOPS, type ApiHost } from '@/lib/scorm/api';

const api = () => ({
  LMSInitialize: () => 'true',
  LMSFinish: () => 'true',
  LMSGetValue: () => '',
  LMSSetValue: () => 'true',
  LMSCommit: () => 'true',
  LMSGetLastError: () => '0',
});

/** A chain of windows: the first is the course, each next one its parent; the top is its own parent. */
function chain(length: number, apiAt?: number, lmsApi: unknown = api()): ApiHost[] {
  const windows: { API?: unknown; parent?: ApiHost; opener?: ApiHost | null }[] = [];
  for (let i = 0; i < length; i += 1) windows.push(i === apiAt ? { API: lmsApi } : {});
  windows.forEach((w, i) => (w.parent = windows[i + 1] ?? w));
  return windows;
}

describe('findApi (SCORM 1.2 API discovery)', () => {
  it.each([
    { where: 'the window itself', length: 1, apiAt: 0 },
    { where: 'the parent', length: 2, apiAt: 1 },
    { where: 'the LMS frame above a launch page and a wrapper', length: 4, apiAt: 3 },
    { where: `${MAX_PARENT_HOPS} parents up`, length: MAX_PARENT_HOPS + 1, apiAt: MAX_PARENT_HOPS },
  ])('finds the API on $where', ({ length, apiAt }) => {
    const windows = chain(length, apiAt);
    expect(findApi(windows[0]!)).toBe(windows[apiAt]!.API);
  });

  it('stops after the standard number of parents', () => {
    const windows = chain(MAX_PARENT_HOPS + 2, MAX_PARENT_HOPS + 1);
    expect(findApi(windows[0]!)).toBeUndefined();
  });

  it('finds nothing outside an LMS', () => {
    expect(findApi(chain(3)[0]!)).toBeUndefined();
  });

  it('looks in the opener and its parents when the frames have none', () => {
    const opener = chain(2, 1);
    const course = chain(2);
    (course[0] as { opener?: ApiHost }).opener = opener[0]!;
    expect(findApi(course[0]!)).toBe(opener[1]!.API);
  });

  it('prefers the frames over the opener', () => {
    const opener = chain(1, 0);
    const course = chain(2, 1);
    (course[0] as { opener?: ApiHost }).opener = opener[0]!;
    expect(findApi(course[0]!)).toBe(course[1]!.API);
  });

  it('skips a window of another origin and keeps climbing', () => {
    const top = { API: api() } as ApiHost & { parent?: ApiHost };
    (top as { parent?: ApiHost }).parent = top;
    const foreign = {
      get API(): unknown {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
      parent: top,
    };
    const course = { parent: foreign };
    expect(findApi(course)).toBe(top.API);
  });

  it('ignores an API object that lacks the SCORM 1.2 functions', () => {
    const partial: Partial<ReturnType<typeof api>> = api();
    delete partial.LMSCommit;
    expect(isScorm12Api(partial)).toBe(false);
    expect(isScorm12Api('API')).toBe(false);
    expect(findApi(chain(2, 1, partial)[0]!)).toBeUndefined();
  });
});
