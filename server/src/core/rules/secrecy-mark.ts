import { candidateLines, formalModel, hanNumeralToArabic, trimmedBounds } from '../element-kit';
import { edit } from '../rule-kit';
import type { Rule } from '../types';

/**
 * A 密级 line of the 版头: the level, then what separates it from the 保密期限, then the period. The period must
 * look like one (1年, 二年, 6个月, 长期) or be absent; a line such as “机密文件” is not a 密级 line.
 */
const SECRECY_RE = /^(绝密|机密|秘密)(?:([\s\u3000]*)([★☆*＊✩✱※]?)([\s\u3000]*)(([0-9]+|[一二三四五六七八九十两]+)(?:年|个月)|长期))?$/u;

/**
 * GW-ELEM-011 (GB/T 9704 7.2.2 and its 式样): 密级和保密期限 are written 秘密★1年 — the level, a black star ★
 * (not ☆, *, ＊ or a space) and the period in Arabic numerals. Looks at the 密级 element and at the 版头 lines
 * before the title (a defective line may not have been recognised), in 公文 only, and only at whole lines that
 * are a level plus a period: 涉及国家秘密 in the body is never read. Both fixes are safe (same meaning).
 */
export const secrecyMark: Rule = {
  meta: {
    id: 'secrecy-mark',
    name: { zh: '密级标注', en: 'Classification mark' },
    aliases: ['GW-ELEM-011'],
    category: 'element',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: {
      zh: '密级和保密期限之间用“★”，期限用阿拉伯数字：秘密★1年',
      en: 'Classification and period are joined by ★ and the period uses Arabic numerals: 秘密★1年',
    },
    messages: {
      star: {
        zh: '密级“{{level}}”和保密期限之间应使用“★”，不用“{{found}}”',
        en: 'Use "★" between the classification "{{level}}" and its period, not "{{found}}"',
      },
      missingStar: { zh: '密级“{{level}}”和保密期限之间应加“★”', en: 'Put "★" between the classification "{{level}}" and its period' },
      numeral: {
        zh: '保密期限中的数字应使用阿拉伯数字：“{{found}}”应写作“{{expected}}”',
        en: 'The period uses Arabic numerals: "{{found}}" should be "{{expected}}"',
      },
    },
    defaultOptions: {},
    examples: [
      ['机密*二年', '机密★2年'],
      ['秘密☆1年', '秘密★1年'],
    ],
  },
  check(ctx) {
    const model = formalModel(ctx);
    if (!model) return;
    for (const line of candidateLines(ctx, model, 'secrecy')) {
      const b = trimmedBounds(line);
      if (!b) continue;
      const m = SECRECY_RE.exec(ctx.text.slice(b.start, b.end));
      if (!m || m[5] === undefined) continue;
      const [, level, s1, star, s2, , num] = m;
      const sepStart = b.start + level.length;
      const sepEnd = sepStart + s1.length + star.length + s2.length;
      if (star !== '★' || s1 || s2) {
        const found = ctx.text.slice(sepStart, sepEnd);
        const messageId = found ? 'star' : 'missingStar';
        const end = found ? sepEnd : sepStart + 1;
        ctx.report({ messageId, data: { level, found }, start: sepStart - level.length, end, fix: [edit.replace(sepStart, sepEnd, '★')] });
      }
      if (num && !/^[0-9]+$/u.test(num)) {
        const arabic = hanNumeralToArabic(num);
        if (arabic) {
          const numStart = sepEnd;
          ctx.report({
            messageId: 'numeral',
            data: { found: num, expected: arabic },
            start: numStart,
            end: numStart + num.length,
            fix: [edit.replace(numStart, numStart + num.length, arabic)],
          });
        }
      }
    }
  },
};
