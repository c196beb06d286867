import { C_BRACKET, C_CORNER, C_FW_PAREN, C_QUOTE, C_TITLE } from '../chars';
import { scan, type Needs } from '../rule-kit';
import type { Rule } from '../types';

const EMPTY_RE = /“”|‘’|（）|《》|〈〉|【】|〔〕|［］|「」|『』/g;

/** What every match contains (rule-kit Needs). */
const NEEDS: Needs = [C_QUOTE | C_FW_PAREN | C_TITLE | C_BRACKET | C_CORNER];

/** An empty pair of quotes or brackets (“” in 推进了“”活动) usually means a word was lost in editing. No automatic fix: the missing text is unknown. */
export const noEmptyPair: Rule = {
  meta: {
    id: 'no-empty-pair',
    name: { zh: '空标号', en: 'Empty pair' },
    aliases: ['GW-PUNCT-015'],
    category: 'punctuation',
    defaultSeverity: 'warning',
    scope: 'paragraph',
    description: { zh: '引号、括号、书名号内不应为空', en: 'Quotes and brackets should not be empty' },
    messages: { empty: { zh: '“{{found}}”内没有内容，可能漏掉了文字', en: '"{{found}}" is empty: text may be missing' } },
    defaultOptions: {},
    examples: [['推进了“”活动的开展', '推进了“潮乡先锋”活动的开展']],
  },
  check(ctx) {
    scan(ctx, EMPTY_RE, NEEDS, (m, start) => {
      ctx.report({ messageId: 'empty', data: { found: m[0] }, start, end: start + 2 });
    });
  },
};
