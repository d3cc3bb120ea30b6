/** Components every lesson can use without importing them (passed to MDX's `components`). */
import BuyingCentreMap from './BuyingCentreMap.astro';
import Callout from './Callout.astro';
import Example from './Example.astro';
import KeyTakeaways from './KeyTakeaways.astro';
import KnowledgeCheck from './KnowledgeCheck.astro';
import ModelAnswer from './ModelAnswer.astro';
import OpportunityAssessment from './OpportunityAssessment.astro';
import ParetoExplorer from './ParetoExplorer.astro';
import ParetoSlider from './ParetoSlider.astro';
import ProfitabilityMap from './ProfitabilityMap.astro';
import Reflection from './Reflection.astro';
import RelationshipDiagnostic from './RelationshipDiagnostic.astro';
import ScrollTable from './ScrollTable.astro';
import SimulatorSlot from './SimulatorSlot.astro';
import SpinRoleplay from './SpinRoleplay.astro';
import SpinSorter from './SpinSorter.astro';
import StageIndicatorTable from './StageIndicatorTable.astro';
import Term from './Term.astro';
import TierCardSort from './TierCardSort.astro';
import TierClassifier from './TierClassifier.astro';
import WhaleCurve from './WhaleCurve.astro';

export const lessonComponents = {
  BuyingCentreMap,
  Callout,
  Example,
  KeyTakeaways,
  KnowledgeCheck,
  ModelAnswer,
  OpportunityAssessment,
  ParetoExplorer,
  ParetoSlider,
  ProfitabilityMap,
  Reflection,
  RelationshipDiagnostic,
  SimulatorSlot,
  SpinRoleplay,
  SpinSorter,
  StageIndicatorTable,
  Term,
  TierCardSort,
  TierClassifier,
  WhaleCurve,
  // Markdown elements rendered by our components.
  table: ScrollTable,
};
