import type { Rule } from '../types';
import { edit, scan } from '../rule-kit';

// Runs of two or more points. 。。。 (3+) is the ellipsis rule's.
const RUN_RE = /[，。、；：？！]{2,}/g;
const RANK: Readonly<Record<string, number>> = { '、': 1, '，': 2, '：': 3, '；': 4, '。': 5, '？': 6, '！': 6 };

/**
 * GB/T 15834 (点号用法): one point at a time. ，， 。。 、， ，。 ：： are reduced to the strongest mark of the run
 * (认真落实，。 → 认真落实。). Question and exclamation marks may be repeated up to three times (15834 4.2/4.3:
 * ？！ ？？？); longer runs are cut to three.
 */
export const noRepeatedPunctuation: Rule = {
  meta: {
    id: 'no-repeated-punctuation',
    name: { zh: '标点重复', en: 'Repeated punctuation' },
    aliases: ['GW-PUNCT-014'],
    category: 'punctuation',
    defaultSeverity: 'error',
    scope: 'paragraph',
    fixable: 'safe',
    description: {
      zh: '点号不重复、不冲突（问号、叹号最多连用三个）',
      en: 'No repeated or conflicting points (up to three ? or ! allowed)',
    },
    messages: {
      repeated: {
        zh: '标点“{{found}}”重复或冲突，应为“{{expected}}”',
        en: 'Repeated or conflicting marks "{{found}}": expected "{{expected}}"',
      },
    },
    defaultOptions: {},
    examples: [
      ['认真落实，。', '认真落实。'],
      ['各单位、，', '各单位，'],
      ['难道不是吗？？？？', '难道不是吗？？？'],
    ],
  },
  check(ctx) {
    scan(ctx, RUN_RE, (m, start) => {
      const run = m[0];
      if (/^。{3,}$/.test(run)) return;
      let expected: string;
      if (/^[？！]+$/.test(run)) {
        if (run.length <= 3) return;
        expected = run.slice(0, 3);
      } else {
        // Trailing ？！ after a point keep their own marks (好，？ → ？); otherwise the strongest mark wins.
        let best = run[0];
        for (const ch of run) if (RANK[ch] > RANK[best]) best = ch;
        const qe = run.replace(/^[，。、；：]+/, '');
        expected = /^[？！]{1,3}$/.test(qe) ? qe : best;
      }
      const end = start + run.length;
      ctx.report({ messageId: 'repeated', data: { found: run, expected }, start, end, fix: [edit.replace(start, end, expected)] });
    });
  },
};
