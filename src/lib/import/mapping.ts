/**
 * The learner's mapping of columns to fields: set one column's field (a field can belong to one
 * column only), and check that the mapping names a customer and a revenue column.
 */
import type { CustomerField, ImportResult, Mapping } from './types';

/** The mapping with `column` set to `field`; any other column that had `field` is ignored. */
export function setField(mapping: Mapping, column: number, field: CustomerField | null): Mapping {
  return mapping.map((current, index) => {
    if (index === column) return field;
    return field !== null && current === field ? null : current;
  });
}

/**
 * Whether the mapping can be used: each field once, a revenue column, and a customer column
 * (id or name) unless `customerOptional` (bare numbers pasted without any text column: the
 * customers are then numbered by row).
 */
export function checkMapping(mapping: Mapping, customerOptional = false): ImportResult<{ mapping: Mapping }> {
  const seen = new Set<CustomerField>();
  for (const field of mapping) {
    if (field === null) continue;
    if (seen.has(field)) return { ok: false, error: 'import.error.duplicateField' };
    seen.add(field);
  }
  if (!customerOptional && !seen.has('id') && !seen.has('name'))
    return { ok: false, error: 'import.error.noCustomer' };
  if (!seen.has('revenue')) return { ok: false, error: 'import.error.noRevenue' };
  return { ok: true, mapping };
}

/** Whether the learner has to look at the mapping before the import can go on. */
export function needsMapping(mapping: Mapping, customerOptional = false): boolean {
  return !checkMapping(mapping, customerOptional).ok;
}
