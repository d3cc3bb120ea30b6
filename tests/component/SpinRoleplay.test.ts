// @vitest-environment happy-dom
/** The SPIN role-play by keyboard: a whole call, the gauge, the end summary and the saved outcome. */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { pickStrings } from '@/i18n';
import { roleplayKeys } from '@/i18n/salesExerciseKeys';
import SpinRoleplay from '@/islands/exercises/SpinRoleplay.svelte';
import { emptyProgress } from '@/lib/progress/progress';
import { modelPath, playPath } from '@/lib/exercises/spinRoleplay';
import { progress } from '@/stores/progress';
import { scenario } from './exerciseContent';

const xianlin = scenario('en', 'xianlin');
const tongfeng = scenario('en', 'tongfeng');

/** Presses Tab until the button of the given choice has focus, then Enter. */
async function chooseByKeyboard(user: ReturnType<typeof userEvent.setup>, choiceId: string) {
  for (let i = 0; i < 10; i++) {
    await user.tab();
    if ((document.activeElement as HTMLElement | null)?.dataset['choiceId'] === choiceId) break;
  }
  expect((document.activeElement as HTMLElement).dataset['choiceId']).toBe(choiceId);
  await user.keyboard('{Enter}');
}

// A whole call by keyboard: allow for a busy machine.
describe('SpinRoleplay', { timeout: 20_000 }, () => {
  beforeEach(() => progress.set(emptyProgress()));

  it('plays the model path by keyboard, ends in an advance graded hot, names the deciding turn, and saves the outcome', async () => {
    const user = userEvent.setup();
    render(SpinRoleplay, { scenarios: [xianlin], strings: pickStrings('en', roleplayKeys), lang: 'en' });
    screen.getByRole('button', { name: 'Start the call' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: 'Turn 1 of 8' })).toHaveFocus();
    expect(screen.getByText(/Temperature now: 10°C/)).toBeInTheDocument();

    const path = modelPath(xianlin);
    const expected = playPath(xianlin, path);
    if (!expected.ok) throw new Error('model path does not play');
    for (const [index, id] of path.entries()) {
      await chooseByKeyboard(user, id);
      if (index < path.length - 1)
        expect(screen.getByRole('heading', { name: `Turn ${index + 2} of 8` })).toHaveFocus();
    }
    expect(screen.getByRole('heading', { name: 'The call is over' })).toHaveFocus();
    expect(screen.getByText(`Final temperature: ${expected.temperature}°C`)).toBeInTheDocument();
    expect(screen.getByText(xianlin.endings.advance)).toBeInTheDocument();
    expect(
      screen.getByText(
        'Outcome: Advance: the buyer commits to a next step that moves the sale. Grade: hot: a clear need, ready for a next step.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Turn 8 decided the outcome: Asking for the next step/)).toBeInTheDocument();
    // The curve has a text alternative and a table.
    expect(
      screen.getByRole('img', { name: /Temperature after each turn: 10°C, 13°C, 25°C/ }),
    ).toBeInTheDocument();
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(path.length + 2);
    // Feedback for each choice, with its type.
    const items = screen.getAllByRole('listitem').filter((li) => li.closest('ol.path'));
    expect(items).toHaveLength(8);
    expect(within(items[0] as HTMLElement).getByText(/Situation question/)).toBeInTheDocument();

    const saved = progress.get().saved['spin-roleplay']?.['xianlin'];
    expect(saved?.data).toEqual({
      scenario: 'xianlin',
      path,
      temperatures: [10, ...expected.steps.map((s) => s.after)],
      endTemperature: expected.temperature,
      band: 'hot',
      outcome: 'advance',
      grade: 'hot',
    });
    expect(screen.getByText('The result is saved in your progress in this browser.')).toBeInTheDocument();
  });

  it('cools with a premature pitch and lets the learner pick a scenario by keyboard', async () => {
    const user = userEvent.setup();
    render(SpinRoleplay, {
      scenarios: [xianlin, tongfeng],
      strings: pickStrings('en', roleplayKeys),
      lang: 'en',
    });
    screen.getByRole('radio', { name: xianlin.title }).focus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: tongfeng.title })).toBeChecked();
    expect(screen.getByText(tongfeng.brief)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start the call' }));
    // Two good questions, then a pitch.
    await chooseByKeyboard(user, 't1-checks');
    await chooseByKeyboard(user, 't2-failures');
    expect(screen.getByText(/Temperature now: 25°C/)).toBeInTheDocument();
    await chooseByKeyboard(user, 't3-load');
    expect(screen.getByText(/Temperature now: 40°C/)).toBeInTheDocument();
    await chooseByKeyboard(user, 't4-never');
    expect(screen.getByText(/Temperature now: 25°C/)).toBeInTheDocument();
    expect(screen.getByText("Never? I've heard that one before.")).toBeInTheDocument();
  });

  it('speaks Chinese', async () => {
    const user = userEvent.setup();
    const zh = scenario('zh', 'xianlin');
    render(SpinRoleplay, { scenarios: [zh], strings: pickStrings('zh', roleplayKeys), lang: 'zh-CN' });
    await user.click(screen.getByRole('button', { name: '开始拜访' }));
    expect(screen.getByRole('heading', { name: '第 1 轮，共 8 轮' })).toHaveFocus();
    await chooseByKeyboard(user, 't1-pitch');
    expect(screen.getByText(/当前水温：10°C/)).toBeInTheDocument();
  });

  it('a first-turn pitch costs the advance: the trial request meets her hold reply and turn 1 is named', async () => {
    const user = userEvent.setup();
    render(SpinRoleplay, { scenarios: [xianlin], strings: pickStrings('en', roleplayKeys), lang: 'en' });
    await user.click(screen.getByRole('button', { name: 'Start the call' }));
    const rest = modelPath(xianlin).slice(1);
    for (const id of ['t1-pitch', ...rest]) await chooseByKeyboard(user, id);
    const trial = xianlin.nodes.find((n) => n.id === 't8')?.choices.find((c) => c.id === 't8-trial');
    expect(screen.getAllByText(trial?.holdReply ?? '-').length).toBeGreaterThan(0);
    expect(screen.queryByText(trial?.reply ?? '-')).toBeNull();
    expect(screen.getByText(xianlin.endings.continuation)).toBeInTheDocument();
    expect(
      screen.getByText(/^Turn 1 decided the outcome: A pitch before the buyer has disclosed/),
    ).toBeInTheDocument();
  });
});
