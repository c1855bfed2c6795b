// Small helpers shared by the benchmark scripts: percentiles and plain-text tables.

/** Nearest-rank percentile (the same rule as `lede time`), q in (0, 1]. */
export function percentile(values, q) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(Math.max(Math.ceil(q * sorted.length), 1), sorted.length);
  return sorted[rank - 1];
}

export const median = (values) => percentile(values, 0.5);

/** Formats rows (arrays of cells) under a header row: first column left, the rest right. */
export function table(header, rows) {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const line = (row) => "  " + row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(cells[0]), line(widths.map((w) => "-".repeat(w))), ...cells.slice(1).map(line)].join("\n");
}

export const ms = (x) => (Number.isFinite(x) ? x.toFixed(2) : "-");
export const ratio = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}x` : "-");
