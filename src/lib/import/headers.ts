/**
 * Column headers recognised from a list of synonyms in Chinese and English, after normalising
 * case, full-width characters, spaces, underscores and a unit in brackets ("销售额（元）",
 * "Revenue (USD)", "gross_profit"). An exact synonym wins; otherwise the longest synonym the
 * header contains. The learner can correct the result in the mapping step.
 */
import { toHalfWidth } from './numbers';
import type { CustomerField, Mapping } from './types';

export const SYNONYMS: Record<CustomerField, readonly string[]> = {
  id: [
    '客户编号',
    '客户代码',
    '客户id',
    '客户号',
    '编号',
    '代码',
    'id',
    'customerid',
    'customerno',
    'customernumber',
    'customercode',
    'accountid',
    'accountno',
    'accountnumber',
    'clientid',
    'code',
  ],
  name: [
    '客户',
    '客户名称',
    '客户名',
    '客户全称',
    '名称',
    '公司',
    '公司名称',
    '单位名称',
    'customer',
    'customername',
    'account',
    'accountname',
    'client',
    'clientname',
    'company',
    'name',
  ],
  revenue: [
    '销售额',
    '收入',
    '营业额',
    '营业收入',
    '销售收入',
    '销售金额',
    '销售总额',
    '金额',
    'revenue',
    'revenues',
    'sales',
    'netsales',
    'turnover',
    'salesamount',
  ],
  grossProfit: ['毛利', '毛利润', '毛利额', 'grossprofit', 'grossmargin', 'gp'],
  profit: [
    '利润',
    '净利',
    '净利润',
    '利润额',
    '客户利润',
    'profit',
    'netprofit',
    'operatingprofit',
    'contribution',
  ],
  costToServe: [
    '服务成本',
    '服务费用',
    '客户服务成本',
    'costtoserve',
    'servicecost',
    'costofservice',
    'servingcost',
  ],
  orders: [
    '订单数',
    '订单数量',
    '订单',
    '采购频次',
    '下单次数',
    '采购次数',
    'orders',
    'ordercount',
    'frequency',
    'purchasefrequency',
  ],
  collections: [
    '回款',
    '回款率',
    '按时回款率',
    '回款额',
    'collections',
    'collection',
    'collectionrate',
    'paymentontime',
    'ontimepayment',
  ],
  growthPotential: ['增长潜力', '潜力', 'growthpotential', 'potential', 'growth'],
  strategicValue: ['战略价值', '战略', 'strategicvalue', 'strategic'],
};

export const FIELD_ORDER: readonly CustomerField[] = [
  'id',
  'name',
  'revenue',
  'grossProfit',
  'profit',
  'costToServe',
  'orders',
  'collections',
  'growthPotential',
  'strategicValue',
];

/** Lower case, half-width, without a bracketed unit, spaces, underscores, dashes or dots. */
export function normaliseHeader(header: string): string {
  return toHalfWidth(header)
    .toLowerCase()
    .replace(/[([【][^)\]】]*[)\]】]/g, '')
    .replace(/[\s_\-./:：·]+/g, '')
    .trim();
}

const exact = new Map<string, CustomerField>();
const partial: { synonym: string; field: CustomerField }[] = [];
for (const field of FIELD_ORDER)
  for (const synonym of SYNONYMS[field]) {
    if (!exact.has(synonym)) exact.set(synonym, field);
    // Short English words (id, gp, code) only match exactly.
    if (/[^a-z]/.test(synonym) || synonym.length >= 5) partial.push({ synonym, field });
  }
partial.sort((a, b) => b.synonym.length - a.synonym.length);

/** The field a header names, if it names one. A rate (…率, %) is not an amount. */
export function recogniseHeader(header: string): CustomerField | undefined {
  const key = normaliseHeader(header);
  if (key === '') return undefined;
  const found = exact.get(key);
  if (found) return found;
  for (const { synonym, field } of partial) {
    if (!key.includes(synonym)) continue;
    const isAmount = field !== 'collections' && field !== 'growthPotential' && field !== 'strategicValue';
    if (isAmount && /率|%|rate|ratio/.test(key)) return undefined;
    return field;
  }
  return undefined;
}

/** A field for each header, each field used at most once (the first column that names it). */
export function guessMapping(headers: readonly string[]): Mapping {
  const used = new Set<CustomerField>();
  return headers.map((header) => {
    const field = recogniseHeader(header);
    if (!field || used.has(field)) return null;
    used.add(field);
    return field;
  });
}
