import { C_DUN } from '../chars';
import type { Rule } from '../types';
import { edit, scan, type Needs } from '../rule-kit';
import { isTraditionalDocument } from '../script/decision';

// 、和 、及 、以及 — except words that start with the conjunction's character: 和谐 和平 及时 …
// 与 is left out: after 、 it is mostly a preposition (与A相适应、与B相协调; 建设、与伙伴的对话).
const RE = /、(?=以及|和(?![谐諧平睦美顺順解衷气氣蔼藹善煦约約田声聲弦亲親合])|及(?![时早格第至]))/g;
const CLAUSE_START = /[，。；：！？\r\n]/;

/** What every match contains (rule-kit Needs). */
const NEEDS: Needs = [C_DUN];

/**
 * GB/T 15834 附录 B.1: when coordinated items are already joined by 和/及/以及, no 顿号 precedes the conjunction:
 * 资金、和人才 → 资金和人才. Words beginning with the same character (和谐、和平、及时) are not conjunctions; 与 is
 * not checked (after 、 it is mostly a preposition: 与A相适应、与B相协调).
 */
export const noDunBeforeConjunction: Rule = {
  meta: {
    id: 'no-dun-before-conjunction',
    name: { zh: '连词前顿号', en: 'Dun before conjunction' },
    aliases: ['GW-PUNCT-013'],
    category: 'punctuation',
    defaultSeverity: 'warning',
    scope: 'paragraph',
    fixable: 'safe',
    description: { zh: '并列成分之间已用“和”“及”“以及”时不再加顿号', en: 'No 顿号 before 和/及/以及 joining coordinated items' },
    messages: { dun: { zh: '“{{conj}}”前不用顿号', en: 'No 、 before "{{conj}}"' } },
    defaultOptions: {},
    examples: [['资金、技术、和人才', '资金、技术和人才']],
  },
  check(ctx) {
    // Taiwan usage writes A、B、以及C routinely: only a hint there.
    scan(ctx, RE, NEEDS, (m, start, seg) => {
      const conj = seg.text.startsWith('以及', m.index + 1) ? '以及' : seg.text[m.index + 1];
      // Parallel phrases each opened by the conjunction (和A结合、和B结合): the 顿号 separates whole phrases.
      let k = m.index - 1;
      while (k >= 0 && !CLAUSE_START.test(seg.text[k])) k--;
      if (seg.text.slice(k + 1, m.index).includes(conj)) return;
      ctx.report({
        messageId: 'dun',
        data: { conj },
        start,
        end: start + 1,
        fix: [edit.remove(start, start + 1)],
        ...(isTraditionalDocument(ctx) ? { severity: 'info' as const } : {}),
      });
    });
  },
};
