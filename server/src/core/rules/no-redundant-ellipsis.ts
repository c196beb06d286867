import { C_ELLIPSIS } from '../chars';
import type { Rule } from '../types';
import { edit, scanSegment } from '../rule-kit';

// ……等 / ……等等 / ……之类 / ……什么的 (not 等待/等到/等候/等着/等同 …), and 、…… ，……
const DENG_RE = /……(?=等等|等(?![待到候着了同于级次])|之类|什么的)/g;
const BEFORE_RE = /[、，,](?=……)/g;

/**
 * GB/T 15834 4.11 and the proofreading guides: an ellipsis already says "and so on", so it does not go with
 * 等/等等/之类 (资金、技术、人才……等 → 资金、技术、人才等: the ellipsis is removed, the word kept), and no 、 or ，
 * precedes it (人才、…… → 人才……). A sentence-final 。？！ before …… is allowed.
 */
export const noRedundantEllipsis: Rule = {
  meta: {
    id: 'no-redundant-ellipsis',
    name: { zh: '省略号多余', en: 'Redundant ellipsis' },
    aliases: ['GW-PUNCT-007'],
    category: 'punctuation',
    defaultSeverity: 'error',
    scope: 'paragraph',
    fixable: 'safe',
    description: { zh: '省略号不与“等”“之类”连用，前面不用顿号、逗号', en: 'No 等/之类 after an ellipsis and no 、 or ， before it' },
    messages: {
      withDeng: { zh: '省略号不与“{{word}}”连用：删去“……”', en: 'An ellipsis does not go with "{{word}}": remove "……"' },
      before: { zh: '省略号前不用“{{found}}”', en: 'No "{{found}}" before an ellipsis' },
    },
    defaultOptions: {},
    examples: [
      ['资金、技术、人才……等', '资金、技术、人才等'],
      ['资金、技术、人才、……', '资金、技术、人才……'],
    ],
  },
  check(ctx) {
    for (const seg of ctx.segments) {
      if ((seg.chars & C_ELLIPSIS) === 0 || !seg.text.includes('……')) continue;
      scanSegment(seg, DENG_RE, (m, start) => {
        const rest = seg.text.slice(m.index + 2);
        const word = rest.startsWith('等等') ? '等等' : rest.startsWith('之类') ? '之类' : rest.startsWith('什么的') ? '什么的' : '等';
        ctx.report({ messageId: 'withDeng', data: { word }, start, end: start + 2, fix: [edit.remove(start, start + 2)] });
      });
      scanSegment(seg, BEFORE_RE, (m, start) => {
        ctx.report({ messageId: 'before', data: { found: m[0] }, start, end: start + 1, fix: [edit.remove(start, start + 1)] });
      });
    }
  },
};
