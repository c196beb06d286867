/**
 * Text → the paragraphs of a GB/T 9704 Word file, pure: one paragraph per line (blank lines too, so
 * that importing the file gives the text back), each with its element's role, alignment, indents and
 * rules. The element model (when the recogniser gives one) says which element a line belongs to; the
 * outline says which lines are 一、（一）1.（1） headings.
 */
import { parseOutline } from '../core/outline/index';
import type { DocumentLanguage } from '../core/index';
import type { ElementKind, ElementModel } from '../core/elements/types';
import type { TextRole } from '../core/layout/spec';

export type Align = 'left' | 'center' | 'right' | 'both';

export interface PlannedRun {
  readonly text: string;
  readonly role: TextRole;
  /** Hidden characters (a 版记 rule drawn as a border keeps its dashes for the round trip). */
  readonly hidden?: boolean;
}

export interface PlannedParagraph {
  readonly runs: readonly PlannedRun[];
  readonly align: Align;
  /** First-line indent, in characters (2 = 左空二字). */
  readonly firstLineChars?: number;
  readonly leftChars?: number;
  readonly rightChars?: number;
  /** Word Heading 1–4 (navigation pane, table of contents); 'title' for the 标题. */
  readonly heading?: 1 | 2 | 3 | 4 | 'title';
  readonly pageBreakBefore?: boolean;
  readonly borderBottom?: 'red' | 'thick' | 'thin';
  readonly borderTop?: 'thick' | 'thin';
  /** The line that follows is shown on this paragraph's line after a tab (发文字号 + 签发人). */
  readonly joinedWith?: PlannedParagraph;
  readonly kind?: ElementKind;
}

/** The element kind of each line (undefined: outside every element, e.g. blank lines between them). */
interface LineKinds {
  readonly kinds: (ElementKind | undefined)[];
  /** First lines of elements. */
  readonly firsts: Set<number>;
  /** Title lines of 附件 pages (centred). */
  readonly attachmentTitles: Set<number>;
}

function kindsByLine(starts: readonly number[], model: ElementModel | undefined): LineKinds {
  const lineCount = starts.length;
  const kinds: (ElementKind | undefined)[] = new Array(lineCount).fill(undefined);
  const firsts = new Set<number>();
  const attachmentTitles = new Set<number>();
  if (!model || model.form === 'none') return { kinds, firsts, attachmentTitles };
  for (const el of model.elements) {
    firsts.add(el.line);
    if (el.kind === 'attachment' && el.titleStart !== undefined) {
      const t = el.titleStart;
      attachmentTitles.add(starts.findIndex((s, i) => s <= t && (i + 1 === lineCount || starts[i + 1] > t)));
    }
    // Two elements on one line (发文字号 and 签发人): the line is the first one's.
    for (let l = el.line; l <= el.endLine && l < lineCount; l++) kinds[l] ??= el.kind;
  }
  return { kinds, firsts, attachmentTitles };
}

const HEADING_ROLE: Readonly<Record<number, TextRole>> = { 1: 'heading1', 2: 'heading2', 3: 'heading3', 4: 'heading4' };

function headingParagraph(line: string, level: number, titleEndCol: number, standalone: boolean): PlannedParagraph {
  const role = HEADING_ROLE[level];
  const lvl = level as 1 | 2 | 3 | 4;
  // A run-in heading (一、总体要求。正文……): the heading part in the heading face, the rest in 正文.
  const cut = standalone ? line.length : Math.min(line.length, titleEndCol + 1);
  const runs: PlannedRun[] = [{ text: line.slice(0, cut), role }];
  if (cut < line.length) runs.push({ text: line.slice(cut), role: 'body' });
  return { runs, align: 'both', firstLineChars: 2, heading: lvl };
}

function elementParagraph(line: string, kind: ElementKind, first: boolean): PlannedParagraph {
  const run = (role: TextRole): PlannedRun[] => [{ text: line, role }];
  switch (kind) {
    case 'copyNumber':
      return { runs: run('copyNumber'), align: 'left', kind };
    case 'secrecy':
      return { runs: run('secrecy'), align: 'left', kind };
    case 'urgency':
      return { runs: run('urgency'), align: 'left', kind };
    case 'issuerMark':
      return { runs: run('issuerMark'), align: 'center', kind };
    case 'docNumber':
      // 上行文 written on one line: 发文字号 居左空一字, 签发人 after it (names in 楷体).
      if (/签发人/.test(line)) return { runs: signerRuns(line), align: 'left', leftChars: 1, rightChars: 1, kind };
      return { runs: run('docNumber'), align: 'center', kind };
    case 'signer':
      return { runs: signerRuns(line), align: 'right', rightChars: 1, kind };
    case 'title':
      return { runs: run('title'), align: 'center', heading: first ? 'title' : undefined, kind };
    case 'recipients':
      return { runs: run('body'), align: 'both', kind };
    case 'signature':
      return { runs: run('body'), align: 'right', rightChars: 2, kind };
    case 'date':
      return { runs: run('body'), align: 'right', rightChars: 2, kind };
    case 'attachment':
      return first
        ? { runs: run('attachmentLabel'), align: 'left', pageBreakBefore: true, kind }
        : { runs: run('body'), align: 'both', firstLineChars: 2, kind };
    case 'attendance':
      return { runs: attendanceRuns(line), align: 'both', firstLineChars: 2, kind };
    case 'recordRule':
      return { runs: [{ text: line, role: 'record', hidden: true }], align: 'left', kind };
    case 'cc':
    case 'printer':
      return { runs: run('record'), align: 'left', leftChars: 1, rightChars: 1, kind };
    default:
      return { runs: run('body'), align: 'both', firstLineChars: 2, kind };
  }
}

