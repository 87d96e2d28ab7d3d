import { relationsOf, type CellRef, type SummaryTable } from '@core/export';

interface Tables {
  readonly tables: readonly SummaryTable[];
}

/** A withheld cell an attacker pinned down, with how. */
export interface Recovered {
  readonly table: string;
  readonly row: string;
  readonly column: string;
  readonly how: 'linear' | 'bounds';
}

const key = (cell: CellRef) => `${cell.table}:${cell.row}:${cell.column}`;

/**
 * The margin attacker: knows every published cell, which withheld cells are zero, and every additive
 * relation between cells (row and column totals). It solves the linear system for each withheld cell
 * (Gaussian elimination: a cell is determined when its unit vector lies in the row space) and then
 * propagates lower bounds of 1 and upper bounds through the relations.
 */
export function attack(published: Tables, exact: Tables): Recovered[] {
  const relations = relationsOf(published.tables);
  const valueOf = (cell: CellRef) => exact.tables[cell.table]!.counts[cell.row]![cell.column]!;
  const withheld = (cell: CellRef) => published.tables[cell.table]!.counts[cell.row]![cell.column] === null;
  const unknown = (cell: CellRef) => withheld(cell) && valueOf(cell)! > 0;
  const describe = (cell: CellRef, how: Recovered['how']): Recovered => {
    const table = published.tables[cell.table]!;
    return { table: table.id, row: table.rows[cell.row]!, column: table.columns[cell.column]!, how };
  };

  const index = new Map<string, number>();
  const cells: CellRef[] = [];
  for (const relation of relations) {
    for (const cell of [relation.total, ...relation.parts]) {
      if (unknown(cell) && !index.has(key(cell))) {
        index.set(key(cell), cells.length);
        cells.push(cell);
      }
    }
  }
  const matrix = relations
    .map((relation) => {
      const row = new Array<number>(cells.length).fill(0);
      const total = index.get(key(relation.total));
      if (total !== undefined) row[total]! -= 1;
      for (const part of relation.parts) {
        const j = index.get(key(part));
        if (j !== undefined) row[j]! += 1;
      }
      return row;
    })
    .filter((row) => row.some((v) => v !== 0));
  const recovered: Recovered[] = [];
  const rref = reducedRowEchelon(matrix, cells.length);
  for (const row of rref) {
    const nonZero = row.flatMap((v, j) => (Math.abs(v) > 1e-9 ? [j] : []));
    if (nonZero.length === 1) recovered.push(describe(cells[nonZero[0]!]!, 'linear'));
  }

  const low = new Map<string, number>();
  const high = new Map<string, number>();
  const bound = (cell: CellRef): [number, number] =>
    unknown(cell)
      ? [low.get(key(cell)) ?? 1, high.get(key(cell)) ?? Infinity]
      : [valueOf(cell)!, valueOf(cell)!];
  for (let round = 0; round < 500; round++) {
    let changed = false;
    const tighten = (cell: CellRef, lo: number, hi: number) => {
      if (!unknown(cell)) return;
      const [oldLo, oldHi] = bound(cell);
      if (lo > oldLo) {
        low.set(key(cell), lo);
        changed = true;
      }
      if (hi < oldHi) {
        high.set(key(cell), hi);
        changed = true;
      }
    };
    for (const relation of relations) {
      const parts = relation.parts.map(bound);
      const lowSum = parts.reduce((s, [lo]) => s + lo, 0);
      const highSum = parts.reduce((s, [, hi]) => s + hi, 0);
      tighten(relation.total, lowSum, highSum);
      const [totalLo, totalHi] = bound(relation.total);
      relation.parts.forEach((part, i) => {
        const others = parts.filter((_, j) => j !== i);
        tighten(
          part,
          totalLo - others.reduce((s, [, hi]) => s + hi, 0),
          totalHi - others.reduce((s, [lo]) => s + lo, 0),
        );
      });
    }
    if (!changed) break;
  }
  for (const cell of cells) {
    const [lo, hi] = bound(cell);
    if (lo === hi) recovered.push(describe(cell, 'bounds'));
  }
  return recovered;
}

function reducedRowEchelon(input: number[][], columns: number): number[][] {
  const rows = input.map((row) => [...row]);
  let pivotRow = 0;
  for (let column = 0; column < columns && pivotRow < rows.length; column++) {
    let best = pivotRow;
    for (let r = pivotRow + 1; r < rows.length; r++)
      if (Math.abs(rows[r]![column]!) > Math.abs(rows[best]![column]!)) best = r;
    if (Math.abs(rows[best]![column]!) < 1e-9) continue;
    [rows[pivotRow], rows[best]] = [rows[best]!, rows[pivotRow]!];
    const pivot = rows[pivotRow]!;
    const scale = pivot[column]!;
    for (let c = 0; c < columns; c++) pivot[c]! /= scale;
    for (let r = 0; r < rows.length; r++) {
      if (r === pivotRow) continue;
      const factor = rows[r]![column]!;
      if (Math.abs(factor) < 1e-12) continue;
      for (let c = 0; c < columns; c++) rows[r]![c]! -= factor * pivot[c]!;
    }
    pivotRow++;
  }
  return rows.slice(0, pivotRow);
}
