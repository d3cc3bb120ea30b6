// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { pickStrings } from '@/i18n';
import { tierCardKeys } from '@/i18n/tierKeys';
import TierCardSort from '@/islands/tiers/TierCardSort.svelte';
import { tierDeckSchema } from '@/lib/tiers/cardSchema';
import { progress } from '@/stores/progress';

const deck = tierDeckSchema.parse(
  load(readFileSync(resolve(process.cwd(), 'content/exercises/tier-cards/en.yaml'), 'utf8')),
).cards;
const byId = (id: string) => deck.find((c) => c.id === id)!;
const cards = [byId('anchor-buyer'), byId('profit-trap'), byId('small-promising')];
const strings = pickStrings('en', tierCardKeys);

const zone = (tier: string) => document.querySelector(`[data-zone="${tier}"]`) as HTMLElement;
const card = (name: string) => screen.getByRole('button', { name: new RegExp(name) });

describe('TierCardSort by keyboard', () => {
  it('picks a card with Enter, places it with a tier button, and by the number keys', async () => {
    const user = userEvent.setup();
    render(TierCardSort, { cards, strings, lang: 'en' });

    // Tab through the (disabled) tier buttons to the first card, pick it with Enter.
    await user.tab();
    expect(card('Northern Machinery')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(card('Northern Machinery')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Picked: Northern Machinery Group. Now choose a tier.',
    );

    // Back to the tier buttons with Shift+Tab: "Back to the pile" is disabled, so Lead comes first.
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: /Put in Lead/ })).toHaveFocus();
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: /Put in Platinum/ })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(within(zone('platinum')).getByRole('button', { name: /Northern Machinery/ })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Northern Machinery Group is now in Platinum.');
    expect(card('Northern Machinery')).toHaveFocus();

    // The number keys: 4 is lead, 2 is gold (wrong on purpose).
    card('Metro Retail').focus();
    await user.keyboard('4');
    expect(within(zone('lead')).getByRole('button', { name: /Metro Retail/ })).toBeInTheDocument();
    card('Nimbus Robotics').focus();
    await user.keyboard('2');
    expect(within(zone('gold')).getByRole('button', { name: /Nimbus Robotics/ })).toBeInTheDocument();

    // Check: feedback per card with the lesson's reasoning, and the score saved to progress.
    screen.getByRole('button', { name: 'Check my answers' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByText('2 of 3 in the right tier.')).toBeInTheDocument();
    expect(screen.getByText('Right: Lead.')).toBeInTheDocument();
    expect(screen.getByText("You chose Gold; the lesson's answer is Iron.")).toBeInTheDocument();
    expect(screen.getByText(/Small but promising: the tier reflects its value today/)).toBeInTheDocument();
    const saved = progress.get().saved['tier-cards']?.['latest']?.data;
    expect(saved).toEqual({
      correct: 2,
      total: 3,
      placements: { 'anchor-buyer': 'platinum', 'profit-trap': 'lead', 'small-promising': 'gold' },
    });
  });

  it('will not check until every card is sorted, and says how many are left', async () => {
    const user = userEvent.setup();
    render(TierCardSort, { cards, strings, lang: 'en' });
    await user.click(screen.getByRole('button', { name: 'Check my answers' }));
    expect(screen.getByRole('status')).toHaveTextContent('3 cards left to sort before you can check.');
  });
});
