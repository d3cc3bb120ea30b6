/**
 * The lead rule (module 2, lesson 2; the capstone's rule in module 8): a lead customer is defined
 * by profit, not size. A customer that loses money, or whose margin (profit ÷ revenue) is under the
 * minimum, is lead whatever its rank. Without a profit column the rule cannot apply: no one is
 * flagged. Without revenue only a loss counts.
 */
export function leadMask(
  profit: Float64Array | undefined,
  revenue: Float64Array | undefined,
  minMarginPercent: number,
  n: number,
): Uint8Array {
  const mask = new Uint8Array(n);
  if (!profit) return mask;
  const min = minMarginPercent / 100;
  for (let i = 0; i < n; i += 1) {
    const p = profit[i] as number;
    if (Number.isNaN(p)) continue;
    const r = revenue ? (revenue[i] as number) : Number.NaN;
    if (p < 0) mask[i] = 1;
    else if (r > 0 && p / r < min) mask[i] = 1;
  }
  return mask;
}

/** The margin the rule read, for the "why" column: undefined when it cannot be computed. */
export function marginOf(profit: number, revenue: number): number | undefined {
  return Number.isFinite(profit) && Number.isFinite(revenue) && revenue > 0 ? profit / revenue : undefined;
}
