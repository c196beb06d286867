import type { Rule } from '../types';

/**
 * ⁇ (U+2047 DOUBLE QUESTION MARK) is not a Chinese punctuation mark: it is what converters and text
 * generators leave for a character they could not map (the unknown-token mark of several tokenizers, some
 * PDF extractors). Between Chinese characters it stands for a lost character; elsewhere for ？ or ？？.
 * Every occurrence in prose is reported; there is no fix, since the lost character is unknown.
 */
export const noUnknownCharacterMark: Rule = {
  meta: {
    id: 'no-unknown-character-mark',
    name: { zh: '未知字符', en: 'Unknown character mark' },
    category: 'residue',
    defaultSeverity: 'warning',
    scope: 'paragraph',
    description: {
      zh: '“⁇”是转换工具留下的未知字符占位符，应核对原文补回正确的字或标点',
      en: '"⁇" is the placeholder a converter left for an unknown character; restore the character or mark from the source',
    },
    messages: {
      unknownChar: {
        zh: '“⁇”多为转换时丢失的字符，请核对原文补回',
        en: '"⁇" usually marks a character lost in conversion; restore it from the source',
      },
    },
    defaultOptions: {},
    examples: [['请核对⁇字的写法', '请核对该字的写法']],
  },
  check(ctx) {
    for (const seg of ctx.segments) {
      for (let k = seg.text.indexOf('⁇'); k >= 0; k = seg.text.indexOf('⁇', k + 1)) {
        ctx.report({ messageId: 'unknownChar', start: seg.start + k, end: seg.start + k + 1 });
      }
    }
  },
};
