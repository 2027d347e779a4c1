/**
 * Small-cell suppression with complementary suppression, for any set of counts that adds up to a
 * published total (responses per day, the groups of a breakdown…).
 *
 * Cells with 0 < count < k are hidden. If the hidden cells (plus any group never shown, `unshown`)
 * hold fewer than k people, the total minus the visible cells would reveal them: the smallest
 * visible cells are hidden too until the hidden mass reaches k (or everything is hidden).
 */
export function cellsToHide<K>(cells: readonly { key: K; count: number }[], k: number, unshown = 0): Set<K> {
  const hidden = new Set<K>();
  let mass = unshown;
  for (const cell of cells) {
    if (cell.count > 0 && cell.count < k) {
      hidden.add(cell.key);
      mass += cell.count;
    }
  }
  const visible = cells.filter((c) => !hidden.has(c.key) && c.count > 0).toSorted((a, b) => a.count - b.count);
  while (mass > 0 && mass < k && visible.length > 0) {
    const next = visible.shift()!;
    hidden.add(next.key);
    mass += next.count;
  }
  return hidden;
}
