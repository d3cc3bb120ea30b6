/**
 * The one stage-indicator table of module 7: lesson 7.1 renders it (StageIndicatorTable.astro) and
 * the relationship diagnostic asks it, so the two cannot drift apart. Each indicator is a single
 * observable fact, answered yes or no.
 *
 * - `defining`: the condition that makes the stage. An account is at the highest stage whose
 *   defining condition holds together with those of every stage below it (Millman & Wilson's
 *   stages are a ladder: a customer does not become a partner before it has passed the trial).
 * - `customer`: other signs of the stage in the customer's behaviour; they add confidence and
 *   show the next steps, but never move the stage on their own.
 * - `rep`: what our side does (visits, cards, favours). Effort is not evidence of the customer's
 *   relationship, so it is scored apart and never raises the stage (trainer notes, module 7).
 *
 * Lesson 7.1 puts joint demand planning at partnership and shared stock levels at the strategic
 * alliance (its six-year example); the table follows the lesson.
 */
import type { Locale } from '../../i18n/locales';
import type { StageId } from './stages';

export type IndicatorKind = 'defining' | 'customer' | 'rep';
/** The stage an indicator signals: 1 early … 4 strategic alliance (exploratory has no sign). */
export type IndicatorLevel = 1 | 2 | 3 | 4;

export interface Indicator {
  id: string;
  level: IndicatorLevel;
  kind: IndicatorKind;
  text: Readonly<Record<Locale, string>>;
}

export const indicators: readonly Indicator[] = [
  // Early: first paid business.
  {
    id: 'paid-order',
    level: 1,
    kind: 'defining',
    text: {
      zh: '客户已经向我们下过至少一张付费订单（免费样品不算）。',
      en: 'The customer has placed at least one paid order with us (free samples do not count).',
    },
  },
  {
    id: 'routines-adjusted',
    level: 1,
    kind: 'customer',
    text: {
      zh: '双方已经为对方调整了做法，例如交货时间或包装规格。',
      en: 'Both sides have adjusted their routines to each other, such as delivery times or pack sizes.',
    },
  },
  {
    id: 'named-contact',
    level: 1,
    kind: 'customer',
    text: {
      zh: '订单出了问题时，客户有一位指定的联系人和我们一起处理。',
      en: 'When an order goes wrong, the customer has a named contact who sorts it out with us.',
    },
  },
  {
    id: 'buying-process',
    level: 1,
    kind: 'rep',
    text: {
      zh: '我们已经弄清了客户的采购流程。',
      en: 'We have found out how the customer’s buying process works.',
    },
  },
  {
    id: 'visit-plan',
    level: 1,
    kind: 'rep',
    text: {
      zh: '我们按月度计划拜访这个客户。',
      en: 'We visit the customer to a monthly plan.',
    },
  },
  // Middle: the trial is passed.
  {
    id: 'trial-passed',
    level: 2,
    kind: 'defining',
    text: {
      zh: '我们已经通过了客户的试用期或供应商评审。',
      en: 'We have passed the customer’s trial period or supplier review.',
    },
  },
  {
    id: 'beyond-purchasing',
    level: 2,
    kind: 'customer',
    text: {
      zh: '客户采购部以外的人（使用部门、技术人员）也直接和我们打交道。',
      en: 'People outside purchasing at the customer (users, engineers) deal with us directly.',
    },
  },
  {
    id: 'calls-by-name',
    level: 2,
    kind: 'customer',
    text: {
      zh: '客户的关键人物能叫出我们人员的名字。',
      en: 'The customer’s key people call our people by name.',
    },
  },
  {
    id: 'relationship-cards',
    level: 2,
    kind: 'rep',
    text: {
      zh: '我们为客户的每位关键人物建立了关系卡。',
      en: 'We keep a relationship card for each key person at the customer.',
    },
  },
  {
    id: 'monthly-favour',
    level: 2,
    kind: 'rep',
    text: {
      zh: '我们每月至少为客户做一件分外的事。',
      en: 'We do the customer at least one favour a month.',
    },
  },
  // Partnership: broad cooperation.
  {
    id: 'several-lines',
    level: 3,
    kind: 'defining',
    text: {
      zh: '客户在不止一条产品线或服务上与我们合作。',
      en: 'The customer works with us in more than one product line or service.',
    },
  },
  {
    id: 'joint-demand-planning',
    level: 3,
    kind: 'customer',
    text: {
      zh: '客户定期（例如每季度）和我们一起做需求计划。',
      en: 'The customer plans demand together with us on a regular cycle, such as every quarter.',
    },
  },
  {
    id: 'first-call',
    level: 3,
    kind: 'customer',
    text: {
      zh: '客户有新需求时首先找我们。',
      en: 'The customer comes to us first when it has a new need.',
    },
  },
  {
    id: 'competitor-news',
    level: 3,
    kind: 'customer',
    text: {
      zh: '客户主动告诉我们竞争对手的动向。',
      en: 'The customer tells us about competitors’ moves without being asked.',
    },
  },
  {
    id: 'larger-share',
    level: 3,
    kind: 'customer',
    text: {
      zh: '在我们这个品类里，客户的采购额大部分给了我们。',
      en: 'We hold the larger share of the customer’s spend in our category.',
    },
  },
  {
    id: 'senior-contacts',
    level: 3,
    kind: 'customer',
    text: {
      zh: '客户的中高层管理者直接和我们打交道。',
      en: 'Managers above the buyer at the customer deal with us directly.',
    },
  },
  {
    id: 'senior-visits',
    level: 3,
    kind: 'rep',
    text: {
      zh: '我们公司的高层拜访过这个客户。',
      en: 'Our own senior managers have visited the customer.',
    },
  },
  // Strategic alliance: joint investment.
  {
    id: 'joint-investment',
    level: 4,
    kind: 'defining',
    text: {
      zh: '客户在与我们共同开发的项目（新产品或新工艺）中投入了自己的人力或资金。',
      en: 'The customer puts its own people or money into a project it develops with us (a new product or process).',
    },
  },
  {
    id: 'shares-stock',
    level: 4,
    kind: 'customer',
    text: {
      zh: '客户和我们共享它的库存数据。',
      en: 'The customer shares its stock levels with us.',
    },
  },
  {
    id: 'shares-production-plans',
    level: 4,
    kind: 'customer',
    text: {
      zh: '客户和我们共享它的生产计划。',
      en: 'The customer shares its production plans with us.',
    },
  },
  {
    id: 'in-strategy',
    level: 4,
    kind: 'customer',
    text: {
      zh: '与我们的合作写进了客户的公司战略。',
      en: 'The partnership with us is part of the customer’s stated strategy.',
    },
  },
  {
    id: 'long-term-agreement',
    level: 4,
    kind: 'customer',
    text: {
      zh: '客户通过长期协议把我们定为独家或首选供应商。',
      en: 'A long-term agreement makes us the customer’s sole or preferred supplier.',
    },
  },
  {
    id: 'our-investment',
    level: 4,
    kind: 'rep',
    text: {
      zh: '我们在与这个客户的共同项目中投入了自己的人力或资金。',
      en: 'We put our own people or money into a joint project with this customer.',
    },
  },
];

