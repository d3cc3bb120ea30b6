// @vitest-environment happy-dom
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { pickStrings } from '@/i18n';
import { importKeys } from '@/i18n/importKeys';
import ImportPanel from '@/islands/import/ImportPanel.svelte';
import type { ImportedList } from '@/lib/import/types';
import type { EngineOptions, WorkerLike } from '@/islands/import/engine';

/** A worker that takes requests and never answers (or fails when told), terminate() recorded. */
function silentWorker() {
  const listeners: Record<string, ((event: Event) => void)[]> = {};
  const worker: WorkerLike & { terminated: boolean; posted: number; fail(type: string): void } = {
    terminated: false,
    posted: 0,
    postMessage() {
      worker.posted += 1;
    },
    addEventListener(type, listener) {
      (listeners[type] ??= []).push(listener);
    },
    terminate() {
      worker.terminated = true;
    },
    fail(type) {
      for (const listener of listeners[type] ?? []) listener(new Event(type));
    },
  };
  return worker;
}

function setupWithWorker(engineOptions: EngineOptions, lang: 'en' | 'zh' = 'en') {
  const onImported = vi.fn<(list: ImportedList, fileName: string) => void>();
  render(ImportPanel, { strings: pickStrings(lang, importKeys), lang, onImported, engineOptions });
  return { onImported, user: userEvent.setup() };
}

function setup(lang: 'en' | 'zh' = 'en') {
  const onImported = vi.fn<(list: ImportedList, fileName: string) => void>();
  render(ImportPanel, { strings: pickStrings(lang, importKeys), lang, onImported });
  return { onImported, user: userEvent.setup() };
}

async function paste(user: ReturnType<typeof userEvent.setup>, text: string, lang: 'en' | 'zh' = 'en') {
  const strings = pickStrings(lang, importKeys);
  await user.click(screen.getByText(strings['import.pasteLabel'], { selector: 'summary' }));
  const box = screen.getByLabelText(strings['import.pasteLabel'], { selector: 'textarea' });
  box.focus();
  // user.paste puts the clipboard text in, tabs and all, as a paste from Excel does.
  await user.paste(text);
  await user.click(screen.getByRole('button', { name: strings['import.pasteButton'] }));
}

