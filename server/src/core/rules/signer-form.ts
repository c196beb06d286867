import { candidateLines, formalModel } from '../element-kit';
import { edit } from '../rule-kit';
import type { Rule } from '../types';

/** 签发人, what follows the label up to the names, and the names. */
const SIGNER_RE = /签发人([\s\u3000]*)([：:]?)([\s\u3000]*)(\S.*)$/u;
/** Marks that people write between several signers instead of a one-character space. */
const NAME_SEP_RE = /[、，；]/gu;

/**
 * GW-ELEM-018 (GB/T 9704 7.2.6): 签发人 is written “签发人：” plus the name(s); several signers are separated by
 * a one-character space (U+3000), not by 、 or ，: 签发人：赵明　李红. Looks at the 签发人 element and the 版头
 * lines (in 公文 only); the label is literal, so the fixes are safe. A half-width colon is left to
 * no-half-width-punctuation (one defect, one report).
 */
export const signerForm: Rule = {
  meta: {
    id: 'signer-form',
    name: { zh: '签发人格式', en: 'Signer line' },
    aliases: ['GW-ELEM-018'],
    category: 'element',
    defaultSeverity: 'warning',
    fixable: 'safe',
    description: {
      zh: '“签发人”后加全角冒号，多个签发人之间空一字，不用顿号',
      en: '签发人 takes a full-width colon; several signers are separated by a full-width space, not 、',
    },
    messages: {
      missingColon: { zh: '“签发人”后应加全角冒号“：”', en: '"签发人" should be followed by a full-width colon "："' },
      separator: {
        zh: '多个签发人之间应空一字，不用“{{found}}”',
        en: 'Separate several signers with a full-width space, not "{{found}}"',
      },
    },
    defaultOptions: {},
    examples: [
      ['签发人：赵明、李红', '签发人：赵明　李红'],
      ['签发人　王建国', '签发人：王建国'],
    ],
  },
  check(ctx) {
    const model = formalModel(ctx);
    if (!model) return;
    for (const line of candidateLines(ctx, model, 'signer')) {
      const m = SIGNER_RE.exec(line.text);
      if (!m) continue;
      const [, s1, colon, s2, names] = m;
      const labelEnd = line.start + m.index + 3;
      const namesStart = labelEnd + s1.length + colon.length + s2.length;
      if (!colon) {
        ctx.report({
          messageId: 'missingColon',
          start: labelEnd - 3,
          end: labelEnd,
          fix: [edit.replace(labelEnd, namesStart, '：')],
        });
      }
      NAME_SEP_RE.lastIndex = 0;
      const trimmed = names.replace(/[\s\u3000]+$/u, '');
      for (let s = NAME_SEP_RE.exec(trimmed); s !== null; s = NAME_SEP_RE.exec(trimmed)) {
        if (s.index === 0 || s.index === trimmed.length - 1) continue;
        const at = namesStart + s.index;
        ctx.report({ messageId: 'separator', data: { found: s[0] }, start: at, end: at + 1, fix: [edit.replace(at, at + 1, '\u3000')] });
      }
    }
  },
};
