import type { RatioInterval, Summary } from './stats';

/** One budget line: the target, what was measured, and whether it was met. */
export interface BudgetCheck {
  name: string;
  target: string;
  measured: string;
  /** 'unresolved' when the estimate meets the target but its interval reaches past it. */
  met: boolean | 'unresolved';
}

/** Result of one suite: its section of docs/benchmarks.md and its budget lines. */
export interface SuiteResult {
  title: string;
  markdown: string;
  budgets: BudgetCheck[];
}

export function table(headers: string[], rows: string[][]): string {
  const lines = [headers, headers.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`);
  return lines.join('\n');
}

export function formatMs(value: number): string {
  if (value >= 100) return `${value.toFixed(0)} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  return `${value.toFixed(2)} ms`;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}

/** Formats a ratio as a signed percentage change, e.g. 1.012 as "+1.2%". */
export function formatChange(ratio: number, digits = 1): string {
  return `${ratio >= 1 ? '+' : '−'}${Math.abs((ratio - 1) * 100).toFixed(digits)}%`;
}

/** Formats a ratio as a signed percentage change with its interval, e.g. "+1.2% (−0.4% to +2.9%)". */
export function formatRatio(interval: RatioInterval): string {
  return `${formatChange(interval.ratio)} (${formatChange(interval.low)} to ${formatChange(interval.high)})`;
}

export function formatSummaryMs(summary: Summary): string {
  return `${formatMs(summary.median)} / ${formatMs(summary.p95)}`;
}
