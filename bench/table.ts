/** Prints aligned rows: a label, then the columns. Benchmark output only. */
export type Cell = string | number;

export function printTable(title: string, header: Cell[], rows: Cell[][]): void {
  const all = [header, ...rows].map((row) => row.map(format));
  const widths = all[0]?.map((_, c) => Math.max(...all.map((row) => (row[c] ?? '').length))) ?? [];
  const line = (row: string[]) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('   ');
  console.log(`\n${title}`);
  all.forEach((row, i) => {
    console.log(`  ${line(row)}`);
    if (i === 0) console.log(`  ${widths.map((w) => '-'.repeat(w)).join('   ')}`);
  });
}

function format(cell: Cell): string {
  if (typeof cell === 'string') return cell;
  if (Number.isInteger(cell)) return cell.toLocaleString('en-US');
  return cell.toFixed(cell < 10 ? 3 : 1);
}

/** ours / baseline, or a dash when the baseline is 0. */
export function ratio(ours: number, baseline: number): string {
  return baseline === 0 ? '-' : (ours / baseline).toFixed(2);
}

export function percent(share: number): string {
  return `${(100 * share).toFixed(1)} %`;
}