/** `签发人：` in 仿宋, the names in 楷体 (§7.2.6). */
function signerRuns(line: string): PlannedRun[] {
  const m = /^(.*?签发人[:：]\s*)(.*)$/.exec(line);
  return m
    ? [{ text: m[1], role: 'docNumber' }, ...(m[2] ? [{ text: m[2], role: 'signerName' as TextRole }] : [])]
    : [{ text: line, role: 'docNumber' }];
}

/** 纪要 `出席：` in 黑体, the names in 仿宋. */
function attendanceRuns(line: string): PlannedRun[] {
  const m = /^(\s*(?:出席|列席|请假|缺席)[^:：]{0,6}[:：])(.*)$/.exec(line);
  return m
    ? [{ text: m[1], role: 'attendanceLabel' }, ...(m[2] ? [{ text: m[2], role: 'body' as TextRole }] : [])]
    : [{ text: line, role: 'body' }];
}

/** 版记 rules: the first and last thick, the others thin; with no rule lines, borders on the first and last 版记 line. */
function placeRecordRules(paras: PlannedParagraph[]): void {
  const rules = paras.map((p, i) => (p.kind === 'recordRule' ? i : -1)).filter((i) => i >= 0);
  if (rules.length > 0) {
    rules.forEach((i, k) => (paras[i] = { ...paras[i], borderBottom: k === 0 || k === rules.length - 1 ? 'thick' : 'thin' }));
    return;
  }
  const rec = paras.map((p, i) => (p.kind === 'cc' || p.kind === 'printer' ? i : -1)).filter((i) => i >= 0);
  if (rec.length === 0) return;
  const first = rec[0];
  const last = rec[rec.length - 1];
  paras[first] = { ...paras[first], borderTop: 'thick' };
  paras[last] = { ...paras[last], borderBottom: 'thick' };
}

/** The red rule goes under the 发文字号 (or under the 签发人 line when that follows it, joined). */
function placeRedRule(paras: PlannedParagraph[]): void {
  const i = paras.findIndex((p) => p.kind === 'docNumber');
  if (i < 0) return;
  const next = paras[i + 1];
  if (next?.kind === 'signer') {
    // 上行文: 发文字号 居左空一字 and 签发人 居右空一字 on one line; the signer's text follows a tab.
    paras[i] = { ...paras[i], align: 'left', leftChars: 1, rightChars: 1, joinedWith: next, borderBottom: 'red' };
    paras.splice(i + 1, 1);
    return;
  }
  paras[i] = { ...paras[i], borderBottom: 'red' };
}

/** Plans every line of `text` (see the module comment). */
export function planParagraphs(text: string, model: ElementModel | undefined, language: DocumentLanguage = 'gongwen'): PlannedParagraph[] {
  const lines = text.split(/\r\n|\r|\n/);
  let lineStart = 0;
  const starts = lines.map((l) => {
    const s = lineStart;
    lineStart += l.length + 1;
    return s;
  });
  const { kinds, firsts, attachmentTitles } = kindsByLine(starts, model);
  const outline = parseOutline(text, language);
  const heads = new Map<number, { level: number; titleEndCol: number; standalone: boolean }>();
  for (const h of outline.headings) {
    if (h.kind !== 'gongwen' || h.level > 4 || h.role === 'item') continue;
    heads.set(h.line, { level: h.level, titleEndCol: h.titleEnd - starts[h.titleLine], standalone: h.standalone });
  }
  const paras: PlannedParagraph[] = [];
  lines.forEach((line, i) => {
    const kind = kinds[i];
    const head = heads.get(i);
    if (line.trim() === '') paras.push({ runs: line ? [{ text: line, role: 'body' }] : [], align: 'both', ...(kind ? { kind } : {}) });
    else if (head && (kind === undefined || kind === 'body' || kind === 'attachment'))
      paras.push(headingParagraph(line, head.level, head.titleEndCol, head.standalone));
    else if (attachmentTitles.has(i)) paras.push({ runs: [{ text: line, role: 'title' }], align: 'center', kind: 'attachment' });
    else if (kind) paras.push(elementParagraph(line, kind, firsts.has(i)));
    else paras.push({ runs: [{ text: line, role: 'body' }], align: 'both', firstLineChars: 2 });
  });
  // A line that brings its own indent (full-width or ASCII spaces) gets no first-line indent on top of it.
  paras.forEach((p, i) => {
    if (p.firstLineChars && /^[ \u3000\t]/.test(lines[i] ?? '')) paras[i] = { ...p, firstLineChars: undefined };
  });
  placeRedRule(paras);
  placeRecordRules(paras);
  return paras;
}
