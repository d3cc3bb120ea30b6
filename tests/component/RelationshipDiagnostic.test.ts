// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { pickStrings } from '@/i18n';
import { relationshipKeys } from '@/i18n/exerciseKeys';
import RelationshipDiagnostic from '@/islands/exercises/RelationshipDiagnostic.svelte';
import { indicators } from '@/lib/exercises/relationshipIndicators';
import { emptyProgress } from '@/lib/progress/progress';
import { progress } from '@/stores/progress';
import { relationshipEn } from './exercisesAContent';

describe('RelationshipDiagnostic', { timeout: 30_000 }, () => {
  beforeEach(() => progress.set(emptyProgress()));

  it('places a prepared account, saves it with the clock passed in, and reassesses it by keyboard', async () => {
    const user = userEvent.setup();
    let clock = new Date('2026-02-01T08:00:00Z');
    render(RelationshipDiagnostic, {
      content: relationshipEn,
      strings: pickStrings('en', relationshipKeys),
      locale: 'en',
      lang: 'en',
      now: () => clock,
    });
    await user.selectOptions(screen.getByLabelText('Start from'), 'new-snack-maker');
    const stage = screen.getByText((_, el) => el?.getAttribute('data-stage') === 'early');
    expect(stage).toHaveTextContent('Early');
    expect(screen.getByRole('heading', { name: 'Actions to reach “Middle”' })).toBeInTheDocument();

    const save = screen.getByRole('button', { name: 'Save this assessment' });
    save.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Saved the assessment of “A snack maker, six months in”: Early.',
    );
    expect(screen.getAllByRole('listitem').some((li) => li.textContent?.includes('1 assessment'))).toBe(true);

    // Two months later: more cards first (the rep's own activity: the stage does not move), then
    // the supplier review is passed and users deal with us.
    clock = new Date('2026-04-01T08:00:00Z');
    const answerYes = async (id: string) => {
      const text = indicators.find((i) => i.id === id)!.text.en;
      const group = screen.getByRole('group', { name: (name) => name.endsWith(text) });
      const radios = within(group).getAllByRole('radio');
      // "No" is checked; the arrow key moves the choice to "Yes", as in any radio group.
      radios[1]!.focus();
      await user.keyboard('{ArrowLeft}');
      expect((radios[0] as HTMLInputElement).checked).toBe(true);
    };
    await answerYes('relationship-cards');
    await answerYes('monthly-favour');
    expect(screen.getByText((_, el) => el?.getAttribute('data-stage') === 'early')).toBeInTheDocument();
    for (const id of ['trial-passed', 'beyond-purchasing']) await answerYes(id);
    expect(screen.getByText((_, el) => el?.getAttribute('data-stage') === 'middle')).toBeInTheDocument();
    save.focus();
    await user.keyboard('{Enter}');
    const timeline = screen.getByRole('heading', { name: 'Assessment history' }).parentElement!;
    const items = within(timeline).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/Feb.*Early/),
      expect.stringMatching(/Apr.*Middle/),
    ]);
    expect(within(timeline).getByText('Moved up from “Early” to “Middle”.')).toBeInTheDocument();
    const record = Object.values(progress.get().saved['relationship'] ?? {})[0];
    expect(record?.data).toMatchObject({
      history: [
        { date: '2026-02-01T08:00:00.000Z', stage: 'early' },
        { date: '2026-04-01T08:00:00.000Z', stage: 'middle' },
      ],
    });
  });

  it('asks for a name before saving, and counts what is still unanswered', async () => {
    const user = userEvent.setup();
    render(RelationshipDiagnostic, {
      content: relationshipEn,
      strings: pickStrings('en', relationshipKeys),
      locale: 'en',
      lang: 'en',
    });
    expect(
      screen.getByText(`${indicators.length} facts still to answer.`, { exact: false }),
    ).toBeInTheDocument();
    screen.getByRole('button', { name: 'Save this assessment' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('Give the account a name before saving.');
    expect(progress.get().saved['relationship']).toBeUndefined();
  });
});
