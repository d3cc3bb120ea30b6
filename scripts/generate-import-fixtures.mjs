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

const colName = (c) =>
  (c < 26 ? '' : String.fromCharCode(64 + Math.floor(c / 26))) + String.fromCharCode(65 + (c % 26));
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';

/** Days since 1899-12-30: how a spreadsheet stores a date (1900 date system). */
const serial = (iso) => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;

/**
 * Each application's marks as we know them from files it saves (written by hand from memory of
 * such files, not checked against a saved one: no application runs here): LibreOffice Calc
 * (`fileVersion appName="Calc"`, `state="visible"` on
 * every sheet, long row attributes, `t="n"` on numbers, `<f aca="false">`, `xml:space="preserve"`
 * on strings, date format `YYYY\-MM\-DD` as numFmt 164, docProps/app.xml naming LibreOffice);
 * WPS 表格 (Excel-like parts, 宋体 fonts, row `spans`, a custom date format
 * `yyyy"年"m"月"d"日"` as numFmt 176, docProps/custom.xml with KSOProductBuildVer); Google Sheets'
 * download (`state` before `name` on sheets, sheet parts from rId3, `<sheetPr><outlinePr …/>`,
 * whole numbers written as `1200.0`, date format `yyyy-mm-dd`, no docProps).
 */
const APPS = {
  libreoffice: {
    fileVersion: '<fileVersion appName="Calc"/>',
    workbookPr: '<workbookPr backupFile="false" showObjects="all" date1904="false"/><workbookProtection/>',
    sheetTag: (name, id, rid, hidden) =>
      `<sheet name="${escapeXml(name)}" sheetId="${id}" state="${hidden ? 'hidden' : 'visible'}" r:id="${rid}"/>`,
    calcPr: '<calcPr iterateCount="100" refMode="A1" iterate="false" iterateDelta="0.001"/>',
    firstSheetRid: 2,
    rowAttrs:
      ' customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false"',
    numberType: ' t="n"',
    formula: (f) => `<f aca="false">${escapeXml(f)}</f>`,
    text: (t) => `<t xml:space="preserve">${escapeXml(t)}</t>`,
    number: (n) => String(n),
    dateFormat: { id: 164, code: 'YYYY\\-MM\\-DD' },
    font: '<font><sz val="10"/><name val="Arial"/><family val="2"/></font>',
    sheetPr: '<sheetPr filterMode="false"><pageSetUpPr fitToPage="false"/></sheetPr>',
    docProps: {
      'docProps/app.xml': `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template></Template><TotalTime>2</TotalTime><Application>LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/60$Build-1</Application><AppVersion>15.0000</AppVersion></Properties>`,
    },
  },
  wps: {
    fileVersion: '<fileVersion appName="xl" lastEdited="3" lowestEdited="5" rupBuild="9302"/>',
    workbookPr: '<workbookPr/>',
    sheetTag: (name, id, rid, hidden) =>
      `<sheet name="${escapeXml(name)}" sheetId="${id}"${hidden ? ' state="hidden"' : ''} r:id="${rid}"/>`,
    calcPr: '<calcPr calcId="144525"/>',
    firstSheetRid: 1,
    rowAttrs: ' spans="1:5" ht="14.25" customHeight="1"',
    numberType: '',
    formula: (f) => `<f>${escapeXml(f)}</f>`,
    text: (t) => `<t>${escapeXml(t)}</t>`,
    number: (n) => String(n),
    dateFormat: { id: 176, code: 'yyyy"年"m"月"d"日"' },
    font: '<font><sz val="11"/><color theme="1"/><name val="宋体"/><charset val="134"/><scheme val="minor"/></font>',
    sheetPr: '',
    docProps: {
      'docProps/custom.xml': `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>2052-12.1.0.16929</vt:lpwstr></property></Properties>`,
    },
  },
  google: {
    fileVersion: '',
    workbookPr: '<workbookPr/>',
    sheetTag: (name, id, rid, hidden) =>
      `<sheet state="${hidden ? 'hidden' : 'visible'}" name="${escapeXml(name)}" sheetId="${id}" r:id="${rid}"/>`,
    calcPr: '<definedNames/><calcPr/>',
    firstSheetRid: 3,
    rowAttrs: '',
    numberType: '',
    formula: (f) => `<f>${escapeXml(f)}</f>`,
    text: (t) => `<t xml:space="preserve">${escapeXml(t)}</t>`,
    number: (n) => (Number.isInteger(n) ? `${n}.0` : String(n)),
    dateFormat: { id: 164, code: 'yyyy-mm-dd' },
    font: '<font><sz val="10.0"/><color rgb="FF000000"/><name val="Arial"/><scheme val="minor"/></font>',
    sheetPr: '<sheetPr><outlinePr summaryBelow="0" summaryRight="0"/></sheetPr>',
    docProps: {},
  },
};

