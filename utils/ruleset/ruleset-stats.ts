import type { CategoryStats } from '../ruleset-compiler';
import type { LicenceFileRecord, SourceFileRecord } from './list-inputs';

/** Contents of public/rulesets/stats.json. */
export interface RulesetStatsFile {
  compilerVersion: number;
  /** Hash of everything that changes the outputs. Equal hashes mean the outputs are current. */
  inputHash: string;
  maxDomainsPerRule: number;
  categories: CategoryStats[];
  totals: StatsTotals;
  sources: SourceFileRecord[];
  licences: LicenceFileRecord[];
}

export type StatsTotals = Omit<CategoryStats, 'categoryId' | 'invalidExamples'>;

const TOTAL_KEYS = [
  'domainsIn',
  'invalidLines',
  'afterMerge',
  'afterFolding',
  'removedByNeverBlock',
  'exceptions',
  'domainsOut',
  'rulesOut',
  'bytes',
] as const satisfies readonly (keyof StatsTotals)[];

/** Adds up the numeric stats of all categories. */
export function sumCategoryStats(categories: readonly CategoryStats[]): StatsTotals {
  const totals = Object.fromEntries(TOTAL_KEYS.map((key) => [key, 0])) as StatsTotals;
  for (const stats of categories) {
    for (const key of TOTAL_KEYS) totals[key] += stats[key];
  }
  return totals;
}

/** Formats the per-category stats as a fixed-width table for the build log. */
export function formatSummaryTable(stats: RulesetStatsFile): string {
  const header = ['category', 'lines in', 'invalid', 'merged', 'folded', 'out', 'rules', 'KiB'];
  const rows = [
    header,
    ...stats.categories.map((category) => formatRow(category.categoryId, category)),
    formatRow('total', stats.totals),
  ];
  const widths = header.map((_, column) => Math.max(...rows.map((cells) => (cells[column] ?? '').length)));

  const lines = rows.map((cells) =>
    cells.map((cell, column) => {
      const width = widths[column] ?? 0;
      return column === 0 ? cell.padEnd(width) : cell.padStart(width);
    }),
  );
  return lines.map((cells) => cells.join('  ')).join('\n');
}

function formatRow(name: string, values: StatsTotals): string[] {
  const counts = [
    values.domainsIn,
    values.invalidLines,
    values.afterMerge,
    values.afterFolding,
    values.domainsOut,
    values.rulesOut,
  ];
  return [name, ...counts.map((count) => count.toLocaleString('en-US')), (values.bytes / 1024).toFixed(0)];
}
