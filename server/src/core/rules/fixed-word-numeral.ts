import { C_DIGIT } from '../chars';
import type { Rule } from '../types';
import { edit, scan, scanSegment } from '../rule-kit';
import { isTraditionalDocument } from '../script/decision';

/**
 * GW-NUM-007 (GB/T 15835 4.2.3) beyond the weekdays: fixed words, idioms and abbreviations keep Chinese numerals.
 * (1) A small fixed list of words and idioms written with digits: 1律 → 一律, 3心2意 → 三心二意. Only whole list
 * entries not touching other digits or letters, so 5G, MP3, G20, PM2.5 and 1号 are never candidates.
 * (2) The plan abbreviation 十四五 (十一五…十九五) before 规划/时期/期间 takes quotation marks: “十四五”规划.
 * Suggestions.
 */

const WORDS: readonly (readonly [string, string])[] = [
  ['1律', '一律'],
  ['1般', '一般'],
  ['1切', '一切'],
  ['1旦', '一旦'],
  ['1心1意', '一心一意'],
  ['1举2得', '一举两得'],
  ['1丝不苟', '一丝不苟'],
  ['1视同仁', '一视同仁'],
  ['3心2意', '三心二意'],
  ['3番5次', '三番五次'],
  ['4面8方', '四面八方'],
  ['5湖4海', '五湖四海'],
  ['7上8下', '七上八下'],
];
/** Digits-as-words that continue into another word: 1律师事务所, 1切片. */
const NOT_AFTER: Readonly<Record<string, RegExp>> = { '1律': /^师/u, '1切': /^[片割块]/u };
const BY_WRONG = new Map(WORDS);
const WORD_RE = new RegExp(
  `(?<![0-9０-９.．A-Za-z第])(?:${WORDS.map(([w]) => w)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![0-9０-９.．A-Za-z%])`,
  'gu',
);
const PLAN_RE = /(?<![“"‘'「『《])十[一二三四五六七八九]五(?![”"’'」』》])(?=规划|时期|期间)/gu;

export const fixedWordNumeral: Rule = {
  meta: {
    id: 'fixed-word-numeral',
    name: { zh: '定型词语数字', en: 'Numerals in set words' },
    aliases: ['GW-NUM-007'],
    category: 'number',
    defaultSeverity: 'info',
    scope: 'paragraph',
    fixable: 'suggestion',
    description: {
      zh: '定型词语、成语中的数字用汉字（1律→一律）；“十四五”等缩略语加引号',
      en: 'Fixed words and idioms keep Chinese numerals (1律 → 一律); abbreviations like “十四五” take quotation marks',
    },
    messages: {
      fixedWord: { zh: '定型词语“{{found}}”应写作“{{expected}}”', en: 'The fixed word "{{found}}" should read "{{expected}}"' },
      planQuotes: {
        zh: '缩略语“{{found}}”应加引号：“{{expected}}”',
        en: 'The abbreviation "{{found}}" takes quotation marks: {{expected}}',
      },
      change: { zh: '改为“{{expected}}”', en: 'Change to "{{expected}}"' },
    },
    defaultOptions: {},
    examples: [
      ['1律不予受理', '一律不予受理'],
      ['十四五规划', '“十四五”规划'],
    ],
  },
  check(ctx) {
    if (isTraditionalDocument(ctx)) return;
    scan(ctx, WORD_RE, [C_DIGIT], (m, start) => {
      if (NOT_AFTER[m[0]]?.test(ctx.text.slice(start + m[0].length, start + m[0].length + 1))) return;
      const expected = BY_WRONG.get(m[0]) ?? m[0];
      const end = start + m[0].length;
      ctx.report({
        messageId: 'fixedWord',
        data: { found: m[0], expected },
        start,
        end,
        fix: [edit.replace(start, end, expected)],
        fixTitle: { messageId: 'change', data: { expected } },
      });
    });
    for (const seg of ctx.segments) {
      // PLAN_RE opens with a lookbehind: look for the 十 every match has before running it.
      if (!seg.text.includes('十')) continue;
      scanSegment(seg, PLAN_RE, (m, start) => {
        const expected = `“${m[0]}”`;
        const end = start + m[0].length;
        ctx.report({
          messageId: 'planQuotes',
          data: { found: m[0], expected },
          start,
          end,
          fix: [edit.replace(start, end, expected)],
          fixTitle: { messageId: 'change', data: { expected } },
        });
      });
    }
  },
};