/**
 * An XLSX as a spreadsheet application saves it: shared strings, a styles part with number
 * formats, every cell with a style index (`<c r="A1" s="1" t="s">`). `sheets`: [{ name, hidden,
 * rows, merges }]; a cell is a string, a number, `{ f, v }` (a formula and its cached value) or
 * `{ date: 'YYYY-MM-DD' }` (a serial number with a date style). Styles: 0 plain, 1 bold (text),
 * 2 date, 3 amount (#,##0.00, a number format that is not a date).
 */
export function appXlsx(app, sheets) {
  const a = APPS[app];
  const strings = [];
  const index = new Map();
  const shared = (text) => {
    if (!index.has(text)) {
      index.set(text, strings.length);
      strings.push(text);
    }
    return index.get(text);
  };
  let stringCount = 0;
  const cellXml = (cell, ref) => {
    if (cell === null || cell === undefined) return '';
    if (typeof cell === 'string') {
      stringCount += 1;
      return `<c r="${ref}" s="1" t="s"><v>${shared(cell)}</v></c>`;
    }
    if (typeof cell === 'number') return `<c r="${ref}" s="3"${a.numberType}><v>${a.number(cell)}</v></c>`;
    if ('date' in cell) return `<c r="${ref}" s="2"${a.numberType}><v>${a.number(serial(cell.date))}</v></c>`;
    return `<c r="${ref}" s="3"${a.numberType}>${a.formula(cell.f)}<v>${a.number(cell.v)}</v></c>`;
  };
  const sheetXml = (sheet) => {
    const width = Math.max(...sheet.rows.map((row) => row.length));
    const rows = sheet.rows
      .map(
        (row, r) =>
          `<row r="${r + 1}"${a.rowAttrs}>${row.map((cell, c) => cellXml(cell, `${colName(c)}${r + 1}`)).join('')}</row>`,
      )
      .join('');
    const merges = sheet.merges?.length
      ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>`
      : '';
    return `${XML}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}">${a.sheetPr}<dimension ref="A1:${colName(width - 1)}${sheet.rows.length}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>${rows}</sheetData>${merges}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
  };
  const sheetParts = Object.fromEntries(
    sheets.map((sheet, i) => [`xl/worksheets/sheet${i + 1}.xml`, sheetXml(sheet)]),
  );
  const rid = (i) => `rId${a.firstSheetRid + i}`;
  // The other parts take the ids the sheets leave free.
  const otherIds = [1, 2, 3, 4, 5].filter((n) => n < a.firstSheetRid || n >= a.firstSheetRid + sheets.length);
  const styles = `${XML}<styleSheet xmlns="${NS_MAIN}"><numFmts count="1"><numFmt numFmtId="${a.dateFormat.id}" formatCode="${escapeXml(a.dateFormat.code)}"/></numFmts><fonts count="2">${a.font}${a.font.replace('<font>', '<font><b/>')}</fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="${a.dateFormat.id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
  const sst = `${XML}<sst xmlns="${NS_MAIN}" count="${stringCount}" uniqueCount="${strings.length}">${strings.map((t) => `<si>${a.text(t)}</si>`).join('')}</sst>`;
  const docPropsTypes = Object.keys(a.docProps)
    .map(
      (name) =>
        `<Override PartName="/${name}" ContentType="${CT}.${name.includes('custom') ? 'custom' : 'extended'}-properties+xml"/>`,
    )
    .join('');
  const files = {
    '[Content_Types].xml': `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.spreadsheetml.sharedStrings+xml"/>${docPropsTypes}</Types>`,
    '_rels/.rels': `${XML}<Relationships xmlns="${NS_PKG}"><Relationship Id="rId1" Type="${NS_R}/officeDocument" Target="xl/workbook.xml"/>${Object.keys(
      a.docProps,
    )
      .map(
        (name, i) =>
          `<Relationship Id="rId${i + 2}" Type="${NS_R}/${name.includes('custom') ? 'custom-properties' : 'extended-properties'}" Target="${name}"/>`,
      )
      .join('')}</Relationships>`,
    'xl/workbook.xml': `${XML}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}">${a.fileVersion}${a.workbookPr}<bookViews><workbookView activeTab="${sheets.findIndex((s) => !s.hidden)}"/></bookViews><sheets>${sheets.map((sheet, i) => a.sheetTag(sheet.name, i + 1, rid(i), sheet.hidden)).join('')}</sheets>${a.calcPr}</workbook>`,
    'xl/_rels/workbook.xml.rels': `${XML}<Relationships xmlns="${NS_PKG}"><Relationship Id="rId${otherIds[0]}" Type="${NS_R}/styles" Target="styles.xml"/><Relationship Id="rId${otherIds[1]}" Type="${NS_R}/sharedStrings" Target="sharedStrings.xml"/>${sheets.map((_, i) => `<Relationship Id="${rid(i)}" Type="${NS_R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`,
    'xl/styles.xml': styles,
    'xl/sharedStrings.xml': sst,
    ...sheetParts,
    ...a.docProps,
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
  // LibreOffice Calc: shared strings, styles, dates as serial numbers with a date style, profit as
  // a formula with its cached value, a "Total" row of SUM formulas. Revenue 600, 300, 100 (total
  // 1,000); profit = gross profit − cost to serve: 150, 40, 25.
  'libreoffice.xlsx': appXlsx('libreoffice', [
    {
      name: 'Sheet1',
      rows: [
        ['Customer', 'Revenue', 'Gross profit', 'Cost to serve', 'Profit', 'Last order'],
        ['Northwind', 600, 200, 50, { f: 'C2-D2', v: 150 }, { date: '2025-03-14' }],
        ['Contoso', 300, 60, 20, { f: 'C3-D3', v: 40 }, { date: '2024-12-31' }],
        ['Fabrikam', 100, 30, 5, { f: 'C4-D4', v: 25 }, { date: '2025-01-02' }],
        [],
        [
          'Total',
          { f: 'SUM(B2:B4)', v: 1000 },
          { f: 'SUM(C2:C4)', v: 290 },
          { f: 'SUM(D2:D4)', v: 75 },
          { f: 'SUM(E2:E4)', v: 215 },
        ],
      ],
    },
  ]),
  // WPS 表格: a report sheet — a title merged across the columns, a department line, a blank row,
  // the header, amounts in 万元, order dates with a Chinese date format, and 合计 merged over the
  // first two columns with SUM formulas. In yuan: 125,000, 80,300, 4,567 (total 209,867).
  'wps-report.xlsx': appXlsx('wps', [
    {
      name: '客户销售',
      merges: ['A1:E1', 'A2:E2', 'A8:B8'],
      rows: [
        ['2025 年客户销售报表', null, null, null, null],
        ['编制部门：华东大区', null, null, null, null],
        [],
        ['客户编号', '客户名称', '销售额（万元）', '毛利（万元）', '下单日期'],
        ['K001', '华东机械有限公司', 12.5, 3.2, { date: '2025-06-30' }],
        ['K002', '上海精密仪器', 8.03, 1.5, { date: '2025-07-01' }],
        ['K003', '北方重工', 0.4567, 0.1, { date: '2025-05-20' }],
        ['合计', null, { f: 'SUM(C5:C7)', v: 20.9867 }, { f: 'SUM(D5:D7)', v: 4.8 }, null],
      ],
    },
  ]),
  // Google Sheets' download: a hidden first sheet (a lookup table), the list on the second, ISO
  // dates typed as text, a revenue formula with its cached value. Revenue 1,200, 800, 500.
  'google-sheets.xlsx': appXlsx('google', [
    {
      name: 'Rates',
      hidden: true,
      rows: [
        ['Region', 'Rate'],
        ['North', 0.1],
      ],
    },
    {
      name: 'Customers',
      rows: [
        ['Account', 'Sales', 'Profit', 'Orders', 'Signed'],
        ['Alpha Ltd', 1200, 300, 12, '2024-02-01'],
        ['Beta Inc', { f: '400*2', v: 800 }, -50, 4, '2023-11-15'],
        ['Gamma plc', 500, 120.5, 9, '2025-01-20'],
      ],
    },
  ]),
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
