/**
 * Custom requests shared by the client and the server (the client imports this file by relative
 * path; esbuild bundles it into both). Only plain types and method names: no runtime dependencies.
 */

export const SECTION = 'gongwen';
export const FIX_ALL_KIND = 'source.fixAll.gongwen';

/**
 * Codes of the server's own diagnostics that are no rule's finding (a file not checked, too many problems, a config
 * file's issues): they link no rule page. Every other code of a diagnostic with source SECTION is a rule id.
 */
export const OWN_CODES = { skipped: 'skipped', truncated: 'truncated', config: 'config' } as const;

export interface Pos {
  line: number;
  character: number;
}
export interface Rng {
  start: Pos;
  end: Pos;
}

/** gongwen/stats: figures for the status bar. */
export const StatsRequest = 'gongwen/stats';
export interface StatsParams {
  uri: string;
}
export interface StatsResult {
  /** 字数: Han characters. */
  hanCount: number;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
  /** Problems with a fix (safe or suggestion); `safeFixable` of them are applied by 修复所有可自动修复的问题 / Format Document. */
  fixable?: number;
  safeFixable?: number;
  /** The document's detected script, when the script rules are present. */
  script?: { script: string; label: string; confidence: number };
  /** Where the configuration came from: a .gongwenrc.json path or 'settings'. */
  configSource: string;
}

/** gongwen/outline: the heading tree with its numbering problems, for the 公文结构 view. */
export const OutlineRequest = 'gongwen/outline';
export interface OutlineParams {
  uri: string;
}
export interface OutlineNodeDto {
  /** A 公文 element at the top level of the view (its ElementKind: 'title', 'body', 'attachment'…); absent for headings. */
  element?: string;
  label: string;
  marker: string;
  level: number;
  range: Rng;
  selectionRange: Rng;
  problems: { message: string; rule: string; severity: string }[];
  children: OutlineNodeDto[];
}
export interface OutlineResult {
  version: number;
  nodes: OutlineNodeDto[];
}

/**
 * gongwen/elements: the 公文 element model of a document (server/src/core/elements/types.ts) with LSP ranges, for
 * clients that lay the document out (the preview) or show it (docs/api.md). `form` is 'none' for a text that
 * is no 公文: then `elements` holds the one 'body' over the whole text.
 */
export const ElementsRequest = 'gongwen/elements';
export interface ElementsParams {
  uri: string;
}
export interface ElementDto {
  /** ElementKind: copyNumber, secrecy, urgency, issuerMark, docNumber, signer, issueLine, title, recipients, body, attendance,
   * attachmentNote, signature, date, note, attachment, recordRule, cc, printer. */
  kind: string;
  /** 'head' 版头, 'main' 主体, 'record' 版记. */
  part: string;
  /** The element's name in the server's locale (标题, 主送机关…). */
  name: string;
  range: Rng;
  /** The value without its label (after 抄送：, the date, the title text). */
  valueRange: Rng;
  /** Lists: 附件说明 items (marker '1'), 抄送 organs, 签发人 and 出席 names (marker ''). */
  items?: { marker: string; range: Rng }[];
  /** 附件 pages: the number of 附件N (0 for a lone 附件) and the title line's range when found. */
  number?: number;
  titleRange?: Rng;
}
export interface ElementsResult {
  version: number;
  /** 'standard' | 'letter' | 'order' | 'minutes' | 'none'. */
  form: string;
  /** One of the 15 legal 文种 from the title, or null; genreWord: the title's 文种 word as written. */
  genre: string | null;
  genreWord: string | null;
  elements: ElementDto[];
}

/** gongwen/renumber: one versioned edit that renumbers a sibling group or the whole document. */
export const RenumberRequest = 'gongwen/renumber';
export interface RenumberParams {
  uri: string;
  scope: 'document' | 'siblings';
  position?: Pos;
}

/** gongwen/convertScript: convert the document or a range to simplified / traditional. */
export const ConvertScriptRequest = 'gongwen/convertScript';
export interface ConvertScriptParams {
  uri: string;
  to: 'simplified' | 'tw' | 'hk' | 'traditional';
  range?: Rng;
}

/** Result of renumber / convertScript: versioned edits (refused by the client if the document changed). */
export interface VersionedEditResult {
  uri: string;
  version: number;
  edits: { range: Rng; newText: string }[];
  /** Human summary, e.g. 「将修改 3 处编号」. */
  summary: string;
}

