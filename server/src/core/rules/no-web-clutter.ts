import { clutterBlocks } from '../residue';
import type { Line, Rule, TextEdit } from '../types';

/** Web-page clutter lines are found by core/residue.ts (clutterBlocks); this rule reports them. */

/** The edit deleting lines [first, last] together with one line break. */
function deleteLines(text: string, lines: readonly Line[], first: number, last: number): TextEdit {
  if (last + 1 < lines.length) return { start: lines[first].start, end: lines[last + 1].start, newText: '' };
  // Last line of the text: take the line break before it instead.
  const start = first > 0 ? lines[first - 1].end : lines[first].start;
  return { start, end: text.length, newText: '' };
}

const MESSAGES = {
  paywall: {
    zh: '网页付费/权限提示“{{found}}”不属于正文，应删除此行',
    en: 'Paywall notice "{{found}}" is not part of the document; delete this line',
  },
  header: {
    zh: '网页发布信息“{{found}}”不属于正文，应删除此行',
    en: 'Web page header "{{found}}" is not part of the document; delete this line',
  },
  source: {
    zh: '网页来源/编辑信息“{{found}}”不属于正文，应删除此行',
    en: 'Web source/editor line "{{found}}" is not part of the document; delete this line',
  },
  chrome: {
    zh: '网页框架文字“{{found}}”（{{count}} 行；分享栏、二维码提示、导航、页脚等）不属于正文，应删除',
    en: 'Web page furniture "{{found}}" ({{count}} lines: share bar, QR prompt, navigation, footer…) is not part of the document; delete it',
  },
  blurb: {
    zh: '范文网站导语“{{found}}”不属于正文，应删除此行',
    en: 'Template-site blurb "{{found}}" is not part of the document; delete this line',
  },
  toolbar: {
    zh: '网页工具栏文字“{{found}}”不属于正文，应删除此行',
    en: 'Web toolbar text "{{found}}" is not part of the document; delete this line',
  },
  related: {
    zh: '网页“相关文章”列表（{{count}} 行）不属于正文，应删除',
    en: 'Web "related articles" list ({{count}} lines) is not part of the document; delete it',
  },
  licence: {
    zh: '维基文库版权声明（{{count}} 行）是网页抓取残留，不属于正文',
    en: 'Wikisource licence notice ({{count}} lines) is scraping residue, not part of the document',
  },
  deleteLine: { zh: '删除此行', en: 'Delete this line' },
  deleteLines: { zh: '删除这 {{count}} 行', en: 'Delete these {{count}} lines' },
} as const;

export const noWebClutter: Rule = {
  meta: {
    id: 'no-web-clutter',
    name: { zh: '网页杂项', en: 'Web clutter' },
    category: 'residue',
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    description: {
      zh: '删除从网页复制带来的杂项：付费提示、发布时间、来源、“相关文章”、工具栏、分享栏、二维码提示、导航、页脚、版权声明',
      en: 'Delete web-page clutter: paywall notices, timestamps, source lines, related lists, toolbars, share bars, QR prompts, navigation, footers, licence notices',
    },
    messages: MESSAGES,
    defaultOptions: {},
    examples: [['时间:2022-11-05 08:31:50\n县科技局上年工作总结', '县科技局上年工作总结']],
    ownsSpan: true,
  },
  check(ctx) {
    const lines = ctx.doc.lines;
    for (const b of clutterBlocks(ctx)) {
      const first = lines[b.firstLine];
      const last = lines[b.lastLine];
      const line = first.text.trim();
      const found = line.length > 30 ? line.slice(0, 28) + '…' : line;
      const count = b.lastLine - b.firstLine + 1;
      ctx.report({
        messageId: b.kind,
        data: { found, count },
        start: first.start,
        end: last.end,
        fix: [deleteLines(ctx.text, lines, b.firstLine, b.lastLine)],
        fixTitle: count > 1 ? { messageId: 'deleteLines', data: { count } } : { messageId: 'deleteLine' },
      });
    }
  },
};
