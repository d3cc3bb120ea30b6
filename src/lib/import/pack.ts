/**
 * An imported list in a form a worker can hand to the page cheaply. Copying 200,000 customer
 * objects (or 400,000 separate strings and boxed numbers) through postMessage costs the page
 * hundreds of milliseconds of one task; here ids and names travel as one string each with a
 * Uint32Array of offsets, and every value field as a Float64Array (NaN where missing) whose buffer
 * is transferred, not copied. The worker also makes the charts' revenue and profit columns and
 * their sorted copies (sorting is the costliest step of the analyses), so on arrival the page only
 * splits the strings; the customer objects are built only if something asks for them.
 */
import { rememberSorted, sortedAscending } from '../analysis/sorted';
import type { ListColumns } from './columns';
import type { CustomerField, ImportedCustomer, ImportedList, ImportReport, ValueField } from './types';

export interface PackedStrings {
  text: string;
  /** Start of each string in `text`, and the end of the last one: length n + 1. */
  offsets: Uint32Array;
}

export interface PackedList {
  ids: PackedStrings;
  /** Null when every name is its id. */
  names: PackedStrings | null;
  values: Partial<Record<ValueField, Float64Array>>;
  fields: CustomerField[];
  report: ImportReport;
  /** The charts' columns (see `unpackList`) and their ascending sorted copies. */
  chart: ChartColumns;
}

export interface ChartColumns {
  revenue: Float64Array;
  profit: Float64Array | null;
  sortedRevenue: Float64Array;
  sortedProfit: Float64Array | null;
}

export function packStrings(strings: readonly string[]): PackedStrings {
  const offsets = new Uint32Array(strings.length + 1);
  let position = 0;
  strings.forEach((value, i) => {
    offsets[i] = position;
    position += value.length;
  });
  offsets[strings.length] = position;
  return { text: strings.join(''), offsets };
}

export function unpackStrings(packed: PackedStrings): string[] {
  const n = packed.offsets.length - 1;
  const out: string[] = [];
  for (let i = 0; i < n; i += 1)
    out.push(packed.text.slice(packed.offsets[i] as number, packed.offsets[i + 1] as number));
  return out;
}

const isValueField = (field: CustomerField): field is ValueField => field !== 'id' && field !== 'name';

export function packList(list: ImportedList): PackedList {
  const n = list.customers.length;
  const valueFields = list.fields.filter(isValueField);
  const values: Partial<Record<ValueField, Float64Array>> = {};
  for (const field of valueFields) values[field] = new Float64Array(n).fill(NaN);
  const ids: string[] = [];
  const names: string[] = [];
  let namesDiffer = false;
  list.customers.forEach((customer, i) => {
    ids.push(customer.id);
    names.push(customer.name);
    if (customer.name !== customer.id) namesDiffer = true;
    for (const field of valueFields) {
      const value = customer.values[field];
      if (value !== undefined) (values[field] as Float64Array)[i] = value;
    }
  });
  return {
    ids: packStrings(ids),
    names: namesDiffer ? packStrings(names) : null,
    values,
    fields: list.fields,
    report: list.report,
    chart: chartColumns(values, n),
  };
}

/**
 * Revenue with missing as 0, and profit by the rule of profit.ts with missing as 0 (none when the
 * file has neither profit nor gross profit), with their sorted copies.
 */
function chartColumns(values: PackedList['values'], n: number): ChartColumns {
  const { revenue: rev, profit: pro, grossProfit: gross, costToServe: cost } = values;
  const revenue = new Float64Array(n);
  if (rev)
    for (let i = 0; i < n; i += 1) revenue[i] = Number.isNaN(rev[i] as number) ? 0 : (rev[i] as number);
  let profit: Float64Array | null = null;
  if (pro || gross) {
    profit = new Float64Array(n);
    for (let i = 0; i < n; i += 1) {
      const p = pro ? (pro[i] as number) : NaN;
      const g = gross ? (gross[i] as number) : NaN;
      const c = cost ? (cost[i] as number) : NaN;
      profit[i] = !Number.isNaN(p) ? p : Number.isNaN(g) ? 0 : Number.isNaN(c) ? g : g - c;
    }
  }
  return {
    revenue,
    profit,
    sortedRevenue: sortedAscending(revenue),
    sortedProfit: profit ? sortedAscending(profit) : null,
  };
}

/** The buffers a worker can transfer rather than copy. */
export function transferables(packed: PackedList): ArrayBuffer[] {
  const { chart } = packed;
  const arrays = [
    packed.ids.offsets,
    ...(packed.names ? [packed.names.offsets] : []),
    ...Object.values(packed.values),
    chart.revenue,
    chart.sortedRevenue,
    ...(chart.profit ? [chart.profit] : []),
    ...(chart.sortedProfit ? [chart.sortedProfit] : []),
  ];
  return arrays.map((array) => array.buffer as ArrayBuffer);
}

/**
 * The list and its chart columns (ids, names, revenue with missing as 0, profit by the rule of
 * profit.ts with missing as 0, or none when the file has neither profit nor gross profit). The
 * worker's sorted copies are remembered for the analyses of these columns.
 */
export function unpackList(packed: PackedList): { list: ImportedList; columns: ListColumns } {
  const ids = unpackStrings(packed.ids);
  const names = packed.names ? unpackStrings(packed.names) : ids;
  const { chart } = packed;
  // The worker's columns as they are (copying them to arrays took 45 ms for 200,000 customers).
  const revenue = chart.revenue;
  rememberSorted(revenue, chart.sortedRevenue);
  let profit: Float64Array | undefined;
  if (chart.profit && chart.sortedProfit) {
    profit = chart.profit;
    rememberSorted(profit, chart.sortedProfit);
  }

  let customers: ImportedCustomer[] | undefined;
  const build = () => {
    const entries = Object.entries(packed.values) as [ValueField, Float64Array][];
    return ids.map((id, i) => {
      const values: ImportedCustomer['values'] = {};
      for (const [field, array] of entries) {
        const value = array[i] as number;
        if (!Number.isNaN(value)) values[field] = value;
      }
      return { id, name: names[i] ?? id, values };
    });
  };
  const list: ImportedList = {
    get customers() {
      customers ??= build();
      return customers;
    },
    fields: packed.fields,
    report: packed.report,
  };
  return { list, columns: { ids, names, revenue, profit } };
}
