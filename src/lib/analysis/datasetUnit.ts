/**
 * The unit of the lesson datasets (content/datasets/capstone-*.csv). The files hold amounts in
 * ¥10,000 (万元), the unit Chinese firms report in and the Chinese edition's lessons use. The
 * English edition shows ¥ thousand, so its embeds and tables are the same figures × 10. One place
 * says the scale, so the loaders, the case rule's thresholds and the test of the English tables
 * cannot drift apart.
 */
import type { Locale } from '../../i18n/locales';

/** Amount shown = amount in the file × scale. */
export const datasetUnitScale: Record<Locale, number> = { zh: 1, en: 10 };

/** A column of amounts in the locale's unit (null and NaN stay as they are). */
export function scaleAmounts<T extends number | null>(values: readonly T[], scale: number): T[] {
  return scale === 1 ? [...values] : values.map((v) => (typeof v === 'number' ? v * scale : v) as T);
}
