// @vitest-environment happy-dom
/**
 * Each question type, answered by mouse and by keyboard, and what the card shows once revealed.
 * The card's response is read back through a bindable prop via a small harness.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { pickStrings } from '@/i18n';
import { quizKeys } from '@/i18n/quizKeys';
import type { Question } from '@/lib/content/schemas';
import { emptyResponse, grade, type QuizResponse } from '@/lib/quiz/grade';
import { layoutFor } from '@/lib/quiz/present';
import Harness from './QuestionHarness.svelte';

const strings = pickStrings('en', quizKeys);
const base = { lesson: '01-pareto', objective: 1, prompt: 'Pick well', explanation: 'Because reasons.' };

function setup(question: Question, revealed = false) {
  const layout = layoutFor(question, 'test-seed');
  const state = { response: emptyResponse(question, layout.initialOrder) as QuizResponse };
  const view = render(Harness, {
    question,
    layout,
    revealed,
    strings,
    sink: state,
  });
  return { view, state, user: userEvent.setup() };
}

describe('single choice', () => {
  const question: Question = {
    ...base,
    id: 'm01-t1',
    type: 'single',
    options: [
      { id: 'a', text: 'Alpha' },
      { id: 'b', text: 'Bravo' },
      { id: 'c', text: 'Charlie' },
    ],
    answer: 'b',
  };

  it('records a click', async () => {
    const { state, user } = setup(question);
    await user.click(screen.getByRole('radio', { name: 'Bravo' }));
    expect(state.response).toEqual({ type: 'single', choice: 'b' });
    expect(grade(question, state.response).correct).toBe(true);
  });

  it('moves between options with the arrow keys', async () => {
    const { state, user } = setup(question);
    const radios = screen.getAllByRole('radio');
    await user.click(radios[0] as HTMLElement);
    await user.keyboard('{ArrowDown}');
    const chosen = (state.response as { choice: string }).choice;
    expect(chosen).toBe((radios[1] as HTMLInputElement).value);
  });

  it('shows the verdict, the right answer in words and the explanation when revealed', () => {
    setup(question, true);
    expect(screen.getByRole('status')).toHaveTextContent('Not right');
    expect(screen.getByRole('status')).toHaveTextContent('Because reasons.');
    expect(screen.getByText(/Right answer/)).toBeInTheDocument();
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
  });
});

describe('multiple choice', () => {
  const question: Question = {
    ...base,
    id: 'm01-t2',
    type: 'multiple',
    options: [
      { id: 'a', text: 'Alpha' },
      { id: 'b', text: 'Bravo' },
      { id: 'c', text: 'Charlie' },
    ],
    answers: ['a', 'c'],
  };

  it('toggles options by click and by the space bar', async () => {
    const { state, user } = setup(question);
    await user.click(screen.getByRole('checkbox', { name: 'Alpha' }));
    screen.getByRole('checkbox', { name: 'Charlie' }).focus();
    await user.keyboard(' ');
    expect([...(state.response as { choices: string[] }).choices].sort()).toEqual(['a', 'c']);
    await user.keyboard(' ');
    expect((state.response as { choices: string[] }).choices).toEqual(['a']);
    expect(grade(question, state.response).score).toBe(0.5);
  });
});

describe('true / false', () => {
  it('answers with a click', async () => {
    const question: Question = { ...base, id: 'm01-t3', type: 'truefalse', answer: false };
    const { state, user } = setup(question);
    await user.click(screen.getByRole('radio', { name: 'False' }));
    expect(state.response).toEqual({ type: 'truefalse', value: false });
  });
});

describe('ordering', () => {
  const question: Question = {
    ...base,
    id: 'm01-t4',
    type: 'ordering',
    items: [
      { id: '1', text: 'First' },
      { id: '2', text: 'Second' },
      { id: '3', text: 'Third' },
    ],
  };

  const shown = () => screen.getAllByRole('listitem').map((item) => item.querySelector('.text')?.textContent);

  it('starts in an order that is not the answer and reorders by buttons to full marks', async () => {
    const { state, user } = setup(question);
    expect(shown()).not.toEqual(['First', 'Second', 'Third']);
    // Selection sort with the "move up" buttons, as a learner would.
    for (const [target, text] of ['First', 'Second', 'Third'].entries()) {
      let position = shown().indexOf(text);
      while (position > target) {
        await user.click(screen.getByRole('button', { name: `Move “${text}” up` }));
        position -= 1;
      }
    }
    expect(shown()).toEqual(['First', 'Second', 'Third']);
    expect(grade(question, state.response).correct).toBe(true);
  });

  it('moves by keyboard, keeps focus on the moved item and announces the move', async () => {
    const { user } = setup(question);
    const firstShown = shown()[0] ?? '';
    screen.getByRole('button', { name: `Move “${firstShown}” down` }).focus();
    await user.keyboard('{Enter}');
    expect(shown()[1]).toBe(firstShown);
    expect(document.activeElement).toHaveAccessibleName(`Move “${firstShown}” down`);
    expect(screen.getByText(`“${firstShown}” is now at position 2 of 3`)).toBeInTheDocument();
  });
});

describe('matching and categorising', () => {
  it('matches each left item with a partner from a menu', async () => {
    const question: Question = {
      ...base,
      id: 'm01-t5',
      type: 'matching',
      pairs: [
        { id: 'p', left: 'Cat', right: 'Meow' },
        { id: 'q', left: 'Dog', right: 'Woof' },
      ],
    };
    const { state, user } = setup(question);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Match for “Cat”' }), 'Meow');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Match for “Dog”' }), 'Meow');
    expect(state.response).toEqual({ type: 'matching', matches: { p: 'p', q: 'p' } });
    expect(grade(question, state.response).score).toBe(0.5);
  });

  it('places items into groups and, once revealed, names the right group of a wrong one', async () => {
    const question: Question = {
      ...base,
      id: 'm01-t6',
      type: 'categorising',
      groups: [
        { id: 'g1', text: 'Fruit' },
        { id: 'g2', text: 'Vegetable' },
      ],
      items: [
        { id: 'i1', text: 'Apple', group: 'g1' },
        { id: 'i2', text: 'Carrot', group: 'g2' },
      ],
    };
    const { state, user, view } = setup(question);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Group for “Apple”' }), 'Fruit');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Group for “Carrot”' }), 'Fruit');
    expect(state.response).toEqual({ type: 'categorising', placements: { i1: 'g1', i2: 'g1' } });
    await view.rerender({ revealed: true });
    const carrot = screen.getByText('Carrot').closest('li') as HTMLElement;
    expect(within(carrot).getByText(/Right answer: Vegetable/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Partly right (score 50%)');
  });
});
