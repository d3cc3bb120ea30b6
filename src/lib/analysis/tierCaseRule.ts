/**
 * The capstone case's own tiering rule (module 8 lesson 5), checked in order: lead if the customer
 * profit is negative or the margin under 2%; platinum at revenue ≥ 500 and profit ≥ 50; gold at
 * revenue ≥ 200, profit ≥ 20 and at least 3 years as a customer; iron otherwise. The classifier's
 * methods (one indicator with cut-offs, a weighted score with shares or thresholds) cannot express
 * the tenure condition, which is why they give other counts on the same list; this function is the
 * rule the lesson's model answer applies, so the lesson and a test can agree on its numbers.
 * The thresholds are in ¥10,000, the dataset's unit; `unitScale` is how many shown units make one
 * (10 when the English edition shows ¥ thousand), so the rule reads 5,000 / 500 / 2,000 / 200 there.
 */
import { LEAD } from './tierCriteria';

export interface CaseCustomer {
  revenue: number;
  profit: number;
  years: number;
}

/** The rule's amounts in ¥10,000. */
export const CASE_THRESHOLDS = {
  platinum: { revenue: 500, profit: 50 },
  gold: { revenue: 200, profit: 20, years: 3 },
} as const;

export function caseRuleTier({ revenue, profit, years }: CaseCustomer, unitScale = 1): number {
  const { platinum, gold } = CASE_THRESHOLDS;
  if (profit < 0 || profit < revenue * 0.02) return LEAD;
  if (revenue >= platinum.revenue * unitScale && profit >= platinum.profit * unitScale) return 0;
  if (revenue >= gold.revenue * unitScale && profit >= gold.profit * unitScale && years >= gold.years)
    return 1;
  return 2;
}

/** Customers per tier, platinum first. */
export function caseRuleCounts(
  customers: readonly CaseCustomer[],
  unitScale = 1,
): [number, number, number, number] {
  const counts: [number, number, number, number] = [0, 0, 0, 0];
  for (const customer of customers) counts[caseRuleTier(customer, unitScale) as 0 | 1 | 2 | 3] += 1;
  return counts;
}
