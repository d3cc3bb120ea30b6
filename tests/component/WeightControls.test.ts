// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { pickStrings } from '@/i18n';
import { tierKeys } from '@/i18n/tierKeys';
import WeightControls from '@/islands/tiers/WeightControls.svelte';
import { criteria, type Criterion } from '@/lib/analysis/tierCriteria';

const en = pickStrings('en', tierKeys);
const labels = Object.fromEntries(criteria.map((c) => [c, en[`tiers.criterion.${c}`]])) as Record<
  Criterion,
  string
>;
const strings = { legend: 'Weights', total: en['tiers.weights.total'], hint: en['tiers.weights.hint'] };
const active: Criterion[] = ['revenue', 'grossProfit', 'collections', 'orders'];

function shown() {
  return Object.fromEntries(
    active.map((c) => [
      c,
      Number(document.querySelector(`output[data-criterion="${c}"]`)?.textContent?.replace('%', '')),
    ]),
  );
}

describe('WeightControls', () => {
  it('keeps the weights at 100% by adjusting the others in proportion', async () => {
    let last: unknown;
    render(WeightControls, {
      weights: { revenue: 30, grossProfit: 40, collections: 20, orders: 10 },
      active,
      labels,
      strings,
      onchange: (w: unknown) => (last = w),
    });
    expect(screen.getByText('Total 100%')).toBeInTheDocument();
    const revenue = screen.getByRole('slider', { name: 'Revenue' });
    await fireEvent.input(revenue, { target: { value: '50' } });
    // 20 points come off the others 40 : 20 : 10.
    expect(shown()).toEqual({ revenue: 50, grossProfit: 29, collections: 14, orders: 7 });
    expect(screen.getByText('Total 100%')).toBeInTheDocument();
    expect(revenue).toHaveAttribute('aria-valuetext', '50%');
    expect(last).toEqual({ revenue: 50, grossProfit: 29, collections: 14, orders: 7 });

    await fireEvent.input(screen.getByRole('slider', { name: 'Gross profit' }), { target: { value: '100' } });
    expect(shown()).toEqual({ revenue: 0, grossProfit: 100, collections: 0, orders: 0 });
    await fireEvent.input(screen.getByRole('slider', { name: 'Gross profit' }), { target: { value: '40' } });
    // With every other weight at zero the rest is shared equally.
    expect(shown()).toEqual({ revenue: 20, grossProfit: 40, collections: 20, orders: 20 });
    expect(screen.getByText('Total 100%')).toBeInTheDocument();
  });

  it('labels every slider and hints at the keys', () => {
    render(WeightControls, {
      weights: { revenue: 50, profit: 50 },
      active: ['revenue', 'profit'],
      labels,
      strings,
    });
    expect(screen.getAllByRole('slider')).toHaveLength(2);
    expect(screen.getByRole('slider', { name: 'Customer profit' })).toHaveAccessibleDescription(/Arrow keys/);
  });
});