/** gongwen/exportDocx: write the open document as a .docx in GB/T 9704 layout (导出为 Word). */
export const ExportDocxRequest = 'gongwen/exportDocx';
export interface ExportDocxParams {
  uri: string;
  /** Absolute file-system path of the .docx to write. */
  target: string;
}
/** gongwen/importDocx: a .docx file's text for a new .gongwen document (从 Word 导入). */
export const ImportDocxRequest = 'gongwen/importDocx';
export interface ImportDocxParams {
  /** Absolute file-system path of the .docx to read. */
  path: string;
}
/** Answer of both: ok with the text (import), or the one clear message why not. */
export interface DocxResult {
  ok: boolean;
  text?: string;
  message: string;
}

/** gongwen/preview: the document laid out on GB/T 9704 pages (core/layout) for the 公文预览 webview. */
export const PreviewRequest = 'gongwen/preview';
export interface PreviewParams {
  uri: string;
}
/** A line run: text, role (spec.ts TextRole), source offset, finding index. */
export interface PreviewSeg {
  text: string;
  role: string;
  start: number;
  mark?: number;
}
export interface PreviewLine {
  yMm: number;
  xMm: number;
  widthMm: number;
  align: 'left' | 'center' | 'right';
  sizePt?: number;
  red?: boolean;
  segs: PreviewSeg[];
  srcLine: number;
  element: string;
}
export interface PreviewPage {
  number: number;
  label: string | null;
  lines: PreviewLine[];
  rules: { yMm: number; xMm: number; widthMm: number; thicknessMm: number; red: boolean }[];
  firstLine: number;
  lastLine: number;
}
export interface PreviewResult {
  version: number;
  /** Set when the document is not laid out (too large, binary): the message to show instead of pages. */
  refused?: string;
  form?: string;
  pages?: PreviewPage[];
  marks?: { message: string; severity: string; rule: string }[];
  /** Page geometry (mm), grid and per-role type (face id, size in pt) from core/layout/spec.ts. */
  spec?: {
    page: { widthMm: number; heightMm: number };
    typeArea: { widthMm: number; heightMm: number };
    margins: { topMm: number; leftMm: number };
    grid: { linesPerPage: number; charsPerLine: number };
    roles: Record<string, { face: string; sizePt: number; red?: boolean }>;
    red: string;
    pageNumber: { belowTypeAreaMm: number };
  };
  /** Face id → the standard's name and the CSS family stack (standard faces first). */
  faces?: Record<string, { label: string; cssStack: readonly string[]; standardNames: number }>;
}

/** gongwen/templates: the 公文 templates of 「新建公文」 (core/templates) as VS Code snippets. */
export const TemplatesRequest = 'gongwen/templates';
export interface TemplateDto {
  id: string;
  label: { zh: string; en: string };
  description: { zh: string; en: string };
  snippet: string;
}

/** One ignored finding (core IgnoreEntry): the rule, the flagged text, the text around it on its line. */
export interface IgnoreEntryDto {
  rule: string;
  text: string;
  context?: string;
}

/**
 * The client command behind the quick fix «忽略此问题» (plain text and .gongwen): it stores the entry in the
 * `.gongwenrc.json` that applies (`configFile`) or in the workspace state (see gongwen.ignoreStorage).
 */
export const IGNORE_COMMAND = 'gongwen.ignoreProblem';
export interface IgnoreCommandArgs {
  uri: string;
  entry: IgnoreEntryDto;
  /**
   * A grouped diagnostic (4 or more findings of one rule on one line, lsp/grouping.ts): one entry per finding, all
   * ignored together (`entry` is the first of them). Absent for a single finding.
   */
  entries?: IgnoreEntryDto[];
  /** The config file that applies to the document, if any. */
  configFile?: string;
  /** The rule's short name, for the confirmation message. */
  ruleName: string;
}

/** gongwen/setIgnored (client → server notification): the ignore list kept in the workspace state. */
export const SetIgnoredNotification = 'gongwen/setIgnored';
export interface SetIgnoredParams {
  entries: IgnoreEntryDto[];
}

/** gongwen/ignoreEdit: the edits that add or remove ignore entries in the text of a .gongwenrc.json. */
export const IgnoreEditRequest = 'gongwen/ignoreEdit';
export interface IgnoreEditParams {
  /** The config file's current text ('' for a new file). */
  text: string;
  add?: IgnoreEntryDto[];
  remove?: IgnoreEntryDto[];
}
export interface IgnoreEditResult {
  /** Offset edits of `text` (none when nothing changes). */
  edits: { start: number; end: number; newText: string }[];
  /** The valid entries of `text` before the edit. */
  entries: IgnoreEntryDto[];
}

/** gongwen/problems: the document's findings by category, then rule (the «问题（按类别）» view). */
export const ProblemsRequest = 'gongwen/problems';
export interface ProblemsParams {
  uri: string;
}
export interface ProblemsResult {
  version: number;
  categories: {
    category: string;
    label: string;
    rules: { rule: string; name: string; problems: { message: string; severity: string; range: Rng }[] }[];
  }[];
}
