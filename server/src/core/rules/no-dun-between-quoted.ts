import { C_DUN, C_QUOTE, C_TITLE } from '../chars';
import type { Rule } from '../types';
import { edit, scan, type Needs } from '../rule-kit';

// 、 first, its left neighbour checked behind it: the regex skips ahead to each 、 (a leading lookbehind is tried everywhere).
const RE = /、(?<=[》”]、)(?=[《“])/g;

/** What every match contains (rule-kit Needs). */
const NEEDS: Needs = [C_DUN, C_TITLE | C_QUOTE];

/**
 * GB/T 15834 4.5.3.5: between coordinated items each in 《》 or “”, no 顿号: 《预防未成年人犯罪法》、《未成年人保护法》
 * → 《预防未成年人犯罪法》《未成年人保护法》. Only when the marks touch: with a note in between
 * (《红楼梦》（人民文学出版社版）、《水浒传》) the 顿号 is right. Info only: the standard says 通常不用, and the
 * government work reports up to 2023 still write “六稳”、“六保”.
 */
export const noDunBetweenQuoted: Rule = {
  meta: {
    id: 'no-dun-between-quoted',
    name: { zh: '引号间顿号', en: 'Dun between quoted items' },
    aliases: ['GW-PUNCT-011'],
    category: 'punctuation',
    defaultSeverity: 'info',
    scope: 'paragraph',
    fixable: 'safe',
    description: { zh: '并列的书名号、引号之间不用顿号', en: 'No 顿号 between adjacent items in 《》 or “”' },
    messages: {
      dun: {
        zh: '并列的{{kind}}之间通常不用顿号：“{{found}}”应为“{{expected}}”',
        en: 'No 、 between coordinated items in {{kindEn}}: "{{found}}" should be "{{expected}}"',
      },
    },
    defaultOptions: {},
    examples: [
      ['《预防未成年人犯罪法》、《未成年人保护法》', '《预防未成年人犯罪法》《未成年人保护法》'],
      ['“警务室”、“护学岗”', '“警务室”“护学岗”'],
    ],
  },
  check(ctx) {
    scan(ctx, RE, NEEDS, (m, start, seg) => {
      const pair = seg.text[m.index - 1] + seg.text[m.index + 1];
      ctx.report({
        messageId: 'dun',
        data: {
          kind: pair[0] === '》' && pair[1] === '《' ? '书名号' : pair[0] === '”' && pair[1] === '“' ? '引号' : '书名号、引号',
          kindEn:
            pair[0] === '》' && pair[1] === '《'
              ? 'title marks'
              : pair[0] === '”' && pair[1] === '“'
                ? 'quotation marks'
                : 'title marks or quotes',
          found: `${pair[0]}、${pair[1]}`,
          expected: `${pair[0]}${pair[1]}`,
        },
        start,
        end: start + 1,
        fix: [edit.remove(start, start + 1)],
      });
    });
  },
};
