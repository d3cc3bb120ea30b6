// @vitest-environment happy-dom
/**
 * The class page island by keyboard: type the workshop code, paste codes, add them with the
 * keyboard, read the status and the participants (names as text), and see a refusal reported.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { pickStrings } from '@/i18n';
import { classKeys } from '@/i18n/trainerKeys';
import ClassResults from '@/islands/trainer/ClassResults.svelte';
import { encodeResultCode, RESULT_KIND, type WorkshopResult } from '@/lib/trainer/workshopResult';

const strings = pickStrings('en', classKeys);

function result(name: string, workshop = 'KAM-1'): WorkshopResult {
  return {
    kind: RESULT_KIND,
    version: 1,
    workshop,
    name,
    createdAt: '2026-12-03T10:00:00Z',
    quizzes: [
      {
        scope: 'm01-key-accounts',
        kind: 'module',
        finishedAt: '2026-12-03T10:00:00Z',
        questionIds: ['m01-q01'],
        responses: { 'm01-q01': { type: 'single', choice: 'a' } },
        scores: { 'm01-q01': 0 },
      },
    ],
  };
}

describe('ClassResults', () => {
  it('imports pasted codes by keyboard and reports what it skipped', async () => {
    const user = userEvent.setup();
    render(ClassResults, {
      strings,
      lang: 'en',
      scopes: { 'm01-key-accounts': 'Module 1 quiz' },
      questions: { 'm01-q01': { prompt: 'Which is right?', options: { a: 'Option A' } } },
    });
    const add = screen.getByRole('button', { name: 'Add the codes' });
    expect(add).toHaveProperty('disabled', true);

    await user.click(screen.getByLabelText('Pasted codes (one per line)'));
    await user.paste(
      `${encodeResultCode(result('<i>Ann</i>'))}\n${encodeResultCode(result('Bob', 'OTHER'))}`,
    );
    await user.tab();
    await user.keyboard('{Enter}');
    expect(screen.getByText('Enter the workshop code first (letters, digits, - or _).')).toBeTruthy();

    await user.click(screen.getByLabelText('Workshop code'));
    await user.keyboard('kam-1');
    await user.click(screen.getByLabelText('Pasted codes (one per line)'));
    await user.paste(
      `${encodeResultCode(result('<i>Ann</i>'))}\n${encodeResultCode(result('Bob', 'OTHER'))}\nnot-a-code`,
    );
    await user.tab();
    await user.keyboard('{Enter}');

    expect(await screen.findByText('1 added, 2 skipped.')).toBeTruthy();
    expect(screen.getByText('<i>Ann</i>').tagName).toBe('LI');
    expect(document.querySelector('i')).toBeNull();
    expect(screen.getByText('pasted code 2: from another workshop (OTHER)')).toBeTruthy();
    expect(screen.getByText('pasted code 3: not a workshop result (not readable as JSON)')).toBeTruthy();
    expect(screen.getByText('Which is right?')).toBeTruthy();
    expect(screen.getByText('Option A (1)')).toBeTruthy();
  });
});
