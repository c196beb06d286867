/**
 * Everything generated from rule metadata, in one module: the rules and settings tables in README.md,
 * docs/rules/<id>.md, the `gongwen.rules` settings schema in package.json and schemas/gongwenrc.schema.json;
 * and, from the pinned opencc-js dictionaries, the script checker's tables (server/src/core/script/opencc-data.ts).
 * `npm run generate` writes them (scripts/run-ts.mjs bundles this file with esbuild and runs it, < 1 s);
 * test/unit/generated.test.ts only checks that none is stale.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { allRules, CATEGORIES, CATEGORY_LABEL, SEVERITIES, type Rule } from '../server/src/core/index';
import { FACES, GBT9704, TYPE_SIZES_PT } from '../server/src/core/layout/spec';
import { openccDataModule } from './opencc-data';

export { CATEGORY_LABEL };
const SEVERITY_LABEL: Record<string, string> = { off: '关闭', hint: '提示', info: '信息', warning: '警告', error: '错误' };
const FIX_LABEL = { safe: '安全修复', suggestion: '建议', none: '—' };

function sortedRules(): Rule[] {
  return [...allRules].sort(
    (a, b) => CATEGORIES.indexOf(a.meta.category) - CATEGORIES.indexOf(b.meta.category) || a.meta.id.localeCompare(b.meta.id),
  );
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (s: string) => (s.includes('`') ? `\`\` ${s} \`\`` : `\`${s}\``);

export function rulesTable(): string {
  const rows = sortedRules().map((r) => {
    const m = r.meta;
    const ex = (m.examples ?? [])
      .slice(0, 2)
      .map(([a, b]) => `${code(a)} → ${code(b)}`)
      .join('<br>');
    return `| [\`${m.id}\`](docs/rules/${m.id}.md)<br>${cell(m.name.zh)} | ${CATEGORY_LABEL[m.category].zh} | ${SEVERITY_LABEL[m.defaultSeverity]} | ${FIX_LABEL[m.fixable ?? 'none']} | ${cell(m.description.zh)}<br><sub>${cell(m.description.en)}</sub> | ${cell(ex)} |`;
  });
  return ['| 规则 Rule | 类别 | 默认级别 | 修复 | 说明 Description | 示例（错 → 对） |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

export function settingsTable(
  pkg: { contributes: { configuration: { properties: Record<string, { default: unknown; description?: string }> } } },
  nls: Record<string, string>,
): string {
  const rows = Object.entries(pkg.contributes.configuration.properties).map(([key, p]) => {
    const desc = (p.description ?? '').replace(/^%(.+)%$/, (_, k: string) => nls[k] ?? k);
    return `| \`${key}\` | \`${JSON.stringify(p.default)}\` | ${cell(desc)} |`;
  });
  return ['| 设置 Setting | 默认值 Default | 说明 |', '|---|---|---|', ...rows].join('\n');
}

/**
 * JSON schema of one rule's setting: a severity, or { severity, options }. With `refs`, the severity enum
 * and the empty options object point to the schema's `definitions` (schemas/gongwenrc.schema.json);
 * without, everything is inline: VS Code's `contributes.configuration` supports no `$ref` (a relative or
 * `#/definitions` reference is not resolved there, microsoft/vscode#97662), so package.json keeps a
 * self-contained copy generated from this same function.
 */
export function ruleSettingSchema(r: Rule, refs = false): Record<string, unknown> {
  const m = r.meta;
  const props: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(m.defaultOptions)) {
    const declared = (m.optionsSchema?.[k] ?? {}) as Record<string, unknown>;
    props[k] = { type: Array.isArray(v) ? 'array' : typeof v, default: v, ...declared };
  }
  const severity = refs ? { $ref: '#/definitions/severity' } : { type: 'string', enum: [...SEVERITIES] };
  const options =
    refs && Object.keys(props).length === 0
      ? { $ref: '#/definitions/noOptions' }
      : { type: 'object', additionalProperties: false, properties: props };
  return {
    markdownDescription: `${m.description.zh}（${CATEGORY_LABEL[m.category].zh}，默认：${m.defaultSeverity}）\n\n${m.description.en}`,
    default: m.defaultSeverity,
    oneOf: [severity, { type: 'object', additionalProperties: false, properties: { severity, options } }],
  };
}

export function rulesSchemaProperties(refs = false): Record<string, unknown> {
  return Object.fromEntries(sortedRules().map((r) => [r.meta.id, ruleSettingSchema(r, refs)]));
}

