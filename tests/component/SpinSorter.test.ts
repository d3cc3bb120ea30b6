// @vitest-environment happy-dom
/** The SPIN sorter by keyboard: arrow keys choose a type, Tab moves on, Enter checks. */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { pickStrings } from '@/i18n';
import { sorterKeys } from '@/i18n/salesExerciseKeys';
import SpinSorter from '@/islands/exercises/SpinSorter.svelte';
import { sorterBank } from './exerciseContent';

const bank = sorterBank('en');
const first = bank.questions.slice(0, 4);

describe('SpinSorter', { timeout: 20_000 }, () => {
  it('sorts by keyboard and explains each answer after checking', async () => {
    const user = userEvent.setup();
    render(SpinSorter, {
      questions: first,
      introduction: bank.intro,
      strings: pickStrings('en', sorterKeys),
      lang: 'en',
    });
    // Question 1 (an implication question): Tab into its group, arrows to "Implication question".
    await user.tab();
    expect(screen.getAllByRole('radio', { name: 'Situation question' })[0]).toHaveFocus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(screen.getAllByRole('radio', { name: 'Implication question' })[0]).toBeChecked();
    // Question 2 (situation): Tab to the next group and choose with Space.
    await user.tab();
    await user.keyboard(' ');
    expect(screen.getAllByRole('radio', { name: 'Situation question' })[1]).toBeChecked();
    // Question 3 (need-payoff) answered wrongly as problem; question 4 left unsorted.
    await user.tab();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByText('3 of 4 sorted')).toBeInTheDocument();

    screen.getByRole('button', { name: 'Check my answers' }).focus();
    await user.keyboard('{Enter}');
    const status = screen.getByRole('status');
    expect(within(status).getByText('2 of 4 correct.')).toBeInTheDocument();
    const cards = screen.getAllByRole('listitem').filter((li) => li.dataset['questionId']);
    expect(cards.map((c) => c.dataset['status'])).toEqual(['correct', 'correct', 'wrong', 'unanswered']);
    expect(
      within(cards[2] as HTMLElement).getByText(
        'Not quite: you chose “Problem question”; the answer is “Need-payoff question”.',
      ),
    ).toBeInTheDocument();
    expect(within(cards[2] as HTMLElement).getByText(first[2]?.why ?? '')).toBeInTheDocument();

    // Retry keeps the right answers and clears the rest.
    await user.click(screen.getByRole('button', { name: 'Try the wrong ones again' }));
    expect(screen.getByText('2 of 4 sorted')).toBeInTheDocument();
    expect(screen.getAllByRole('radio', { name: 'Implication question' })[0]).toBeChecked();
  });

  it('speaks Chinese', async () => {
    const user = userEvent.setup();
    const zh = sorterBank('zh');
    render(SpinSorter, {
      questions: zh.questions.slice(0, 1),
      introduction: zh.intro,
      strings: pickStrings('zh', sorterKeys),
      lang: 'zh-CN',
    });
    await user.click(screen.getByRole('radio', { name: '暗示性问题' }));
    await user.click(screen.getByRole('button', { name: '核对答案' }));
    expect(screen.getByText('答对 1 / 1 题。')).toBeInTheDocument();
    expect(screen.getByText('正确：暗示性问题。')).toBeInTheDocument();
  });
});
