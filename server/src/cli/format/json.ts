/** `--format json`: the documented version-1 shape (docs/cli.md), 0-based UTF-16 positions. */
import type { FileResult } from './common';

export function formatJson(results: readonly FileResult[]): string {
  const json = {
    version: 1,
    files: results.map((f) => ({
      path: f.path,
      diagnostics: f.problems.map((p) => ({
        rule: p.ruleId,
        category: p.category,
        severity: p.severity,
        message: p.message,
        range: { start: f.index.position(p.start), end: f.index.position(p.end) },
        fix: p.fix?.kind === 'safe',
      })),
    })),
  };
  return `${JSON.stringify(json)}\n`;
}
