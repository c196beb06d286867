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
