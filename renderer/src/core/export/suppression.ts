import type { CellRef, Relation } from './relations';

type Grid = readonly (readonly number[])[];

/** Which cells to withhold: `mask[table][row][column]`. */
export type SuppressionMask = boolean[][][];

/**
 * Small-cell suppression with complementary suppression.
 *
 * Primary: every count in [1, k-1] is withheld. Complementary, until nothing changes:
 * 1. a relation (total = sum of parts) never has exactly one withheld non-zero cell, since the published
 *    ones would give it away; another non-zero member is withheld, the smallest part first;
 * 2. when `exact` (no noise), interval reasoning is closed off: an attacker who knows that withheld cells
 *    are at least 1 (or 0 where they are 0) and propagates lower and upper bounds through every relation
 *    must never pin a withheld non-zero cell to a single value; if it does, a part of at least 2 (else the
 *    total) of one of that cell's relations is withheld too.
 */
export function suppressCells(
  tables: readonly Grid[],
  relations: readonly Relation[],
  k: number,
  exact: boolean,
): SuppressionMask {
  const mask = tables.map((grid) => grid.map((row) => row.map((value) => value >= 1 && value <= k - 1)));
  const value = (cell: CellRef) => tables[cell.table]![cell.row]![cell.column]!;
  const hidden = (cell: CellRef) => mask[cell.table]![cell.row]![cell.column]!;
  const hide = (cell: CellRef) => {
    mask[cell.table]![cell.row]![cell.column] = true;
  };
  const byCell = new Map<string, Relation[]>();
  for (const relation of relations) {
    for (const cell of [relation.total, ...relation.parts]) {
      const key = keyOf(cell);
      byCell.set(key, [...(byCell.get(key) ?? []), relation]);
    }
  }

  for (let round = 0; round < 10_000; round++) {
    let changed = false;
    for (const relation of relations) {
      const members = [relation.total, ...relation.parts];
      if (members.filter((cell) => hidden(cell) && value(cell) >= 1).length !== 1) continue;
      const pick =
        cheapest(relation, (cell) => !hidden(cell) && value(cell) >= 1, value) ??
        cheapest(relation, (cell) => !hidden(cell), value);
      if (pick) {
        hide(pick);
        changed = true;
      }
    }
    if (changed) continue;
    if (!exact) break;
    const pinned = pinnedCells(tables, relations, mask).filter((cell) => value(cell) >= 1);
    const pick = pinned.map((cell) => nearestPublished(cell, byCell, hidden, value)).find(Boolean);
    if (!pick) break;
    hide(pick);
  }
  return mask;
}

const keyOf = (cell: CellRef): string => `${cell.table}:${cell.row}:${cell.column}`;

/**
 * The published non-zero cell closest to a pinned one through chains of relations and withheld cells
 * (a part of at least 2 first, as it widens the interval most), or null when there is none.
 */
function nearestPublished(
  start: CellRef,
  byCell: ReadonlyMap<string, readonly Relation[]>,
  hidden: (cell: CellRef) => boolean,
  value: (cell: CellRef) => number,
): CellRef | null {
  const queue = [start];
  const visited = new Set([keyOf(start)]);
  const seenRelations = new Set<Relation>();
  while (queue.length > 0) {
    const cell = queue.shift()!;
    const relations = (byCell.get(keyOf(cell)) ?? []).filter((relation) => !seenRelations.has(relation));
    relations.forEach((relation) => seenRelations.add(relation));
    const pick =
      relations
        .map((relation) => cheapest(relation, (c) => !hidden(c) && value(c) >= 2, value))
        .find(Boolean) ??
      relations
        .map((relation) => cheapest(relation, (c) => !hidden(c) && value(c) >= 1, value))
        .find(Boolean);
    if (pick) return pick;
    for (const relation of relations) {
      for (const member of [relation.total, ...relation.parts]) {
        if (hidden(member) && !visited.has(keyOf(member))) {
          visited.add(keyOf(member));
          queue.push(member);
        }
      }
    }
  }
  return null;
}

/** The smallest part that passes, else the total if it passes. */
function cheapest(
  relation: Relation,
  ok: (cell: CellRef) => boolean,
  value: (cell: CellRef) => number,
): CellRef | null {
  let best: CellRef | null = null;
  for (const part of relation.parts)
    if (ok(part) && (best === null || value(part) < value(best))) best = part;
  return best ?? (ok(relation.total) ? relation.total : null);
}

/**
 * The withheld cells whose value an attacker can pin down by interval reasoning over the relations,
 * knowing published values exactly and, for withheld cells, whether they are zero.
 */
export function pinnedCells(
  tables: readonly Grid[],
  relations: readonly Relation[],
  mask: SuppressionMask,
): CellRef[] {
  const low = new Map<string, number>();
  const high = new Map<string, number>();
  const bounds = (cell: CellRef): [number, number] => {
    const v = tables[cell.table]![cell.row]![cell.column]!;
    if (!mask[cell.table]![cell.row]![cell.column] || v === 0) return [v, v];
    const key = keyOf(cell);
    return [low.get(key) ?? 1, high.get(key) ?? Infinity];
  };
  const tighten = (cell: CellRef, lo: number, hi: number): boolean => {
    const [oldLo, oldHi] = bounds(cell);
    if (oldLo === oldHi) return false;
    let changed = false;
    if (lo > oldLo) {
      low.set(keyOf(cell), lo);
      changed = true;
    }
    if (hi < oldHi) {
      high.set(keyOf(cell), hi);
      changed = true;
    }
    return changed;
  };
  for (let round = 0; round < 1_000; round++) {
    let changed = false;
    for (const { total, parts } of relations) {
      const partBounds = parts.map(bounds);
      const sumLo = partBounds.reduce((sum, [lo]) => sum + lo, 0);
      const unbounded = partBounds.filter(([, hi]) => hi === Infinity).length;
      const finiteHi = partBounds.reduce((sum, [, hi]) => (hi === Infinity ? sum : sum + hi), 0);
      changed = tighten(total, sumLo, unbounded > 0 ? Infinity : finiteHi) || changed;
      const [totalLo, totalHi] = bounds(total);
      parts.forEach((part, i) => {
        const [lo, hi] = partBounds[i]!;
        const othersHi =
          unbounded - (hi === Infinity ? 1 : 0) > 0 ? Infinity : finiteHi - (hi === Infinity ? 0 : hi);
        changed = tighten(part, totalLo - othersHi, totalHi - (sumLo - lo)) || changed;
      });
    }
    if (!changed) break;
  }
  const pinned: CellRef[] = [];
  mask.forEach((grid, table) =>
    grid.forEach((row, r) =>
      row.forEach((withheld, column) => {
        const cell = { table, row: r, column };
        if (!withheld) return;
        const [lo, hi] = bounds(cell);
        if (lo === hi) pinned.push(cell);
      }),
    ),
  );
  return pinned;
}