describe('ImportPanel', () => {
  it('a worker that never answers ends in the timeout message in the page language, and the worker is ended', async () => {
    const worker = silentWorker();
    const { user } = setupWithWorker({ timeoutMs: 50, forceWorker: true, createWorker: () => worker }, 'zh');
    await paste(user, '客户\t销售额\n甲\t100\n', 'zh');
    expect(
      await screen.findByText(pickStrings('zh', importKeys)['import.error.timeout']),
    ).toBeInTheDocument();
    expect(worker.posted).toBe(1);
    expect(worker.terminated).toBe(true);
  });

  it('Cancel ends a worker that never answers at once, and no timeout message follows', async () => {
    const worker = silentWorker();
    const { user } = setupWithWorker({ timeoutMs: 200, forceWorker: true, createWorker: () => worker });
    await paste(user, 'Customer\tRevenue\nA\t1\n');
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(worker.terminated).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.queryByText(pickStrings('en', importKeys)['import.error.timeout'])).not.toBeInTheDocument();
  });

  it.each(['error', 'messageerror'])(
    'an uncaught %s inside the worker reaches the page as a message',
    async (type) => {
      const worker = silentWorker();
      const { user } = setupWithWorker({ timeoutMs: 10_000, forceWorker: true, createWorker: () => worker });
      await paste(user, 'Customer\tRevenue\nA\t1\n');
      await waitFor(() => expect(worker.posted).toBe(1));
      worker.fail(type);
      expect(
        await screen.findByText(pickStrings('en', importKeys)['import.error.worker']),
      ).toBeInTheDocument();
      expect(worker.terminated).toBe(true);
    },
  );

  it('says that nothing is uploaded', () => {
    setup();
    expect(
      screen.getByText('Nothing is uploaded: the file is read in this browser only.'),
    ).toBeInTheDocument();
  });

  it('imports pasted cells with recognised headers straight away and reports what it cleaned', async () => {
    const { onImported, user } = setup();
    await paste(user, 'Customer\tRevenue\tProfit\nAlpha\t1,000\t100\nBeta\t(20)\t-5\nAlpha\t500\t50\n');
    await waitFor(() => expect(onImported).toHaveBeenCalledTimes(1));
    const [list] = onImported.mock.calls[0] as [ImportedList, string];
    expect(list.customers.map((c) => [c.id, c.values.revenue, c.values.profit])).toEqual([
      ['Alpha', 1500, 150],
      ['Beta', -20, -5],
    ]);
    expect(
      screen.getByText(/1 customer id was on several rows; its rows were added up: Alpha \(×2\)/),
    ).toBeInTheDocument();
    expect(screen.getByText(/1 customer has negative revenue \(kept\): Beta/)).toBeInTheDocument();
  });

  it('the mapping step, by keyboard: Tab to each column, choose, Enter to import', async () => {
    const { onImported, user } = setup();
    await paste(user, 'Kunde\tRegion\tUmsatz\nAlpha\tNord\t300\nBeta\tSüd\t200\n');
    const heading = await screen.findByRole('heading', { name: 'What does each column hold?' });
    // The step takes the focus so a keyboard user lands on it.
    await waitFor(() => expect(heading).toHaveFocus());
    expect(onImported).not.toHaveBeenCalled();

    await user.tab();
    const first = screen.getByLabelText('Column A “Kunde”');
    expect(first).toHaveFocus();
    expect(first).toHaveAccessibleDescription('for example: Alpha · Beta');
    await user.selectOptions(first, 'Customer name');
    await user.tab();
    expect(screen.getByLabelText('Column B “Region”')).toHaveFocus();
    await user.tab();
    const third = screen.getByLabelText('Column C “Umsatz”');
    expect(third).toHaveFocus();

    // Importing without a revenue column is refused with a message, and nothing is imported.
    await user.tab();
    expect(screen.getByRole('button', { name: 'Import with these columns' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Choose the column that holds revenue.')).toBeInTheDocument();
    expect(onImported).not.toHaveBeenCalled();

    await user.selectOptions(third, 'Revenue');
    screen.getByRole('button', { name: 'Import with these columns' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(onImported).toHaveBeenCalledTimes(1));
    const [list] = onImported.mock.calls[0] as [ImportedList, string];
    expect(list.customers.map((c) => [c.name, c.values.revenue])).toEqual([
      ['Alpha', 300],
      ['Beta', 200],
    ]);
    expect(list.fields).toEqual(['id', 'name', 'revenue']);
  });

  it('choosing a field already used moves it from the other column', async () => {
    const { user } = setup();
    await paste(user, 'Kunde\tUmsatz\tMenge\nAlpha\t300\t3\n');
    await screen.findByRole('heading', { name: 'What does each column hold?' });
    const b = screen.getByLabelText('Column B “Umsatz”');
    const c = screen.getByLabelText('Column C “Menge”');
    await user.selectOptions(b, 'Revenue');
    await user.selectOptions(c, 'Revenue');
    expect(c).toHaveValue('revenue');
    expect(b).toHaveValue('');
  });

  it('an error in Chinese, and nothing imported, for a paste with no numbers', async () => {
    const { onImported, user } = setup('zh');
    await paste(user, '客户\t地区\n甲\t华东\n', 'zh');
    expect(await screen.findByRole('alert')).toHaveTextContent('文件里没有一列是数字');
    expect(onImported).not.toHaveBeenCalled();
  });

  it('customer names that are markup stay text', async () => {
    const { onImported, user } = setup();
    await paste(
      user,
      'Customer\tRevenue\n<img src=x onerror=alert(1)>\t10\n<img src=x onerror=alert(1)>\t5\n',
    );
    await waitFor(() => expect(onImported).toHaveBeenCalled());
    expect(screen.getByText(/<img src=x onerror=alert\(1\)> \(×2\)/)).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });
});
