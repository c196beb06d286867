import { elementLines, elementsOfKind, formalModel, trimmedBounds } from '../element-kit';
import { edit } from '../rule-kit';
import type { Line, Rule, RuleContext } from '../types';

/** The first line of a 附件说明: label, what follows it, the rest. */
const LABEL_RE = /^([\s\u3000]*附件)([\s\u3000]*)([：:]?)([\s\u3000]*)/u;
/** 附件, spaces and a name (not a number: 附件 1 heads an attachment page). */
const BARE_LABEL_RE = /^[\s\u3000]*附件[ \u3000]+[^\s\u30000-9０-９]/u;
/** An item's number: 1. 1． 1、 or a bare 1 before the name. */
const MARKER_RE = /^([0-9]{1,2})(?![0-9])([.．、]?)/u;
/** The start of a new item on a following line: 2. or (in a draft) 附件2. */
const ITEM_START_RE = /^(?:附件)?[0-9]{1,2}(?![0-9])/u;
/** Marks that must not follow an attachment name (half-width ones are no-half-width-punctuation's). */
const END_MARKS = '。；，、';

interface Item {
  readonly marker: string;
  readonly markerStart: number;
  readonly sep: string;
  readonly nameStart: number;
}

/**
 * GW-ELEM-005 (GB/T 9704 7.3.4): 附件说明 is “附件：” with a full-width colon and the attachment names; several
 * attachments are numbered 1. 2. 3. in order, one is not numbered; no mark follows a name (附件：1.XX名单；→ 附件：
 * 1.XX名单). Looks at the 附件说明 recognised in a 公文 (附件1 at the top of an attachment page is not one; names
 * ending in （样表） are names). Removing a final mark, adding the colon and 1、 → 1. are safe; renumbering is a
 * suggestion (an item may be missing rather than misnumbered).
 */
export const attachmentNoteForm: Rule = {
  meta: {
    id: 'attachment-note-form',
    name: { zh: '附件说明格式', en: 'Attachment list' },
    aliases: ['GW-ELEM-005'],
    category: 'element',
    defaultSeverity: 'error',
    fixable: 'safe',
    description: {
      zh: '附件说明“附件：”用全角冒号，多个附件用“1.”“2.”连续编号，附件名称后不加标点',
      en: 'The attachment list: 附件 with a full-width colon, items numbered 1. 2. in order, no mark after a name',
    },
    messages: {
      missingColon: { zh: '“附件”后应加全角冒号“：”', en: '"附件" should be followed by a full-width colon "："' },
      endMark: { zh: '附件名称后不加标点“{{found}}”', en: 'No "{{found}}" after an attachment name' },
      sequence: {
        zh: '附件序号应连续：此处应为“{{expected}}”，现为“{{found}}”',
        en: 'Attachments are numbered in order: expected {{expected}}, found {{found}}',
      },
      markerForm: {
        zh: '附件序号后用“.”，不用“{{found}}”：{{expected}}',
        en: 'An attachment number takes ".", not "{{found}}": {{expected}}',
      },
      numberedLabels: {
        zh: '附件说明应写作“附件：1.……”，其余附件名称换行对齐，不逐行写“附件1：”“附件2：”',
        en: 'Write the attachment list as "附件：1.…" with the other names aligned below, not "附件1：", "附件2：" line by line',
      },
      singleNumbered: { zh: '只有一个附件时不编序号', en: 'A single attachment is not numbered' },
    },
    defaultOptions: {},
    examples: [
      ['附件：1.开学工作检查表；', '附件：1.开学工作检查表'],
      ['附件：江州市统计执法检查方案。', '附件：江州市统计执法检查方案'],
    ],
  },
  check(ctx) {
    const model = formalModel(ctx);
    if (!model) return;
    const notes = elementsOfKind(model, 'attachmentNote').map((el) => elementLines(ctx, el));
    const known = new Set(notes.flat().map((l) => l.index));
    // 附件 followed by spaces instead of the colon is not recognised as a 附件说明; the label makes it certain.
    for (const l of ctx.doc.lines) if (!l.masked && !known.has(l.index) && BARE_LABEL_RE.test(l.text)) notes.push([l]);
    for (const lines of notes) checkNote(ctx, lines);
  },
};

function checkNote(ctx: RuleContext<object>, lines: readonly Line[]): void {
  const label = lines.length > 0 ? LABEL_RE.exec(lines[0].text) : null;
  if (!label) return;
  const labelEnd = lines[0].start + label[1].length;
  const valueStart = labelEnd + label[2].length + label[3].length + label[4].length;
  // 附件1：…⏎附件2：… (a draft's list, one label per line): the whole list is to be rewritten, not one colon.
  const numberedLabels = !label[3] && /^[0-9０-９]/u.test(ctx.text.slice(valueStart, valueStart + 1));
  if (numberedLabels) {
    const b = trimmedBounds(lines[0]);
    const m = /^附件[0-9０-９]+[：:.．、]?/u.exec(ctx.text.slice(labelEnd - 2, b ? b.end : lines[0].end));
    ctx.report({ messageId: 'numberedLabels', start: labelEnd - 2, end: labelEnd - 2 + (m ? m[0].length : 2), severity: 'warning' });
  } else if (!label[3] && valueStart < lines[0].end) {
    ctx.report({ messageId: 'missingColon', start: labelEnd - 2, end: labelEnd, fix: [edit.replace(labelEnd, valueStart, '：')] });
  }
  const items: Item[] = [];
  lines.forEach((line, k) => {
    const b = trimmedBounds(line);
    if (!b) return;
    const from = k === 0 ? valueStart : b.start;
    const m = numberedLabels ? null : MARKER_RE.exec(ctx.text.slice(from, b.end));
    if (m && (m[2] || k > 0)) items.push({ marker: m[1], markerStart: from, sep: m[2], nameStart: from + m[0].length });
    const next = lines[k + 1] && trimmedBounds(lines[k + 1]);
    const nextIsItem = next ? ITEM_START_RE.test(ctx.text.slice(next.start, next.end)) : true;
    const ch = ctx.text[b.end - 1];
    if (b.end > from && END_MARKS.includes(ch) && (nextIsItem || ch === '。' || ch === '；')) {
      ctx.report({ messageId: 'endMark', data: { found: ch }, start: b.end - 1, end: b.end, fix: [edit.remove(b.end - 1, b.end)] });
    }
  });
  checkNumbers(ctx, items);
}

function checkNumbers(ctx: RuleContext<object>, items: readonly Item[]): void {
  if (items.length === 1 && items[0].marker === '1' && items[0].sep) {
    const it = items[0];
    ctx.report({
      messageId: 'singleNumbered',
      start: it.markerStart,
      end: it.nameStart,
      fix: [edit.remove(it.markerStart, it.nameStart)],
      fixKind: 'suggestion',
      severity: 'info',
    });
    return;
  }
  items.forEach((it, k) => {
    const expected = String(k + 1);
    const markerEnd = it.markerStart + it.marker.length;
    if (it.marker !== expected) {
      ctx.report({
        messageId: 'sequence',
        data: { expected, found: it.marker },
        start: it.markerStart,
        end: markerEnd,
        fix: [edit.replace(it.markerStart, markerEnd, expected)],
        fixKind: 'suggestion',
      });
    }
    if (it.sep === '、') {
      ctx.report({
        messageId: 'markerForm',
        data: { found: it.sep, expected: `${it.marker}.` },
        start: markerEnd,
        end: markerEnd + 1,
        fix: [edit.replace(markerEnd, markerEnd + 1, '.')],
      });
    }
  });
}
