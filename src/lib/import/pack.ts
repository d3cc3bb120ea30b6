/**
 * An imported list in a form a worker can hand to the page cheaply. Copying 200,000 customer
 * objects (or 400,000 separate strings and boxed numbers) through postMessage costs the page
 * hundreds of milliseconds of one task; here ids and names travel as one string each with a
 * Uint32Array of offsets, and every value field as a Float64Array (NaN where missing) whose buffer
 * is transferred, not copied. On arrival the columns the charts need are a few tight loops, and
 * the customer objects are built only if something asks for them.
 */
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
  const out = new Array<string>(n);
  for (let i = 0; i < n; i += 1)
    out[i] = packed.text.slice(packed.offsets[i] as number, packed.offsets[i + 1] as number);
  return out;
}

const isValueField = (field: CustomerField): field is ValueField => field !== 'id' && field !== 'name';

export function packList(list: ImportedList): PackedList {
  const n = list.customers.length;
  const valueFields = list.fields.filter(isValueField);
  const values: Partial<Record<ValueField, Float64Array>> = {};
  for (const field of valueFields) values[field] = new Float64Array(n).fill(NaN);
  const ids = new Array<string>(n);
  const names = new Array<string>(n);
  let namesDiffer = false;
  list.customers.forEach((customer, i) => {
    ids[i] = customer.id;
    names[i] = customer.name;
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
  };
}

/** The buffers a worker can transfer rather than copy. */
export function transferables(packed: PackedList): ArrayBuffer[] {
  const arrays = [
    packed.ids.offsets,
    ...(packed.names ? [packed.names.offsets] : []),
    ...Object.values(packed.values),
  ];
  return arrays.map((array) => array.buffer as ArrayBuffer);
}

/**
 * The list and its chart columns (ids, names, revenue with missing as 0, profit by the rule of
 * profit.ts with missing as 0, or none when the file has neither profit nor gross profit).
 */
export function unpackList(packed: PackedList): { list: ImportedList; columns: ListColumns } {
  const ids = unpackStrings(packed.ids);
  const names = packed.names ? unpackStrings(packed.names) : ids;
  const n = ids.length;
  const { revenue: rev, profit: pro, grossProfit: gross, costToServe: cost } = packed.values;
  const revenue = new Array<number>(n);
  for (let i = 0; i < n; i += 1) {
    const value = rev ? (rev[i] as number) : NaN;
    revenue[i] = Number.isNaN(value) ? 0 : value;
  }
  let profit: number[] | undefined;
  if (pro || gross) {
    profit = new Array<number>(n);
    for (let i = 0; i < n; i += 1) {
      const p = pro ? (pro[i] as number) : NaN;
      const g = gross ? (gross[i] as number) : NaN;
      const c = cost ? (cost[i] as number) : NaN;
      const value = !Number.isNaN(p) ? p : Number.isNaN(g) ? 0 : Number.isNaN(c) ? g : g - c;
      profit[i] = value;
    }
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
