/**
 * The MDX components a capstone case is rendered with for its printed handout: the text,
 * examples and tables stay; model answers mark the end; quizzes, tools and reflection go.
 */
import { lessonComponents } from '@/components/mdx';
import Omit from '../present/Omit.astro';
import TermText from '../present/TermText.astro';
import Cut from './Cut.astro';

export const handoutComponents = {
  ...lessonComponents,
  KnowledgeCheck: Omit,
  SimulatorSlot: Omit,
  ParetoExplorer: Omit,
  ParetoSlider: Omit,
  ProfitabilityMap: Omit,
  WhaleCurve: Omit,
  TierClassifier: Omit,
  TierCardSort: Omit,
  Reflection: Omit,
  KeyTakeaways: Omit,
  ModelAnswer: Cut,
  Term: TermText,
};
