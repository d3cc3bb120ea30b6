// @vitest-environment happy-dom
/** The buying-centre map by keyboard: marking people with selects, the risk flags and the feedback. */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { pickStrings } from '@/i18n';
import { buyingCentreKeys } from '@/i18n/salesExerciseKeys';
import BuyingCentreMap from '@/islands/exercises/BuyingCentreMap.svelte';
import { emptyProgress } from '@/lib/progress/progress';
import { progress } from '@/stores/progress';
import { buyingCase } from './exerciseContent';

const jinhe = buyingCase('en', 'jinhe-dairy');
const binjiang = buyingCase('en', 'binjiang-hospital');

type User = ReturnType<typeof userEvent.setup>;

/** Marks one person through their three labelled selects, using the keyboard. */
async function markPerson(
  user: User,
  name: string,
  role: string,
  attitude: string,
  contact: string,
  secondRole = 'No second role',
) {
  const group = screen.getByRole('group', { name: new RegExp(`^${name}\\b`) });
  for (const [label, option] of [
    ['Buying role', role],
    ['Second buying role (if any)', secondRole],
    ['Attitude', attitude],
    ['How well the rep knows them', contact],
  ] as const) {
    const select = within(group).getByRole('combobox', { name: label });
    select.focus();
    await user.selectOptions(select, option);
  }
}

const cell = (role: string) => document.querySelector<HTMLElement>(`[data-role="${role}"]`);

// Many selects to fill by keyboard: allow for a busy machine.
describe('BuyingCentreMap', { timeout: 20_000 }, () => {
  beforeEach(() => progress.set(emptyProgress()));

  it('flags every role as unidentified before anything is marked', () => {
    render(BuyingCentreMap, { cases: [jinhe], strings: pickStrings('en', buyingCentreKeys), lang: 'en' });
    for (const role of ['user', 'gatekeeper', 'coach', 'decision-maker'])
      expect(cell(role)?.dataset['status']).toBe('unidentified');
    expect(screen.getByText(/6 people have no role yet\./)).toBeInTheDocument();
  });

  it('builds the map as people are marked, and matches the model answer', async () => {
    const user = userEvent.setup();
    render(BuyingCentreMap, { cases: [jinhe], strings: pickStrings('en', buyingCentreKeys), lang: 'en' });
    await markPerson(user, 'Ma Lin', 'Coach', 'Supportive', 'Visited one-to-one', 'User');
    expect(cell('user')?.dataset['status']).toBe('covered');
    await markPerson(user, 'Xu Peng', 'User', 'Neutral', 'Visited one-to-one');
    await markPerson(user, 'Deng Hui', 'Technical gatekeeper', 'Sceptical', 'Seen only in a group');
    expect(cell('gatekeeper')?.dataset['status']).toBe('unvisited');
    await markPerson(user, 'Fan Jie', 'Technical gatekeeper', 'Neutral', 'Visited one-to-one');
    // Fan Jie met one-to-one does not cover Deng Hui, seen only in a group.
    expect(cell('gatekeeper')?.dataset['status']).toBe('unvisited');
    await markPerson(user, 'Qian Wei', 'Decision maker', 'Not known', 'Seen only in a group');
    await markPerson(user, 'Zhou Li', 'No buying role', 'Supportive', 'Visited one-to-one');
    expect(cell('decision-maker')?.dataset['status']).toBe('unvisited');
    expect(
      within(cell('decision-maker') as HTMLElement).getByText(
        'Risk: someone here not yet visited one-to-one',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /^Of the 5 people with a buying role, 3 have been visited one-to-one; the map shows 2 risks\.$/,
      ),
    ).toBeInTheDocument();

    screen.getByRole('button', { name: 'Compare with the model answer' }).focus();
    await user.keyboard('{Enter}');
    expect(
      screen.getByRole('heading', { name: '18 of your 18 marks match the model answer.' }),
    ).toHaveFocus();
    const found = document.querySelector('[data-list="found"]') as HTMLElement;
    expect([...found.querySelectorAll('li')].map((li) => li.textContent?.trim())).toEqual([
      'Deng Hui (Technical gatekeeper): Risk: not yet visited one-to-one',
      'Qian Wei (Decision maker): Risk: not yet visited one-to-one',
    ]);
    expect(
      within(document.querySelector('[data-list="missed"]') as HTMLElement).getByText('None'),
    ).toBeInTheDocument();
    expect(screen.getByText(jinhe.nextSteps[0] ?? '')).toBeInTheDocument();
    expect(progress.get().saved['buying-centre']?.['jinhe-dairy']?.data).toMatchObject({
      score: 18,
      outOf: 18,
    });
  });

  it('reports the risks a learner missed and the marks that differ', async () => {
    const user = userEvent.setup();
    render(BuyingCentreMap, {
      cases: [jinhe, binjiang],
      strings: pickStrings('en', buyingCentreKeys),
      lang: 'en',
    });
    screen.getByRole('radio', { name: jinhe.title }).focus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByText(binjiang.organisation)).toBeInTheDocument();
    // Mistaking the friendly consultant for a coach hides the missing coach.
    await markPerson(user, 'Pan Tao', 'Coach', 'Supportive', 'Visited one-to-one');
    await user.click(screen.getByRole('button', { name: 'Compare with the model answer' }));
    const missed = document.querySelector('[data-list="missed"]') as HTMLElement;
    expect(within(missed).getByText('Coach: Risk: not yet identified')).toBeInTheDocument();
    for (const text of [
      'Guo Ming (Decision maker): Risk: not yet visited one-to-one',
      'Jiang Yan (Technical gatekeeper): Risk: not yet visited one-to-one',
      'Tao Fang (User): Risk: not yet visited one-to-one',
    ])
      expect(within(missed).getByText(text)).toBeInTheDocument();
    const pan = screen.getByRole('group', { name: /^Pan Tao\b/ });
    expect(within(pan).getAllByText('✗ differs')).toHaveLength(2);
    expect(within(pan).getByText('✓ matches')).toBeInTheDocument();
  });
});
