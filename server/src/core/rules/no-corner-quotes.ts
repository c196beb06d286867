import type { Rule } from '../types';
import { C_CORNER } from '../chars';
import { edit, scan } from '../rule-kit';
import { isTraditionalDocument } from '../script/decision';

const MAP: Readonly<Record<string, string>> = { '「': '“', '」': '”', '『': '‘', '』': '’' };
const CORNER_RE = /[「」『』]/g;
/** The message data of each corner bracket, made once: thousands of them in a long traditional quotation. */
const DATA: ReadonlyMap<number, { readonly found: string; readonly expected: string }> = new Map(
  Object.entries(MAP).map(([found, expected]) => [found.charCodeAt(0), { found, expected }]),
);

/**
 * GB/T 15834 4.8 / 5.2: horizontal simplified text uses “ ” ‘ ’; the corner brackets 「」『』 belong to
 * vertical text and to traditional-script documents (Taiwan, Hong Kong), where they stay untouched.
 */
export const noCornerQuotes: Rule = {
  meta: {
    id: 'no-corner-quotes',
    name: { zh: '直角引号', en: 'Corner quotes' },
    aliases: ['GW-PUNCT-004'],
    category: 'punctuation',
    defaultSeverity: 'warning',
    scope: 'paragraph',
    fixable: 'safe',
    description: {
      zh: '简体横排文稿的引号用“”‘’，不用直角引号「」『』（繁体文稿不检查）',
      en: 'Simplified horizontal text quotes with “” ‘’, not corner brackets 「」『』 (traditional documents are not checked)',
    },
    messages: {
      corner: {
        zh: '简体横排文稿中的“{{found}}”应改为“{{expected}}”',
        en: 'In simplified horizontal text "{{found}}" should be "{{expected}}"',
      },
    },
    defaultOptions: {},
    examples: [['坚持「两个毫不动摇」', '坚持“两个毫不动摇”']],
  },
  check(ctx) {
    // No prose segment with 「」『』: nothing to report (a test of the segments' classes, not a regex over the text).
    if (!ctx.segments.some((seg) => (seg.chars & C_CORNER) !== 0) || isTraditionalDocument(ctx)) return;
    scan(ctx, CORNER_RE, [C_CORNER], (m, start) => {
      const data = DATA.get(m[0].charCodeAt(0))!;
      ctx.report({ messageId: 'corner', data, start, end: start + 1, fix: [edit.replace(start, start + 1, data.expected)] });
    });
  },
};
