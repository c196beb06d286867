/**
 * Types of the 公文 element model (GB/T 9704—2012 §7, §10): the contract shared by the element rules,
 * the LSP (documentSymbol, the 公文结构 view, the `gongwen/elements` request), the preview and the
 * Word export/import. Pure data; the recogniser lives beside this file (elements/index.ts).
 *
 * Offsets are UTF-16 offsets into the checked text, ranges are half-open [start, end) and cover whole
 * lines without their line break unless stated. A document that is not a 公文 (work report, speech)
 * has `form: 'none'` and only the `body` element, so consumers degrade to the outline alone.
 */

/** 版头 / 主体 / 版记. */
export type ElementPart = 'head' | 'main' | 'record';

export type ElementKind =
  // 版头 (§7.2)
  | 'copyNumber' // 份号
  | 'secrecy' // 密级和保密期限
  | 'urgency' // 紧急程度
  | 'issuerMark' // 发文机关标志 (信函 and 命令 forms too)
  | 'docNumber' // 发文字号 (命令: 令号)
  | 'signer' // 签发人 (may share the 发文字号 line)
  | 'issueLine' // 纪要: 编发机关和日期 on one line under the 期号
  // 主体 (§7.3)
  | 'title' // 标题 (one or more lines)
  | 'recipients' // 主送机关 (may wrap over lines)
  | 'body' // 正文 (the heading outline lives here)
  | 'attendance' // 纪要: 出席/请假/列席 lists
  | 'attachmentNote' // 附件说明 (附件：… with items)
  | 'signature' // 发文机关署名
  | 'date' // 成文日期
  | 'note' // 附注 （此件公开发布）
  | 'attachment' // 附件 page(s): from the 附件N label to the next 附件 or the 版记
  // 版记 (§7.4)
  | 'recordRule' // a separator line of dashes/underscores/box rules in the 版记
  | 'cc' // 抄送机关 (also 主送： moved to the 版记)
  | 'printer'; // 印发机关和印发日期

/** The page form (§10): standard 文件格式, 信函格式, 命令（令）格式, 纪要格式; 'none' = not a 公文. */
export type DocumentForm = 'standard' | 'letter' | 'order' | 'minutes' | 'none';

/** The 15 legal kinds of 条例第八条 (命令 covers 令), or null when the title names none. */
export type Genre =
  '决议' | '决定' | '命令' | '公报' | '公告' | '通告' | '意见' | '通知' | '通报' | '报告' | '请示' | '批复' | '议案' | '函' | '纪要';

export interface ElementItem {
  /** Number as written ('1'), '' when unnumbered. */
  readonly marker: string;
  /** The item text without marker and trailing punctuation. */
  readonly start: number;
  readonly end: number;
  readonly line: number;
}

export interface DocElement {
  readonly kind: ElementKind;
  readonly part: ElementPart;
  /** [start, end): from the first line's start to the last line's end (without the final line break). */
  readonly start: number;
  readonly end: number;
  /** First and last line index (0-based). */
  readonly line: number;
  readonly endLine: number;
  /** The element's value without its label: after `签发人：`, `抄送：`, `附件：`; the date text; the title text. */
  readonly valueStart: number;
  readonly valueEnd: number;
  /** Lists: 附件说明 items, 抄送 organs, 签发人 names, 出席 names. */
  readonly items?: readonly ElementItem[];
  /** 附件 pages: the attachment's number (1 for `附件1`, 0 for a lone `附件`). */
  readonly number?: number;
  /** 附件 pages: their title line, when found. */
  readonly titleStart?: number;
  readonly titleEnd?: number;
}

export interface ElementModel {
  readonly form: DocumentForm;
  /** 文种 from the title (null when there is no title or no legal kind). */
  readonly genre: Genre | null;
  /** The title's 文种 word as written, even when not legal (汇报, 情况说明), for GW-ELEM-014. */
  readonly genreWord: string | null;
  /** Every element in document order. 'body' is always present (the whole text when form is 'none'). */
  readonly elements: readonly DocElement[];
}

/** Short names for the element kinds, 简体中文 first: the 公文结构 view, the preview and the export. */
export const ELEMENT_NAMES: Readonly<Record<ElementKind, { readonly zh: string; readonly en: string }>> = {
  copyNumber: { zh: '份号', en: 'Copy number' },
  secrecy: { zh: '密级和保密期限', en: 'Classification' },
  urgency: { zh: '紧急程度', en: 'Urgency' },
  issuerMark: { zh: '发文机关标志', en: 'Issuing authority' },
  docNumber: { zh: '发文字号', en: 'Document number' },
  signer: { zh: '签发人', en: 'Signed by' },
  issueLine: { zh: '编发机关和日期', en: 'Issued by' },
  title: { zh: '标题', en: 'Title' },
  recipients: { zh: '主送机关', en: 'Addressees' },
  body: { zh: '正文', en: 'Body' },
  attendance: { zh: '出席人员', en: 'Attendance' },
  attachmentNote: { zh: '附件说明', en: 'Attachment list' },
  signature: { zh: '发文机关署名', en: 'Issuer signature' },
  date: { zh: '成文日期', en: 'Date' },
  note: { zh: '附注', en: 'Note' },
  attachment: { zh: '附件', en: 'Attachment' },
  recordRule: { zh: '版记分隔线', en: 'Record rule' },
  cc: { zh: '抄送机关', en: 'Copied to' },
  printer: { zh: '印发机关和印发日期', en: 'Printed by' },
};
