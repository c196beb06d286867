/**
 * Core types of the checker. Offsets are UTF-16 code-unit indices into the document text
 * (= JS string indices = the LSP default position encoding). Ranges are half-open [start, end).
 * Nothing in `core/` imports vscode*, node:* or ../lsp (enforced by test/unit/architecture.test.ts).
 */

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type RuleSeverity = Severity | 'off';
export const SEVERITIES: readonly RuleSeverity[] = ['off', 'hint', 'info', 'warning', 'error'];

/** The fixed vocabulary of rule families. */
export type Category = 'structure' | 'element' | 'punctuation' | 'number' | 'script' | 'repetition' | 'residue' | 'wording';
export const CATEGORIES: readonly Category[] = [
  'structure',
  'element',
  'punctuation',
  'number',
  'script',
  'repetition',
  'residue',
  'wording',
];

/** The categories' names (README, rule docs, the «问题（按类别）» view). */
export const CATEGORY_LABEL: Readonly<Record<Category, { readonly zh: string; readonly en: string }>> = {
  structure: { zh: '结构层次', en: 'Structure' },
  element: { zh: '要素', en: 'Elements' },
  punctuation: { zh: '标点', en: 'Punctuation' },
  number: { zh: '数字', en: 'Numbers' },
  script: { zh: '繁简', en: 'Script' },
  repetition: { zh: '重复', en: 'Repetition' },
  residue: { zh: '残留', en: 'Residue' },
  wording: { zh: '用词', en: 'Wording' },
};

export type Locale = 'zh' | 'en';

/** A message or description in both user languages. 简体中文 first. */
export interface Text2 {
  readonly zh: string;
  readonly en: string;
}

export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/** One atomic fix: its edits never overlap and are applied together or not at all. `title` is rendered. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

/** A message of the reporting rule's meta.messages, with its {{placeholders}} data (rendered by the engine). */
export interface MessageRef {
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
}

/** An alternative fix offered by a rule: its title is one of the rule's messages. */
export interface SuggestionDescriptor extends MessageRef {
  readonly edits: readonly TextEdit[];
}

/** A minimal JSON schema fragment, copied into package.json and the config schema. */
export type JsonSchema = Readonly<Record<string, unknown>>;

export interface RuleMeta<O extends object = object> {
  /** kebab-case, == file name under rules/, never renamed. */
  readonly id: string;
  /** Short name (≤ 10 汉字) for titles and hovers: 「修复本文档中所有“半角标点”问题」. The id stays the diagnostic code. */
  readonly name: Text2;
  /** Catalogue codes such as 'GW-PUNCT-001'; accepted in directives. */
  readonly aliases?: readonly string[];
  readonly category: Category;
  readonly defaultSeverity: RuleSeverity;
  /** safe: quick fix + fix-all + format. suggestion: quick fix only. Unset: no fix. */
  readonly fixable?: 'safe' | 'suggestion';
  readonly description: Text2;
  /** messageId → template with {{name}} placeholders: diagnostics, fix and suggestion titles, related notes. */
  readonly messages: Readonly<Record<string, Text2>>;
  readonly defaultOptions: Readonly<O>;
  readonly optionsSchema?: JsonSchema;
  /** Examples for the docs: [wrong, right]. */
  readonly examples?: readonly (readonly [string, string])[];
  /**
   * The rule's reports own their span (residue family: pinyin annotations, web clutter): the engine drops the
   * problems of every rule without `ownsSpan` that lie fully inside such a span. One defect, one report.
   */
  readonly ownsSpan?: boolean;
  /**
   * 'paragraph': the rule looks at one line (paragraph) at a time: it reads only `ctx.segments` and the text of
   * their own lines (plus the script decision and the heading markers of those lines), and reports inside the line.
   * Its problems are then cached per line (core/incremental.ts). Default: the whole document.
   */
  readonly scope?: 'paragraph';
}

/** A run of prose on one line: no URL, e-mail, path, code or HTML comment inside it. */
export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Index into DocumentModel.lines. */
  readonly line: number;
  /** Character-class bits (chars.ts C_*) of the segment's text: a rule skips segments lacking what its pattern needs. */
  readonly chars: number;
}

export interface Line {
  readonly index: number;
  readonly start: number;
  /** End of the line's content (before \r\n or \n). */
  readonly end: number;
  readonly text: string;
  /** True when the line is entirely non-prose (code fence content, front matter, comment). */
  readonly masked: boolean;
  /** Character-class bits (chars.ts C_*) of the line's prose segments (masked text not included). */
  readonly chars: number;
}

export type DocumentLanguage = 'plaintext' | 'markdown' | 'gongwen';

