import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { emptyProgress, parseProgress, serialiseProgress } from '@/lib/progress/progress';
import { putSavedItem, readSavedItems, removeSavedItem } from '@/lib/progress/savedItems';

const deal = z.object({ name: z.string(), score: z.number() });

describe('saved tool items', () => {
  it('puts, reads newest first through the tool schema, and removes', () => {
    let state = putSavedItem(
      emptyProgress(),
      'opportunity',
      'd1',
      { name: 'A', score: 3 },
      '2026-11-01T00:00:00Z',
      'A',
    );
    state = putSavedItem(state, 'opportunity', 'd2', { name: 'B', score: 4 }, '2026-11-02T00:00:00Z');
    state = putSavedItem(state, 'opportunity', 'broken', { name: 5 }, '2026-11-03T00:00:00Z');
    expect(readSavedItems(state, 'opportunity', deal).map((item) => item.id)).toEqual(['d2', 'd1']);
    expect(parseProgress(serialiseProgress(state)).progress).toEqual(state);
    state = removeSavedItem(
      removeSavedItem(removeSavedItem(state, 'opportunity', 'd1'), 'opportunity', 'd2'),
      'opportunity',
      'broken',
    );
    expect(state.saved).toEqual({});
  });

  it.each([
    { tool: '', id: 'x' },
    { tool: 'a b', id: 'x' },
    { tool: 'ok', id: '../x' },
    { tool: 'ok', id: 'x'.repeat(101) },
  ])('refuses the id pair $tool / $id', ({ tool, id }) => {
    const state = emptyProgress();
    expect(putSavedItem(state, tool, id, 1, '2026-11-01T00:00:00Z')).toBe(state);
  });

  it('removing something absent returns the same record', () => {
    const state = emptyProgress();
    expect(removeSavedItem(state, 'none', 'x')).toBe(state);
  });
});