export function configFileSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: '.gongwenrc.json',
    description: '公文校对配置文件 / gongwen-lint configuration',
    type: 'object',
    additionalProperties: false,
    definitions: {
      severity: { type: 'string', enum: [...SEVERITIES] },
      noOptions: { type: 'object', additionalProperties: false, properties: {} },
    },
    properties: {
      $schema: { type: 'string' },
      rules: {
        type: 'object',
        description: '按规则设置严重级别或选项 / per-rule severity or options',
        additionalProperties: false,
        properties: rulesSchemaProperties(true),
      },
      words: {
        type: 'object',
        description: '自定义用词 { "错误写法": "建议写法" }（按原文匹配）/ literal word replacements',
        additionalProperties: { type: 'string' },
      },
      protectedWords: { type: 'array', description: '受保护的词 / protected words', items: { type: 'string' } },
      script: {
        type: 'string',
        enum: ['auto', 'simplified', 'traditional', 'tw', 'hk'],
        default: 'auto',
        description: '文档字体 / document script',
      },
      structureMode: {
        type: 'string',
        enum: ['auto', 'gongwen', 'legal'],
        default: 'auto',
        description: '层级结构模式 / heading structure mode',
      },
      ignore: {
        type: 'array',
        description:
          '忽略的问题（编辑器中“忽略此问题”写入）：规则、原文及其前后文 / ignored findings (written by «忽略此问题»): rule, flagged text, text around it',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['rule', 'text'],
          properties: {
            rule: { type: 'string', enum: sortedRules().map((r) => r.meta.id), description: '规则名 / rule id' },
            text: { type: 'string', description: '被标出的原文 / the flagged text' },
            context: { type: 'string', description: '原文所在行中的前后文（含原文）/ the text around it on its line (contains text)' },
          },
        },
      },
      layout: layoutSchema(),
    },
  };
}

/** `layout`: the page, grid and type of the preview and the Word export (core/layout/spec.ts; GB/T 9704 by default). */
function layoutSchema(): Record<string, unknown> {
  const mm = (description: string, def: number) => ({ type: 'number', description, default: def });
  const s = GBT9704;
  const role = {
    type: 'object',
    additionalProperties: false,
    properties: {
      face: { type: 'string', enum: Object.keys(FACES), description: '字体 / typeface' },
      size: {
        anyOf: [
          { type: 'number', minimum: 5, maximum: 72 },
          { type: 'string', enum: Object.keys(TYPE_SIZES_PT) },
        ],
        description: '字号名（如“三号”）或磅值 / type size name or points',
      },
    },
  };
  return {
    type: 'object',
    description: '版式（预览、导出 Word），默认按 GB/T 9704—2012 / page layout of the preview and the Word export',
    additionalProperties: false,
    properties: {
      margins: {
        type: 'object',
        additionalProperties: false,
        properties: {
          topMm: mm('天头（毫米）/ top margin, mm', s.margins.topMm),
          leftMm: mm('订口（毫米）/ left margin, mm', s.margins.leftMm),
        },
      },
      typeArea: {
        type: 'object',
        additionalProperties: false,
        properties: {
          widthMm: mm('版心宽 / type area width, mm', s.typeArea.widthMm),
          heightMm: mm('版心高 / type area height, mm', s.typeArea.heightMm),
        },
      },
      grid: {
        type: 'object',
        additionalProperties: false,
        properties: {
          linesPerPage: { type: 'integer', default: s.grid.linesPerPage, description: '每面行数 / lines per page' },
          charsPerLine: { type: 'integer', default: s.grid.charsPerLine, description: '每行字数 / characters per line' },
        },
      },
      roles: { type: 'object', additionalProperties: false, properties: Object.fromEntries(Object.keys(s.roles).map((k) => [k, role])) },
      issuerMarkTopMm: mm('发文机关标志上边缘距版心上边缘 / issuer mark below the type area top, mm', s.issuerMarkTopMm),
      redRuleGapMm: mm('红色分隔线距发文字号 / red rule below the document number, mm', s.redRuleGapMm),
      red: { type: 'string', pattern: '^#[0-9a-fA-F]{6}$', default: s.red, description: '红色 / the red' },
    },
  };
}

/**
 * The fix policy (core/fixes.ts `isSafe`): `--fix`, fix-all, source.fixAll and format apply a fix only when it is
 * safe AND the problem's severity is warning or error; info and hint findings are fixed by quick fix only.
 */
function formatPolicy(m: Rule['meta']): string {
  if (m.fixable !== 'safe') return '否：仅快速修复或无修复 / no: quick fix only or no fix';
  if (m.defaultSeverity === 'warning' || m.defaultSeverity === 'error')
    return '是：快速修复、全部修复、`--fix`、保存时格式化（降为“信息”级的个别报告除外）/ yes: quick fix, fix all, `--fix`, format (except reports the rule downgrades to info)';
  return '否：默认级别低于“警告”，仅快速修复；把级别设为 warning 或 error 即启用 / no: below warning by default, quick fix only; set the rule to warning or error to opt in';
}

