// Writes exceljs-en.xlsx with exceljs 4 (a JavaScript library, not ours): run `npm install exceljs@4` in a scratch
// folder, then `node exceljs-en.mjs` there with this file copied beside it. The workbook is committed; the build never
// runs this. What it holds: a title row merged across, English headers with one merged over two rows, a date cell and
// a date as ISO text, a euro amount with a currency format, a percentage cell, an English thousands text, a formula
// with the result exceljs caches, rich text in a title, an ambition per row, and styled empty trailing rows.
import ExcelJS from 'exceljs';

const workbook = new ExcelJS.Workbook();
workbook.creator = 'exceljs';
const sheet = workbook.addWorksheet('AI portfolio');
sheet.mergeCells('A1:I1');
sheet.getCell('A1').value = 'AI portfolio 2027 (from the departments)';
sheet.getCell('A1').font = { bold: true, size: 14 };
const headers = ['Title', 'Department', 'Start quarter', 'End quarter', 'Cost estimate', 'Adoption %',
  'Satisfaction (1–5)', 'Lead', 'Ambition'];
headers.forEach((text, i) => {
  const cell = sheet.getRow(2).getCell(i + 1);
  cell.value = text;
  cell.font = { bold: true };
});
// "Lead" stands over rows 2 and 3, as a header merged down
sheet.mergeCells('H2:H3');
sheet.getRow(3).getCell(1).value = null;
const rows = [
  [{ richText: [{ text: 'Summarising ', font: { bold: true } }, { text: 'claim letters' }] }, 'Klantenservice',
    new Date(Date.UTC(2027, 0, 15)), '2027-06-30', 1234.5, 0.45, 4, 'Sanne de Vries', 'Optimise'],
  ['Meeting notes assistant', 'HR', new Date(Date.UTC(2027, 6, 1)), new Date(Date.UTC(2027, 11, 31)),
    { formula: '1000*2.5', result: 2500 }, 0.3, '3', 'Jan Bakker', 'redesign'],
  ['Code review helper', 'IT', '2027-Q2', 'Q4 2027', '12,000.75', '60%', 5, '', 'Optimise'],
];
rows.forEach((values, r) => {
  const row = sheet.getRow(4 + r);
  values.forEach((value, c) => { row.getCell(c + 1).value = value; });
  row.getCell(3).numFmt = 'yyyy-mm-dd';
  row.getCell(4).numFmt = 'yyyy-mm-dd';
  row.getCell(5).numFmt = '[$€-en-IE] #,##0.00';
  row.getCell(6).numFmt = '0%';
});
for (let r = 7; r <= 11; r++) {
  sheet.getRow(r).getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
}
await workbook.xlsx.writeFile('exceljs-en.xlsx');
