import { analyzeVariants } from '../script/index';
import type { Rule } from '../types';
import { edit } from '../rule-kit';

const REGION: Readonly<Record<string, string>> = { traditional: 'OpenCC 标准繁体', tw: '台湾繁体', hk: '香港繁体' };
const REGION_EN: Readonly<Record<string, string>> = {
  traditional: 'OpenCC standard traditional',
  tw: 'Taiwan traditional',
  hk: 'Hong Kong traditional',
};

/**
 * 异体字 in a traditional document (GW-SCRIPT-002): 爲/為, 裏/裡, 綫/線, 啓/啟… judged against the document's
 * standard (Taiwan: 為 裡 線 啟; Hong Kong: 為 裏 啓; OpenCC: 爲 裏 線 啓), never by majority; names are left alone.
 * Safe fix only when the standard is known (forced by `script`, or a clear Taiwan/Hong Kong detection).
 */
export const consistentVariantForm: Rule = {
  meta: {
    id: 'consistent-variant-form',
    name: { zh: '繁体异体统一', en: 'Traditional variant forms' },
    aliases: ['GW-SCRIPT-002'],
    category: 'script',
    defaultSeverity: 'info',
    fixable: 'safe',
    description: {
      zh: '繁体文档中的异体字（爲/為、裏/裡、綫/線等）按文档所用标准（台湾、香港或通用）统一',
      en: "Variant forms in a traditional document (爲/為, 裏/裡, 綫/線…) follow the document's own standard (Taiwan, Hong Kong or OpenCC)",
    },
    messages: {
      variant: {
        zh: '{{region}}文档中“{{found}}”宜统一为“{{expected}}”',
        en: 'In a {{regionEn}} document "{{found}}" should be "{{expected}}"',
      },
    },
    defaultOptions: {},
    examples: [['這裏的工作爲民服務（台湾繁体文档）', '這裡的工作為民服務']],
  },
  check(ctx) {
    for (const v of analyzeVariants(ctx)) {
      ctx.report({
        messageId: 'variant',
        data: { found: v.found, expected: v.expected, region: REGION[v.region], regionEn: REGION_EN[v.region] },
        start: v.start,
        end: v.end,
        fix: [edit.replace(v.start, v.end, v.expected)],
        fixKind: v.fixKind,
      });
    }
  },
};
