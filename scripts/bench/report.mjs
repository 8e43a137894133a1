import { budgetText, METRICS, withinBudget, worseThanBaseline } from './figures.mjs';

/**
 * Checks every figure measured against its budget and the baseline's figures; returns one row per figure, with
 * `overBudget` and `worse` set where it fails.
 */
export function assess(figures, baseline) {
  return METRICS.filter((metric) => metric.key in figures).map((metric) => {
    const value = figures[metric.key];
    const base = baseline?.[metric.key];
    return {
      metric,
      value,
      minimal: metric.minimal ? figures[metric.minimal] : undefined,
      base,
      overBudget: !withinBudget(metric, figures),
      worse: Boolean(metric.compare) && worseThanBaseline(value, base),
    };
  });
}

/** The rows as a plain-text table, with ⚠ where a figure breaks its budget or slipped from the baseline. */
export function formatTable(rows) {
  const header = ['Figure', 'App', 'Minimal', 'Baseline', 'Budget', ''];
  const lines = rows.map(({ metric, value, minimal, base, overBudget, worse }) => [
    metric.label,
    Number.isFinite(value) ? metric.format(value) : 'n/a',
    minimal === undefined ? '' : metric.format(minimal),
    metric.compare && typeof base === 'number' ? metric.format(base) : '',
    budgetText(metric),
    [overBudget ? '⚠ over budget' : '', worse ? '⚠ >10% worse than baseline' : ''].filter(Boolean).join(', '),
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...lines].map((line) => line[i].length)));
  const render = (line) =>
    line
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [render(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(render)].join('\n');
}
