import { LABELS } from '../model';
import { DIRECTIONS, ITEM_STATUS_COLUMNS } from './raw-tables';

/** A cell of a table: table id, row key, column key. */
export interface CellRef {
  readonly table: number;
  readonly row: number;
  readonly column: number;
}

/** An additive fact an attacker can use: the total equals the sum of the parts. */
export interface Relation {
  readonly total: CellRef;
  readonly parts: readonly CellRef[];
}

interface TableShape {
  readonly id: string;
  readonly rows: readonly string[];
  readonly columns: readonly string[];
}

/**
 * Every sum that links published cells: months add up to a direction, directions to `all`, kinds, score
 * bins and languages to the overall counts, verdicts to the review total, viewed months to viewed exposures.
 * A relation is listed only when all of its cells are present (an absent cell makes it no constraint).
 */
export function relationsOf(tables: readonly TableShape[]): Relation[] {
  const index = new Map(tables.map((table, i) => [table.id, i]));
  const cell = (tableId: string, row: string, column: string): CellRef | null => {
    const table = index.get(tableId);
    if (table === undefined) return null;
    const shape = tables[table]!;
    const r = shape.rows.indexOf(row);
    const c = shape.columns.indexOf(column);
    return r < 0 || c < 0 ? null : { table, row: r, column: c };
  };
  const columnOf = (tableId: string, column: string): CellRef[] | null => {
    const table = index.get(tableId);
    if (table === undefined) return null;
    const c = tables[table]!.columns.indexOf(column);
    return c < 0 ? null : tables[table]!.rows.map((_, row) => ({ table, row, column: c }));
  };
  const allCells = (tableId: string): CellRef[] | null => {
    const table = index.get(tableId);
    if (table === undefined) return null;
    const shape = tables[table]!;
    return shape.rows.flatMap((_, row) => shape.columns.map((__, column) => ({ table, row, column })));
  };
  const relations: Relation[] = [];
  const add = (total: CellRef | null, parts: readonly (CellRef | null)[] | null): void => {
    if (total === null || parts === null || parts.length === 0 || parts.some((part) => part === null)) return;
    relations.push({ total, parts: parts as CellRef[] });
  };

  for (const [prefix, directionTable, columns] of [
    ['items_month_', 'items_direction', ITEM_STATUS_COLUMNS],
    ['flagged_month_', 'flagged_direction', LABELS],
  ] as const) {
    for (const column of columns) {
      for (const direction of DIRECTIONS)
        add(cell(directionTable, direction, column), columnOf(prefix + direction, column));
      add(
        cell(directionTable, 'all', column),
        DIRECTIONS.map((direction) => cell(directionTable, direction, column)),
      );
    }
  }
  for (const column of ITEM_STATUS_COLUMNS)
    add(cell('items_direction', 'all', column), columnOf('items_kind', column));
  for (const label of LABELS) {
    add(cell('flagged_direction', 'all', label), columnOf('flagged_kind', label));
    add(cell('items_direction', 'all', 'scored'), columnOf('score_histogram', label));
  }
  for (const column of ['scored', 'unsupported_language']) {
    add(cell('items_direction', 'all', column), columnOf('languages', column));
  }
  add(
    cell('low_credibility_direction', 'all', 'items'),
    DIRECTIONS.map((d) => cell('low_credibility_direction', d, 'items')),
  );
  add(
    cell('reviews', 'total', 'count'),
    ['correct', 'not_divisive', 'not_misleading'].map((v) => cell('reviews', v, 'count')),
  );
  add(cell('exposure_kind', 'viewed', 'count'), allCells('viewed_month'));
  return relations;
}
