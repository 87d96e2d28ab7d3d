import { BENCHMARKS } from './registry';
import type { BenchRow } from './types';

function printTable(rows: readonly BenchRow[]): void {
  const header = ['bench', 'case', 'metric', 'value', 'unit', 'note'];
  const cells = rows.map((row) => [
    row.bench,
    row.case,
    row.metric,
    row.value >= 100 ? row.value.toFixed(0) : row.value.toPrecision(3),
    row.unit,
    row.note ?? '',
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((row) => row[column]!.length)),
  );
  const line = (values: string[]) =>
    '| ' + values.map((value, i) => value.padEnd(widths[i]!)).join(' | ') + ' |';
  console.log(line(header));
  console.log('|' + widths.map((width) => '-'.repeat(width + 2)).join('|') + '|');
  for (const row of cells) console.log(line(row));
}

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !BENCHMARKS.some((bench) => bench.name === name));
if (unknown.length > 0) {
  console.error(
    `loupe: unknown benchmark ${unknown.join(', ')}; known: ${BENCHMARKS.map((b) => b.name).join(', ')}`,
  );
  process.exit(2);
}
const rows: BenchRow[] = [];
for (const bench of BENCHMARKS.filter((b) => wanted.length === 0 || wanted.includes(b.name))) {
  console.error(`running ${bench.name}: ${bench.summary}`);
  rows.push(...(await bench.run()));
}
printTable(rows);