export const indicatorIds = indicators.map((i) => i.id);

/** The defining indicator of each level, 1 … 4, in order. */
export const definingIndicators: readonly Indicator[] = ([1, 2, 3, 4] as const).map((level) => {
  const found = indicators.find((i) => i.level === level && i.kind === 'defining');
  if (!found) throw new Error(`no defining indicator for level ${level}`);
  return found;
});

/**
 * The answers behind lesson 7.1's six-year example and its exercise, one row per line of the
 * lesson's table. A unit test places each row and asserts the stage the lesson states; a fact the
 * row does not mention is answered "no".
 */
export interface LessonExampleRow {
  id: string;
  stage: StageId;
  yes: readonly string[];
}

export const lessonExample: readonly LessonExampleRow[] = [
  // Year 0: samples tested, plant visit, two rounds of quotes: no order yet.
  { id: 'year-0', stage: 'exploratory', yes: ['visit-plan'] },
  // Year 1: trial orders for one line (paid); delivery times and carton sizes adjusted.
  { id: 'year-1', stage: 'early', yes: ['paid-order', 'routines-adjusted', 'visit-plan'] },
  // Years 2–3: passed the annual supplier review; two other suppliers kept; orders only.
  {
    id: 'years-2-3',
    stage: 'middle',
    yes: ['paid-order', 'routines-adjusted', 'named-contact', 'trial-passed', 'visit-plan'],
  },
  // Years 4–5: three product lines, 65% share, demand planned together every quarter.
  {
    id: 'years-4-5',
    stage: 'partnership',
    yes: [
      'paid-order',
      'routines-adjusted',
      'named-contact',
      'trial-passed',
      'several-lines',
      'larger-share',
      'joint-demand-planning',
    ],
  },
  // Year 6: recyclable packaging developed jointly; production plans and stock data shared.
  {
    id: 'year-6',
    stage: 'alliance',
    yes: [
      'paid-order',
      'routines-adjusted',
      'named-contact',
      'trial-passed',
      'several-lines',
      'larger-share',
      'joint-demand-planning',
      'joint-investment',
      'our-investment',
      'shares-production-plans',
      'shares-stock',
    ],
  },
  // The lesson's exercise: two years without a major problem, the purchasing manager trusts you,
  // each year's tender splits the orders three ways, two contacts, both in purchasing.
  {
    id: 'electronics-maker',
    stage: 'middle',
    yes: ['paid-order', 'routines-adjusted', 'named-contact', 'trial-passed', 'calls-by-name'],
  },
];
