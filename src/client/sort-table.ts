/**
 * Sortable tables: each column heading marked `data-sort="text|number|date"`
 * becomes a button that sorts the rows by that column, and the heading's
 * `aria-sort` says how the table is sorted now. Without this script the
 * table reads the same, in the order the build wrote it (which `aria-sort`
 * in the HTML already states). The ordering itself is src/shared/table-sort.ts.
 */
import { firstDirection, sortOrder, type SortDirection, type SortKind } from '../shared/table-sort.ts';

const KINDS: readonly string[] = ['text', 'number', 'date'] satisfies SortKind[];

/** What a cell sorts by: a date by its `datetime` (its text is for reading), anything else by its text. */
function keyOf(cell: HTMLTableCellElement | undefined, kind: SortKind): string {
  if (!cell) return '';
  return (kind === 'date' ? cell.querySelector('time')?.getAttribute('datetime') : undefined) ?? cell.textContent ?? '';
}

function enhance(table: HTMLTableElement): void {
  const body = table.tBodies[0];
  const headers = [...(table.tHead?.rows[0]?.cells ?? [])];
  if (!body || headers.length === 0) return;
  // The build's order: ties in any column fall back to it, so every sort is the same for every reader.
  const rows = [...body.rows];
  const locale = document.documentElement.lang || 'en';
  const keys = new Map<number, string[]>();
  headers.forEach((th, column) => {
    const kind = th.dataset['sort'] as SortKind | undefined;
    if (!kind || !KINDS.includes(kind)) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => {
      const now = th.getAttribute('aria-sort');
      const direction: SortDirection = now === 'descending' ? 'ascending' : now === 'ascending' ? 'descending' : firstDirection(kind);
      const columnKeys = keys.get(column) ?? keys.set(column, rows.map((row) => keyOf(row.cells[column], kind))).get(column)!;
      body.append(...sortOrder(columnKeys, kind, direction, locale).map((i) => rows[i]!));
      for (const other of headers) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', direction);
    });
  });
  // Styles that only make sense with working buttons (the phone layout's sort bar) key on this.
  table.classList.add('is-sortable');
}

export function enhanceSortableTables(): void {
  for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) enhance(table);
}
