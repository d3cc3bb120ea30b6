/**
 * The MDX components a lesson is rendered with for slides: key takeaways and reflection
 * questions are marked, terms become plain words, every other lesson component (examples,
 * quizzes, tools, callouts, including ones added later) is left out. Diagrams are imported by
 * the lessons themselves and come through as <figure>s.
 */
import { lessonComponents } from '@/components/mdx';
import ReflectionMark from './ReflectionMark.astro';
import Omit from './Omit.astro';
import Takeaways from './Takeaways.astro';
import TermText from './TermText.astro';

const omitted = Object.fromEntries(
  Object.keys(lessonComponents)
    .filter((name) => /^[A-Z]/.test(name))
    .map((name) => [name, Omit]),
);

export const slideComponents = {
  ...omitted,
  KeyTakeaways: Takeaways,
  Reflection: ReflectionMark,
  Term: TermText,
};