export function ruleDoc(r: Rule): string {
  const m = r.meta;
  const lines = [
    `# ${m.id}：${m.name.zh}`,
    '',
    `${m.description.zh}`,
    '',
    `*${m.description.en}*`,
    '',
    '| | |',
    '|---|---|',
    `| 类别 Category | ${CATEGORY_LABEL[m.category].zh} (${m.category}) |`,
    `| 默认级别 Default severity | ${m.defaultSeverity} |`,
    `| 自动修复 Fix | ${m.fixable === 'safe' ? '安全修复 / safe' : m.fixable === 'suggestion' ? '建议：仅快速修复 / suggestion: quick fix only' : '无 / none'} |`,
    `| 格式化时自动修复 Applied by format | ${formatPolicy(m)} |`,
    ...(m.aliases?.length ? [`| 目录编号 Catalogue | ${m.aliases.join(', ')} |`] : []),
    '',
  ];
  if (m.examples?.length) {
    lines.push(
      '## 示例 Examples',
      '',
      '| 错 Wrong | 对 Right |',
      '|---|---|',
      ...m.examples.map(([a, b]) => `| ${code(a)} | ${code(b)} |`),
      '',
    );
  }
  const messages = [...new Set(Object.values(m.messages).map((t) => `- ${t.zh}<br>${t.en}`))];
  lines.push('## 提示信息 Messages', '', ...messages, '');
  const opts = Object.entries(m.defaultOptions);
  if (opts.length) {
    lines.push('## 选项 Options', '', '| 选项 | 默认值 | 说明 |', '|---|---|---|');
    for (const [k, v] of opts) {
      const d = (m.optionsSchema?.[k] as { description?: string } | undefined)?.description ?? '';
      lines.push(`| \`${k}\` | \`${JSON.stringify(v)}\` | ${cell(d)} |`);
    }
    lines.push('');
  }
  lines.push(
    '## 配置 Configuration',
    '',
    '```jsonc',
    '// .gongwenrc.json',
    `{ "rules": { "${m.id}": "${m.defaultSeverity === 'off' ? 'warning' : 'off'}" } }`,
    '```',
    '',
    `行内禁用 / inline: \`<!-- gongwen-disable-next-line ${m.id} -->\``,
    '',
  );
  return lines.join('\n');
}

export function replaceBetween(text: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`markers ${start} … ${end} missing`);
  return `${text.slice(0, i + start.length)}\n${body}\n${text.slice(j)}`;
}

type Pkg = {
  contributes: { configuration: { properties: Record<string, { default: unknown; description?: string; properties?: unknown }> } };
};
const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

/** Every generated file (path relative to the repository root → expected content), from the files on disk under `root`. */
export function generatedFiles(root: string): Map<string, string> {
  const read = (rel: string) => readFileSync(join(root, rel), 'utf8');
  const pkg = JSON.parse(read('package.json')) as Pkg;
  const nls = JSON.parse(read('package.nls.json')) as Record<string, string>;
  pkg.contributes.configuration.properties['gongwen.rules'].properties = rulesSchemaProperties();
  const out = new Map<string, string>();
  out.set('package.json', json(pkg));
  out.set('schemas/gongwenrc.schema.json', json(configFileSchema()));
  out.set('README.md', replaceBetween(replaceBetween(read('README.md'), 'rules', rulesTable()), 'settings', settingsTable(pkg, nls)));
  for (const r of allRules) out.set(`docs/rules/${r.meta.id}.md`, ruleDoc(r));
  out.set('server/src/core/script/opencc-data.ts', openccDataModule());
  return out;
}

/** docs/rules pages of rules that no longer exist. */
export function orphanRuleDocs(root: string): string[] {
  const dir = join(root, 'docs', 'rules');
  const ids = new Set(allRules.map((r) => `${r.meta.id}.md`));
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.md') && !ids.has(f))
        .map((f) => `docs/rules/${f}`)
    : [];
}

/** Writes what changed, deletes orphan rule docs; returns the touched paths. */
export function writeGenerated(root: string): string[] {
  const touched: string[] = [];
  for (const [rel, text] of generatedFiles(root)) {
    const file = join(root, rel);
    if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    touched.push(rel);
  }
  for (const rel of orphanRuleDocs(root)) {
    unlinkSync(join(root, rel));
    touched.push(`${rel} (deleted)`);
  }
  return touched;
}

/** `npm run generate [-- --root <dir>]` */
export function main(argv: string[]): void {
  const i = argv.indexOf('--root');
  const root = resolve(i >= 0 ? argv[i + 1] : process.cwd());
  const t0 = Date.now();
  const touched = writeGenerated(root);
  for (const rel of touched) console.log(`generate: wrote ${rel}`);
  console.log(
    `generate: ${touched.length ? `${touched.length} file(s) updated` : 'everything up to date / 已是最新'} (${Date.now() - t0} ms)`,
  );
}
