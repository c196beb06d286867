import { elementLines, elementsOfKind, formalModel, trimmedBounds } from '../element-kit';
import type { ElementModel } from '../elements/types';
import { edit } from '../rule-kit';
import type { Line, Rule, RuleContext } from '../types';

/** Other brackets people put around a 附注 (half-width ( ) is no-half-width-parentheses'). */
const WRONG_PAIRS: Readonly<Record<string, string>> = { '【': '】', '［': '］', '〔': '〕', '[': ']', '〖': '〗' };
/** The 公开 notes of 公文: when one stands bare after the date, wrapping it in （） is certain. */
const OPENNESS_RE = /^此件(?:公开发布|主动公开|依申请公开|不予公开|不公开)$/u;
/** A 成文日期 alone on its line. */
const DATE_ONLY_RE = /^(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日$/u;
/** A bare line that reads as a 附注: 此件…, 联系人：…, 联系电话：…. */
const NOTE_START_RE = /^(?:此件|联系人|联系电话)/u;

/**
 * GW-ELEM-008 (GB/T 9704 7.3.6): the 附注 under the 成文日期 is put in full-width round brackets:
 * （此件公开发布）, （联系人：周敏，电话：0791-86334455）. Looks at the lines recognised as 附注 and the lines just
 * after the 成文日期 (in 公文 only): other brackets become （） (safe); a bare 此件公开发布 is wrapped (safe); a bare
 * 联系人 line or a note missing its closing bracket gets a suggestion. Half-width ( ) are no-half-width-parentheses'.
 */
export const noteBrackets: Rule = {
  meta: {
    id: 'note-brackets',
    name: { zh: '附注括号', en: 'Note brackets' },
    aliases: ['GW-ELEM-008'],
    category: 'element',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: {
      zh: '成文日期下的附注加全角圆括号：（此件公开发布）',
      en: 'The note under the date is put in full-width round brackets: （此件公开发布）',
    },
    messages: {
      wrongBrackets: {
        zh: '附注应使用全角圆括号“（）”，不用“{{found}}”',
        en: 'A note takes full-width round brackets "（）", not "{{found}}"',
      },
      bare: { zh: '附注“{{found}}”应加全角圆括号', en: 'The note "{{found}}" should be put in full-width round brackets' },
      unclosed: { zh: '附注缺少右括号“）”', en: 'The note lacks its closing bracket "）"' },
    },
    defaultOptions: {},
    examples: [
      ['【此件公开发布】', '（此件公开发布）'],
      ['此件公开发布', '（此件公开发布）'],
    ],
  },
  check(ctx) {
    const model = formalModel(ctx);
    if (!model) return;
    for (const line of noteLines(ctx, model)) {
      const b = trimmedBounds(line);
      if (!b) continue;
      const t = ctx.text.slice(b.start, b.end);
      const open = t[0];
      const last = b.end - 1;
      if (WRONG_PAIRS[open] !== undefined && t.endsWith(WRONG_PAIRS[open])) {
        ctx.report({
          messageId: 'wrongBrackets',
          data: { found: open + WRONG_PAIRS[open] },
          start: b.start,
          end: b.end,
          fix: [edit.replace(b.start, b.start + 1, '（'), edit.replace(last, b.end, '）')],
        });
      } else if (open === '（' && !t.endsWith('）') && !t.endsWith(')') && !t.includes('）')) {
        ctx.report({ messageId: 'unclosed', start: last, end: b.end, fix: [edit.insert(b.end, '）')], fixKind: 'suggestion' });
      } else if (NOTE_START_RE.test(t)) {
        ctx.report({
          messageId: 'bare',
          data: { found: t.length > 16 ? `${t.slice(0, 16)}…` : t },
          start: b.start,
          end: b.end,
          fix: [edit.insert(b.start, '（'), edit.insert(b.end, '）')],
          fixKind: OPENNESS_RE.test(t) ? 'safe' : 'suggestion',
        });
      }
    }
  },
};

/**
 * The last line that is a date alone, when the recogniser found no 成文日期 (a defective 附注 under it keeps it from
 * recognising the end of the document); lines of 附件 pages and the 版记 do not count.
 */
function lastDateLine(ctx: RuleContext<object>, model: ElementModel): { endLine: number } | null {
  const skip = new Set<number>();
  for (const el of model.elements)
    if (el.part === 'record' || el.kind === 'attachment') for (let i = el.line; i <= el.endLine; i++) skip.add(i);
  for (let i = ctx.doc.lines.length - 1; i >= 0; i--) {
    const line = ctx.doc.lines[i];
    const b = trimmedBounds(line);
    if (b && !line.masked && !skip.has(i) && DATE_ONLY_RE.test(ctx.text.slice(b.start, b.end))) return { endLine: i };
  }
  return null;
}

/** Lines recognised as 附注, and the non-blank lines right after the last 成文日期 that no other element claims. */
function noteLines(ctx: RuleContext<object>, model: ElementModel): Line[] {
  const out = new Map<number, Line>();
  for (const el of elementsOfKind(model, 'note')) for (const l of elementLines(ctx, el)) out.set(l.index, l);
  const dates = elementsOfKind(model, 'date');
  const date = dates.length > 0 ? dates[dates.length - 1] : lastDateLine(ctx, model);
  if (date) {
    const claimed = new Set<number>();
    for (const el of model.elements)
      if (el.kind !== 'note' && el.kind !== 'body') for (let i = el.line; i <= el.endLine; i++) claimed.add(i);
    let seen = 0;
    for (let i = date.endLine + 1; i < ctx.doc.lines.length && seen < 2; i++) {
      const line = ctx.doc.lines[i];
      if (!trimmedBounds(line)) continue;
      seen++;
      if (claimed.has(i) || line.masked) break;
      out.set(i, line);
    }
  }
  return [...out.values()].sort((a, b) => a.index - b.index);
}
