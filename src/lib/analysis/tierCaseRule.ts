/**
 * The capstone case's own tiering rule (module 8 lesson 5), checked in order: lead if the customer
 * profit is negative or the margin under 2%; platinum at revenue ≥ 500 and profit ≥ 50; gold at
 * revenue ≥ 200, profit ≥ 20 and at least 3 years as a customer; iron otherwise. The classifier's
 * methods (one indicator with cut-offs, a weighted score with shares or thresholds) cannot express
 * the tenure condition, which is why they give other counts on the same list; this function is the
 * rule the lesson's model answer applies, so the lesson and a test can agree on its numbers.
 */
import { LEAD } from './tierCriteria';

export interface CaseCustomer {
  revenue: number;
  profit: number;
  years: number;
}

export function caseRuleTier({ revenue, profit, years }: CaseCustomer): number {
  if (profit < 0 || profit < revenue * 0.02) return LEAD;
  if (revenue >= 500 && profit >= 50) return 0;
  if (revenue >= 200 && profit >= 20 && years >= 3) return 1;
  return 2;
}

/** Customers per tier, platinum first. */
export function caseRuleCounts(customers: readonly CaseCustomer[]): [number, number, number, number] {
  const counts: [number, number, number, number] = [0, 0, 0, 0];
  for (const customer of customers) counts[caseRuleTier(customer) as 0 | 1 | 2 | 3] += 1;
  return counts;
}
