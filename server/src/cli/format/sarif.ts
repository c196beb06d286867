/** `--format sarif`: SARIF 2.1.0 with every rule in the driver, 1-based UTF-16 regions. */
import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { allRules, type Locale, type Severity } from '../../core/index';
import { readVersion } from '../help';
import type { FileResult } from './common';

function sarifLevel(s: Severity | 'off'): 'error' | 'warning' | 'note' | 'none' {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : s === 'off' ? 'none' : 'note';
}

function ruleDescriptors(locale: Locale): object[] {
  return allRules.map((r) => ({
    id: r.meta.id,
    shortDescription: { text: r.meta.description[locale] },
    fullDescription: { text: `${r.meta.description.zh} / ${r.meta.description.en}` },
    helpUri: `docs/rules/${r.meta.id}.md`,
    defaultConfiguration: { level: sarifLevel(r.meta.defaultSeverity), enabled: r.meta.defaultSeverity !== 'off' },
    properties: {
      category: r.meta.category,
      tags: [r.meta.category],
      ...(r.meta.aliases?.length ? { aliases: r.meta.aliases } : {}),
      ...(r.meta.fixable ? { fixable: r.meta.fixable } : {}),
    },
  }));
}

export function formatSarif(results: readonly FileResult[], cwd: string, locale: Locale): string {
  return `${JSON.stringify(toSarif(results, cwd, locale), null, 2)}\n`;
}

function toSarif(results: readonly FileResult[], cwd: string, locale: Locale): object {
  const ruleIndex = new Map(allRules.map((r, i) => [r.meta.id, i]));
  const uriFor = (f: FileResult): { uri: string; uriBaseId?: string } => {
    if (!f.abs) return { uri: encodeURI(f.path.split(sep).join('/')) };
    const rel = relative(cwd, f.abs);
    if (rel && !rel.startsWith('..') && !isAbsolute(rel))
      return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
    return { uri: pathToFileURL(f.abs).href };
  };
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'gongwen-lint',
            version: readVersion(),
            rules: ruleDescriptors(locale),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href } },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((f) =>
          f.problems.map((p) => {
            const s = f.index.position(p.start);
            const e = f.index.position(p.end);
            return {
              ruleId: p.ruleId,
              ...(ruleIndex.has(p.ruleId) ? { ruleIndex: ruleIndex.get(p.ruleId) } : {}),
              level: sarifLevel(p.severity),
              message: { text: p.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: uriFor(f),
                    region: { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 },
                  },
                },
              ],
              properties: { category: p.category, fixable: p.fix?.kind === 'safe' },
            };
          }),
        ),
      },
    ],
  };
}