export interface DocumentModel {
  readonly text: string;
  readonly language: DocumentLanguage;
  readonly lines: readonly Line[];
  readonly segments: readonly Segment[];
  readonly eol: '\n' | '\r\n' | '\r';
  /** 1 for a masked (non-prose) code unit, 0 for prose. */
  readonly mask: Uint8Array;
  lineAt(offset: number): number;
}

/** Another place the problem refers to (e.g. the first occurrence of a duplicate), with a note from meta.messages. */
export interface RelatedInfo extends MessageRef {
  readonly start: number;
  readonly end: number;
}

export interface ReportDescriptor {
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly start: number;
  readonly end: number;
  /** Edits of the rule's own fix; the engine wraps them into a Fix titled by `fixTitle` (default: 修复此问题). */
  readonly fix?: readonly TextEdit[];
  readonly fixTitle?: MessageRef;
  /** Overrides meta.fixable for this report (e.g. a rule whose fixes are safe in one case only). */
  readonly fixKind?: 'safe' | 'suggestion';
  readonly suggestions?: readonly SuggestionDescriptor[];
  readonly related?: readonly RelatedInfo[];
  /** Overrides the configured severity for this one report (e.g. near-duplicates are info). */
  readonly severity?: Severity;
}

/** Settings shared by all rules (from .gongwenrc.json or VS Code settings). */
export interface SharedSettings {
  /** User's literal word replacements: wrong → right. */
  readonly words: Readonly<Record<string, string>>;
  /** Literal words never flagged by any rule (names, 专名). */
  readonly protectedWords: readonly string[];
  /** Script of the document: auto-detected or forced. */
  readonly script: 'auto' | 'simplified' | 'traditional' | 'tw' | 'hk';
  /** Structure mode: auto-detected 公文 or 法规体, or forced. */
  readonly structureMode: 'auto' | 'gongwen' | 'legal';
}

export const DEFAULT_SHARED: SharedSettings = { words: {}, protectedWords: [], script: 'auto', structureMode: 'auto' };

export interface RuleContext<O extends object = object> {
  readonly doc: DocumentModel;
  readonly text: string;
  readonly segments: readonly Segment[];
  readonly options: Readonly<O>;
  readonly shared: SharedSettings;
  /** Analyses shared between rules, computed at most once per check (e.g. the heading outline). */
  memo<T>(key: string, compute: () => T): T;
  report(descriptor: ReportDescriptor): void;
}

export interface Rule<O extends object = object> {
  readonly meta: RuleMeta<O>;
  check(context: RuleContext<O>): void;
  /**
   * For rules with an expensive first-time initialisation (e.g. the OpenCC dictionaries): with
   * CheckOptions.deferUnready the engine skips the rule until isReady(), and the caller warms it
   * off the first-diagnostics path. Without deferUnready, check() initialises on demand.
   */
  readonly lazy?: { isReady(): boolean; warm(): void };
}

/** A finding, fully rendered in CheckOptions.locale (message, fix and suggestion titles, related notes). */
export interface Problem {
  readonly ruleId: string;
  readonly category: Category;
  readonly messageId: string;
  readonly message: string;
  readonly severity: Severity;
  readonly start: number;
  readonly end: number;
  /** Present for fixable problems; `fix.kind` says whether it is safe for fix-all/format. */
  readonly fix?: Fix & { readonly kind: 'safe' | 'suggestion' };
  readonly suggestions?: readonly Fix[];
  readonly related?: readonly { start: number; end: number; message: string }[];
}

export type RuleSetting = RuleSeverity | { readonly severity?: RuleSeverity; readonly options?: object };
export type RulesConfig = Readonly<Record<string, RuleSetting>>;

/** One ignored finding (core/ignore.ts): the rule, the flagged text and, optionally, the text around it on its line. */
export interface IgnoreEntry {
  readonly rule: string;
  readonly text: string;
  readonly context?: string;
}

/** A validated configuration (from .gongwenrc.json, VS Code settings or CLI flags). */
export interface Config {
  readonly rules: RulesConfig;
  readonly shared: SharedSettings;
  /** Findings left out of the results («忽略此问题»; `ignore` in .gongwenrc.json). */
  readonly ignore?: readonly IgnoreEntry[];
  /** `layout` of .gongwenrc.json: page, grid, faces and sizes for the preview and the Word export (core/layout/spec.ts). */
  readonly layout?: Readonly<Record<string, unknown>>;
}

export interface CheckOptions {
  readonly config?: Partial<Config>;
  readonly language?: DocumentLanguage;
  readonly locale?: Locale;
  /** Only run these rules (the rule tester, fix-one-rule). */
  readonly onlyRules?: readonly string[];
  /** Skip lazy rules that are not initialised yet (the language server's first diagnostics). */
  readonly deferUnready?: boolean;
}
