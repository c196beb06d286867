/**
 * Custom requests shared by the client and the server (the client imports this file by relative
 * path; esbuild bundles it into both). Only plain types and method names: no runtime dependencies.
 */

export const SECTION = 'gongwen';
export const FIX_ALL_KIND = 'source.fixAll.gongwen';

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
