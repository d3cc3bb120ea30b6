#!/usr/bin/env node
/**
 * `npm run fixtures:import`: writes the import test files of tests/fixtures/import/ (they are
 * committed; run again only to change them). Also exports `bigCsv(rows)`, the 200,000-row file of
 * the import benchmark (made at bench time, never committed).
 *
 * GB18030 is written with a table made by decoding every two-byte GBK code with the platform's
 * own GB18030 decoder and inverting it; the XLSX is a minimal Office Open XML zip made with fflate.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';

const dir = fileURLToPath(new URL('../tests/fixtures/import/', import.meta.url));

let gbTable;

function gbkTable() {
  if (gbTable) return gbTable;
  const decoder = new TextDecoder('gb18030');
  const table = new Map();
  for (let lead = 0x81; lead <= 0xfe; lead += 1)
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\ufffd' && !table.has(char)) table.set(char, [lead, trail]);
    }
  gbTable = table;
  return table;
}

/** Text to GB18030 bytes (ASCII and the two-byte GBK range, which covers these files). */
export function encodeGb18030(text) {
  const table = gbkTable();
  const bytes = [];
  for (const char of text) {
    const code = char.codePointAt(0);
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(char);
      if (!pair) throw new Error(`no two-byte GB18030 code for ${char}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}

/** Text as UTF-16LE with a byte-order mark, as Excel's "Unicode text" export writes it. */
export function utf16le(text) {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    bytes[2 + 2 * i] = code & 0xff;
    bytes[3 + 2 * i] = code >> 8;
  }
  return bytes;
}

const escapeXml = (s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A one-sheet XLSX: strings go to the shared-string table, numbers stay numbers. */
export function xlsx(rows) {
  const strings = [];
  const index = new Map();
  const ref = (c, r) => `${String.fromCharCode(65 + c)}${r + 1}`;
  const sheetRows = rows
    .map(
      (row, r) =>
        `<row r="${r + 1}">${row
          .map((cell, c) => {
            if (typeof cell === 'number') return `<c r="${ref(c, r)}"><v>${cell}</v></c>`;
            if (!index.has(cell)) {
              index.set(cell, strings.length);
              strings.push(cell);
            }
            return `<c r="${ref(c, r)}" t="s"><v>${index.get(cell)}</v></c>`;
          })
          .join('')}</row>`,
    )
    .join('');
  const files = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Customers" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetRows}</sheetData></worksheet>`,
    'xl/sharedStrings.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${escapeXml(s)}</t></si>`).join('')}</sst>`,
  };
  // A fixed date keeps the zip byte-for-byte the same on every run.
  const mtime = new Date('2026-01-01T00:00:00Z');
  return zipSync(
    Object.fromEntries(Object.entries(files).map(([name, text]) => [name, [strToU8(text), { mtime }]])),
  );
}

/**
 * An XLSX as export libraries and report tools write it: every string inline (t="inlineStr"),
 * no styles.xml, no sharedStrings.xml. `sheets` is [{ name, rows, hidden }]; a hidden sheet has
 * state="hidden" in workbook.xml. Compressed (zipSync's default level), so large sheets are the
 * deflated entries that once made the import hang.
 */
export function inlineXlsx(sheets) {
  const ref = (c, r) => `${String.fromCharCode(65 + c)}${r + 1}`;
  const sheetXml = (rows) =>
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows
      .map(
        (row, r) =>
          `<row r="${r + 1}">${row
            .map((cell, c) =>
              typeof cell === 'number'
                ? `<c r="${ref(c, r)}"><v>${cell}</v></c>`
                : `<c r="${ref(c, r)}" t="inlineStr"><is><t>${escapeXml(cell)}</t></is></c>`,
            )
            .join('')}</row>`,
      )
      .join('')}</sheetData></worksheet>`;
  const files = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets.map((sheet, i) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}"${sheet.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`,
    ...Object.fromEntries(
      sheets.map((sheet, i) => [`xl/worksheets/sheet${i + 1}.xml`, sheetXml(sheet.rows)]),
    ),
  };
  const mtime = new Date('2026-01-01T00:00:00Z');
  return zipSync(
    Object.fromEntries(Object.entries(files).map(([name, text]) => [name, [strToU8(text), { mtime }]])),
  );
}

