export { toJson, toNdjson } from './json.js';
export { toCsv, type CsvOptions } from './csv.js';
export { TABLES, TABLE_NAMES, tableRows, type TableName } from './tables.js';
