// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { pickStrings } from '@/i18n';
import TopShareExplorer from '@/islands/TopShareExplorer.svelte';

const keys = [
  'pareto.heading',
  'pareto.sliderLabel',
  'pareto.result',
  'pareto.chartLabel',
  'pareto.axisCustomers',
  'pareto.axisRevenue',
  'pareto.tableCaption',
  'pareto.showTable',
  'pareto.noData',
] as const;

// Ten customers; the top two hold 70 of 100.
const values = [50, 20, 10, 5, 5, 4, 3, 1, 1, 1];

describe('TopShareExplorer', () => {
  it('states the share held by the top customers, computed from the data', () => {
    render(TopShareExplorer, {
      values,
      lang: 'en',
      datasetLabel: 'test data',
      strings: pickStrings('en', keys),
    });
    expect(
      screen.getByText(/The top 20% of customers by revenue \(2 customers\) bring in 70% of revenue\./),
    ).toBeInTheDocument();
  });

  it('updates the result when the slider moves', async () => {
    render(TopShareExplorer, {
      values,
      lang: 'en',
      datasetLabel: 'test data',
      strings: pickStrings('en', keys),
    });
    const slider = screen.getByRole('slider');
    await fireEvent.input(slider, { target: { value: '50' } });
    expect(
      screen.getByText(/top 50% of customers by revenue \(5 customers\) bring in 90% of revenue/),
    ).toBeInTheDocument();
    expect(slider).toHaveAttribute('aria-valuetext', '50%');
  });

  it('speaks Chinese with Chinese strings and offers a table alternative to the chart', () => {
    render(TopShareExplorer, {
      values,
      lang: 'zh-CN',
      datasetLabel: '测试',
      strings: pickStrings('zh', keys),
      initialPercent: 10,
    });
    expect(screen.getByText('销售额最高的 10% 客户（1 家）贡献了 50% 的销售额。')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /帕累托曲线/ })).toBeInTheDocument();
    expect(screen.getByRole('table')).toBeInTheDocument();
  });

  it('says so when there is no usable data', () => {
    render(TopShareExplorer, {
      values: [0, -2],
      lang: 'en',
      datasetLabel: 'x',
      strings: pickStrings('en', keys),
    });
    expect(screen.getByText('No customer data to show.')).toBeInTheDocument();
    expect(screen.queryByRole('slider')).toBeNull();
  });
});
