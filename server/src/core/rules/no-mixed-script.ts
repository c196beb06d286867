import { analyzeScript, DEFAULT_SKIP } from '../script/index';
import type { Rule } from '../types';
import { edit } from '../rule-kit';

const REGION: Readonly<Record<string, string>> = { traditional: '繁体', tw: '台湾繁体', hk: '香港繁体' };
const REGION_EN: Readonly<Record<string, string>> = { traditional: 'traditional', tw: 'Taiwan traditional', hk: 'Hong Kong traditional' };

/** At most 16 characters of `s` for a message; a line break (CRLF, CR or LF) counts as one and is shown as LF. */
function clip(text: string): string {
  // 40 units hold at least 20 characters after the line breaks are counted as one: enough to decide and to cut.
  const head = text.length > 40 ? text.slice(0, 40) : text;
  const s = head.includes('\r') ? head.replace(/\r\n?/g, '\n') : head;
  return s.length > 16 ? s.slice(0, 15) + '…' : s;
}

/**
 * 繁简混用 (GW-SCRIPT-001/003/004): the document's script is detected (or forced by the shared `script` setting);
 * characters of the other script are reported, one finding per run, with the phrase-aware OpenCC conversion as fix.
 * In a traditional document a character inside a likely personal name (理事長彭双浪, 楊双子著作) is the person's own
 * spelling more often than a slip: a note with the conversion as a suggestion, never a safe fix.
 */
export const noMixedScript: Rule<{ skip: string[] }> = {
  meta: {
    id: 'no-mixed-script',
    name: { zh: '繁简混用', en: 'Mixed script' },
    aliases: ['GW-SCRIPT-001', 'GW-SCRIPT-003', 'GW-SCRIPT-004'],
    category: 'script',
    defaultSeverity: 'error',
    fixable: 'safe',
    description: {
      zh: '简体文档中不应混入繁体字，繁体文档中不应混入简体字（按词组转换，引号和书名号内不查）',
      en: 'No traditional characters in a simplified document and no simplified ones in a traditional document (phrase-aware; quotations skipped)',
    },
    messages: {
      changeTo: { zh: '改为“{{to}}”', en: 'Change to "{{to}}"' },
      traditionalInSimplified: {
        zh: '简体文档中混入繁体字：“{{found}}”应为“{{expected}}”',
        en: 'Traditional characters in a simplified document: "{{found}}" should be "{{expected}}"',
      },
      simplifiedInTraditional: {
        zh: '{{region}}文档中混入简体字：“{{found}}”应为“{{expected}}”',
        en: 'Simplified characters in a {{regionEn}} document: "{{found}}" should be "{{expected}}"',
      },
      likelyName: {
        zh: '“{{found}}”可能是人名用字，{{region}}文档中一般作“{{expected}}”，请核对本人写法',
        en: '"{{found}}" is probably part of a personal name; {{regionEn}} text usually writes "{{expected}}" — check the person\'s own spelling',
      },
      ambiguousSimplified: {
        zh: '{{region}}文档中“{{phrase}}”的“{{found}}”应为“{{expected}}”（候选：{{candidates}}）',
        en: 'In this {{regionEn}} document, "{{found}}" in "{{phrase}}" should be "{{expected}}" (candidates: {{candidates}})',
      },
    },
    defaultOptions: { skip: [...DEFAULT_SKIP] },
    optionsSchema: {
      skip: {
        type: 'array',
        items: { type: 'string' },
        description:
          'Characters and words to leave alone. A word is never checked; a single character (the dual-use 乾 於 夥 徵 吒 薹 拚 袷 麽, 台) is only converted inside a run of the other script or a known phrase (关於, 乾燥).',
      },
    },
    examples: [
      ['后续工作將於下月開展', '后续工作将于下月开展'],
      ['關于科技局年終總結', '關於科技局年終總結'],
    ],
  },
  check(ctx) {
    const { decision, findings } = analyzeScript(ctx, ctx.options.skip ?? DEFAULT_SKIP);
    const region = decision.script === 'simplified' ? 'traditional' : decision.script;
    for (const f of findings) {
      const found = ctx.text.slice(f.start, f.end);
      const data = {
        found: clip(found),
        expected: clip(f.replacement),
        region: REGION[region],
        regionEn: REGION_EN[region],
        phrase: f.phrase ?? found,
        candidates: (f.candidates ?? []).join('/'),
      };
      ctx.report({
        messageId: f.name ? 'likelyName' : f.kind,
        data,
        start: f.start,
        end: f.end,
        fix: [edit.replace(f.start, f.end, f.replacement)],
        fixTitle: { messageId: 'changeTo', data: { to: clip(f.replacement) } },
        fixKind: f.fixKind,
        ...(f.name ? { severity: 'info' as const } : f.kind === 'ambiguousSimplified' ? { severity: 'warning' as const } : {}),
        ...(f.candidates && f.candidates.length > 1
          ? {
              suggestions: f.candidates.slice(1).map((c) => ({
                messageId: 'changeTo',
                data: { to: c },
                edits: [edit.replace(f.start, f.end, c)],
              })),
            }
          : {}),
      });
    }
  },
};
