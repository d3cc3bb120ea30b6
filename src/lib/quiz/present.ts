/**
 * How a question is shown without interaction: the order its movable parts appear in, and its
 * answer written out as text. Deterministic (seeded by the question id) so pages and prints agree.
 */
import type { Question } from '../content/schemas';
import { seededShuffle, shuffleAwayFromOriginal } from './shuffle';

/** Texts in display order for ordering (items), matching (right column) and categorising (items). */
export function displayOrder(question: Question): string[] {
  switch (question.type) {
    case 'ordering':
      return shuffleAwayFromOriginal(question.items, question.id).map((item) => item.text);
    case 'matching':
      return shuffleAwayFromOriginal(question.pairs, question.id).map((pair) => pair.right);
    case 'categorising':
      return seededShuffle(question.items, question.id).map((item) => item.text);
    default:
      return [];
  }
}

/**
 * The correct answer as one line of text. `letter(i)` labels the i-th option (A, B, …) and the
 * i-th entry of the shuffled right column of a matching question.
 */
export function describeAnswer(
  question: Question,
  labels: { true: string; false: string },
  letter: (index: number) => string,
): string {
  switch (question.type) {
    case 'single': {
      const index = question.options.findIndex((o) => o.id === question.answer);
      return `${letter(index)}. ${question.options[index]?.text ?? ''}`;
    }
    case 'multiple':
      return question.options
        .map((option, index) => ({ option, index }))
        .filter(({ option }) => question.answers.includes(option.id))
        .map(({ option, index }) => `${letter(index)}. ${option.text}`)
        .join('; ');
    case 'truefalse':
      return question.answer ? labels.true : labels.false;
    case 'ordering':
      return question.items.map((item) => item.text).join(' → ');
    case 'matching': {
      const shown = displayOrder(question);
      return question.pairs
        .map(
          (pair, index) => `${index + 1}–${letter(shown.indexOf(pair.right))} (${pair.left} – ${pair.right})`,
        )
        .join('; ');
    }
    case 'categorising':
      return question.groups
        .map((group) => {
          const members = question.items.filter((item) => item.group === group.id).map((item) => item.text);
          return `${group.text}: ${members.join(', ')}`;
        })
        .join(' | ');
  }
}

/** The order in which an interactive question shows its parts, for one attempt's seed. */
export interface Layout {
  /** Choice options (single, multiple) in display order. */
  options: string[];
  /** Ordering items as first shown (never already correct). */
  initialOrder: string[];
  /** Matching: right-hand partners in display order (pair ids). */
  rightOrder: string[];
  /** Categorising: items in display order. */
  items: string[];
}

export function layoutFor(question: Question, seed: string): Layout {
  const empty: Layout = { options: [], initialOrder: [], rightOrder: [], items: [] };
  const key = `${seed}:${question.id}`;
  switch (question.type) {
    case 'single':
    case 'multiple':
      return { ...empty, options: seededShuffle(question.options, key).map((o) => o.id) };
    case 'ordering':
      return { ...empty, initialOrder: shuffleAwayFromOriginal(question.items, key).map((i) => i.id) };
    case 'matching':
      return { ...empty, rightOrder: shuffleAwayFromOriginal(question.pairs, key).map((p) => p.id) };
    case 'categorising':
      return { ...empty, items: seededShuffle(question.items, key).map((i) => i.id) };
    case 'truefalse':
      return empty;
  }
}