/** 4,372 customers K0001… with revenue 1, 2, …, 4372 (total 4372·4373/2 = 9,559,378). */
function inlineRows() {
  const rows = [['客户编号', '客户名称', '销售额']];
  for (let i = 1; i <= 4372; i += 1) rows.push([`K${String(i).padStart(4, '0')}`, `客户 ${i}`, i]);
  return rows;
}

/**
 * A customer list of `rows` rows (lognormal-ish revenue from a fixed linear congruential sequence):
 * id, name, revenue, gross profit, cost to serve, orders — about 40 bytes a row.
 */
export function bigCsv(rows) {
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const lines = ['customer_id,customer_name,revenue,gross_profit,cost_to_serve,orders'];
  for (let i = 1; i <= rows; i += 1) {
    const revenue = Math.round(Math.exp(8 + 2 * (next() + next() + next() - 1.5)) * 100) / 100;
    const gross = Math.round(revenue * (0.15 + 0.2 * next()) * 100) / 100;
    const cost = Math.round(revenue * 0.1 * next() * 100) / 100;
    lines.push(`C${i},Customer ${i},${revenue},${gross},${cost},${1 + Math.floor(next() * 40)}`);
  }
  return `${lines.join('\n')}\n`;
}

const fixtures = {
  // Chinese Excel export in GB18030: Chinese headers, ￥ and thousands separators, (120) for a
  // negative, customer C03 on two rows (600 + 400), one empty row. Revenue after merging:
  // 5000, 2000, 1000, 800, 500, 300, 200, 100, 60, 40 — total 10,000.
  'gb18030-customers.csv': encodeGb18030(
    [
      '客户编号,客户名称,销售额（元）,毛利,服务成本',
      'C01,华东机械有限公司,"￥5,000",1500,300',
      'C02,上海精密仪器,"2,000.00",600,150',
      'C03,北方重工,600,180,50',
      'C04,南方电气,800,240,60',
      'C05,西部物流,500,150,40',
      ',,,,',
      'C03,北方重工,400,120,30',
      'C06,东海贸易,300,90,100',
      'C07,中原建材,200,60,80',
      'C08,江南纺织,100,30,20',
      'C09,岭南食品,60,(120),10',
      'C10,天山矿业,40,12,5',
      '',
    ].join('\r\n'),
  ),
  // A European export: UTF-8 with a byte-order mark, semicolons, decimal commas.
  'semicolon-bom.csv': new Uint8Array([
    0xef,
    0xbb,
    0xbf,
    ...strToU8(
      [
        'Customer;Revenue;Gross profit;Cost to serve',
        'Müller GmbH;1.234,50;400,25;100',
        'Dupont SA;2.000,00;500,00;250,5',
        'Rossi Srl;765,50;-10,25;80',
        '',
      ].join('\n'),
    ),
  ]),
  // Tab-separated, as Excel copies cells.
  'customers.tsv': strToU8(
    [
      'Account\tSales\tProfit\tOrders',
      'Alpha Ltd\t$1,200\t300\t12',
      'Beta Inc\t$800\t(50)\t4',
      'Gamma plc\t$500\t120\t9',
      '',
    ].join('\n'),
  ),
  // XLSX, numbers as numbers. Revenue 600, 200, 100, 60, 40 — total 1,000.
  'customers.xlsx': xlsx([
    ['Customer', 'Revenue', 'Gross profit', 'Cost to serve'],
    ['Northwind', 600, 200, 50],
    ['Contoso', 200, 60, 70],
    ['Fabrikam', 100, 30, 10],
    ['Tailspin', 60, 20, 5],
    ['Litware', 40, 10, 2],
  ]),
  // A library's export: inline strings, no styles.xml or sharedStrings.xml, 4,372 rows.
  'inline-strings.xlsx': inlineXlsx([{ name: 'Sheet1', rows: inlineRows() }]),
  // The first sheet is hidden (a lookup table); the first visible one holds the list.
  'hidden-first-sheet.xlsx': inlineXlsx([
    {
      name: 'Lookup',
      hidden: true,
      rows: [
        ['code', 'rate'],
        ['X', 1],
      ],
    },
    {
      name: 'Customers',
      rows: [
        ['Customer', 'Revenue'],
        ['Alpha', 700],
        ['Beta', 300],
      ],
    },
  ]),
  // Chinese Excel's "Unicode 文本" export of a report sheet: UTF-16LE with a BOM, tabs, CRLF, a
  // title line and a blank line above the header, amounts in 万元, empty trailing columns, a blank
  // row and a totals row (合计) at the bottom. In yuan: revenue 125,000, 80,300, 4,567 (total
  // 209,867); gross profit 32,000, 15,000, 1,000.
  'unicode-text.txt': utf16le(
    [
      '2025 年客户销售报表\t\t\t\t\t',
      '\t\t\t\t\t',
      '客户编号\t客户名称\t销售额（万元）\t毛利（万元）\t\t',
      'K001\t华东机械有限公司\t12.5\t3.2\t\t',
      'K002\t上海精密仪器\t8.03\t1.5\t\t',
      'K003\t北方重工\t0.4567\t0.1\t\t',
      '\t\t\t\t\t',
      '合  计\t\t20.9867\t4.8\t\t',
      '',
    ].join('\r\n'),
  ),
  // An English report: two title lines, revenue in ¥10k, a subtotal between customers and a grand
  // total at the end. Revenue in yuan 15,000, 2,500, 20,000 (total 37,500); orders 3, 1, 5 (a count,
  // never scaled).
  'report-totals.csv': strToU8(
    [
      'Sales by customer,,,,',
      'FY2025 (all regions),,,,',
      ',,,,',
      'Customer,Revenue (¥10k),Orders,,',
      'Alpha,1.5,3,,',
      'Beta,0.25,1,,',
      'Subtotal,1.75,4,,',
      'Gamma,2,5,,',
      ',,,,',
      'Grand total,3.75,9,,',
      ',,,,',
      '',
    ].join('\n'),
  ),
  'empty.csv': new Uint8Array(0),
  'header-only.csv': strToU8('客户名称,销售额,毛利\r\n'),
  'no-numeric.csv': strToU8('customer,region,segment\nAlpha,North,A\nBeta,South,B\n'),
  // Random-looking bytes with NULs, named .csv as a mistaken upload would be.
  'binary.csv': Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919 + (i >> 3)) % 256),
  // Names that are markup: they must show as text and run nothing. One duplicate, one negative.
  'hostile-names.csv': strToU8(
    [
      'customer,revenue,profit',
      '"<script>alert(1)</script>",500,100',
      '"<img src=x onerror=alert(2)>",300,50',
      '"<b>bold</b> & co",200,-20',
      '"<script>alert(1)</script>",100,10',
      '=HYPERLINK("http://example.invalid"),-50,-5',
      '',
    ].join('\n'),
  ),
  // Duplicated ids summed, negative revenue kept, a cell that is not a number, an empty row.
  'duplicates-negative.csv': strToU8(
    [
      'customer id,customer name,revenue,profit',
      'A1,Alpha,100,10',
      'B2,Beta,-40,-4',
      'A1,Alpha,50.5,5',
      ',,,',
      'C3,Gamma,n/a?,3',
      'A1,Alpha,0.25,1',
      '',
    ].join('\n'),
  ),
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(dir, { recursive: true });
  for (const [name, bytes] of Object.entries(fixtures)) {
    writeFileSync(new URL(name, `file://${dir}`), bytes);
    console.log(`${name.padEnd(26)} ${String(bytes.length).padStart(6)} bytes`);
  }
}
