// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { pickStrings } from '@/i18n';
import { opportunityKeys } from '@/i18n/exerciseKeys';
import OpportunityWorksheet from '@/islands/exercises/OpportunityWorksheet.svelte';
import { emptyProgress } from '@/lib/progress/progress';
import { progress } from '@/stores/progress';
import { opportunityEn, opportunityZh } from './exercisesAContent';

const values = ['1', '2', '3', '4', '5', 'unknown'];

/** Answers one question by keyboard: Tab lands on the group's first radio, Space checks it, arrows move. */
async function answerByKeyboard(
  user: ReturnType<typeof userEvent.setup>,
  question: string,
  value: string | number,
) {
  const group = screen.getByRole('group', { name: question });
  const first = within(group).getAllByRole('radio')[0]!;
  first.focus();
  await user.keyboard(' ');
  for (let i = 0; i < values.indexOf(String(value)); i += 1) await user.keyboard('{ArrowRight}');
}

// Seventeen questions answered key by key take a few seconds on a busy machine.
/** "Next step" by keyboard; focus moves to the new step's heading. */
async function nextStep(user: ReturnType<typeof userEvent.setup>) {
  screen.getByRole('button', { name: 'Next step →' }).focus();
  await user.keyboard('{Enter}');
  expect(document.activeElement?.tagName).toBe('H3');
}

describe('OpportunityWorksheet', { timeout: 30_000 }, () => {
  beforeEach(() => progress.set(emptyProgress()));

  it('assesses a prepared deal by keyboard, gives its verdict and compares with the model answer', async () => {
    const user = userEvent.setup();
    render(OpportunityWorksheet, {
      content: opportunityEn,
      strings: pickStrings('en', opportunityKeys),
      lang: 'en',
    });
    const deal = opportunityEn.deals.find((d) => d.id === 'hotel-quote')!;
    const select = screen.getByLabelText('Deal to assess');
    select.focus();
    await user.selectOptions(select, deal.id);
    expect(screen.getByRole('heading', { name: deal.title })).toBeInTheDocument();
    expect(screen.getByText(/17 questions still to answer/)).toBeInTheDocument();

    for (const [index, step] of opportunityEn.steps.entries()) {
      for (const q of step.questions) await answerByKeyboard(user, q.text, deal.model.answers[q.id]!);
      if (index < 3) await nextStep(user);
    }
    expect(screen.getByRole('button', { name: /Is it worth winning\?/ })).toHaveAttribute(
      'aria-current',
      'step',
    );
    const verdict = screen.getByText((_, el) => el?.getAttribute('data-verdict') === 'no-go');
    expect(verdict).toHaveTextContent('Verdict: No-go');
    expect(
      screen.getByText(/“Is it a real opportunity\?”: Budget, Someone driving it scored 1/),
    ).toBeInTheDocument();
    expect(screen.getByText('Next actions (weakest step: Is it a real opportunity?)')).toBeInTheDocument();

    const compare = screen.getByRole('button', { name: 'Compare with the model answer' });
    compare.focus();
    await user.keyboard('{Enter}');
    expect(compare).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Every one of your scores matches the model answer.')).toBeInTheDocument();
    expect(screen.getByText(/\(the same as yours\)/)).toBeInTheDocument();
  });

  it('shows where the learner differs from the model answer', async () => {
    const user = userEvent.setup();
    render(OpportunityWorksheet, {
      content: opportunityEn,
      strings: pickStrings('en', opportunityKeys),
      lang: 'en',
    });
    const deal = opportunityEn.deals.find((d) => d.id === 'cold-chain')!;
    await user.selectOptions(screen.getByLabelText('Deal to assess'), deal.id);
    for (const [index, step] of opportunityEn.steps.entries()) {
      for (const q of step.questions) {
        await answerByKeyboard(user, q.text, q.id === 'margin' ? 1 : deal.model.answers[q.id]!);
      }
      if (index < 3) await nextStep(user);
    }
    await user.click(screen.getByRole('button', { name: 'Compare with the model answer' }));
    expect(screen.getByText(/\(different from yours\)/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /differs from the model answer/ });
    expect(within(table).getByRole('rowheader', { name: 'Contribution margin' })).toBeInTheDocument();
  });

  it('refuses to save an own deal without a name, then saves, lists and reopens it', async () => {
    const user = userEvent.setup();
    render(OpportunityWorksheet, {
      content: opportunityZh,
      strings: pickStrings('zh', opportunityKeys),
      lang: 'zh-CN',
    });
    const save = screen.getByRole('button', { name: '保存评估' });
    save.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('请先填写商机名称，再保存。');

    await user.click(screen.getByLabelText('商机名称'));
    await user.keyboard('锅炉改造');
    await answerByKeyboard(user, opportunityZh.steps[0]!.questions[0]!.text, 4);
    save.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('已保存“锅炉改造”。');
    const saved = Object.values(progress.get().saved['opportunity'] ?? {});
    expect(saved).toHaveLength(1);
    expect(saved[0]?.data).toMatchObject({ name: '锅炉改造', dealId: null, answers: { need: 4 } });

    const list = screen.getByRole('heading', { name: '我保存的评估' }).parentElement!;
    expect(within(list).getByText('锅炉改造')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('评估哪个商机'), 'cold-chain');
    expect(screen.queryByLabelText('商机名称')).toBeNull();
    within(list).getByRole('button', { name: /打开/ }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByLabelText('商机名称')).toHaveValue('锅炉改造');
  });
});
