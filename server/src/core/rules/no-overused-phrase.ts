import { LiteralTrie } from '../lexicon';
import type { Rule } from '../types';

/**
 * Stock adverbs and fillers of 公文 prose that pile up when a paragraph is padded (进一步 ×4). Content
 * verbs (加强, 推进, 落实) are not counted: a list of measures legitimately repeats them.
 */
const STOCK_PHRASES = (
  '进一步 進一步 切实 切實 不断 不斷 大力 积极 積極 认真 認真 着力 著力 全面 深入 扎实 紮實 努力 持续 持續 更加 坚决 堅決 ' +
  '充分 全力 狠抓 稳步 穩步 有力 有序 务必 務必 务求 務求 高度重视 高度重視 不折不扣 进一步加强 进一步推进 切实加强 认真落实 ' +
  '积极推进 大力推进 不断加强 真正 确实 確實 非常 十分'
).split(' ');

let stock: LiteralTrie<true> | undefined;
const extraCache = new Map<string, LiteralTrie<true>>();

function trieFor(extra: readonly string[]): LiteralTrie<true> {
  if (!stock) {
    stock = new LiteralTrie<true>();
    for (const p of STOCK_PHRASES) stock.add(p, true);
  }
  if (extra.length === 0) return stock;
  const key = JSON.stringify(extra);
  let t = extraCache.get(key);
  if (!t) {
    t = new LiteralTrie<true>();
    for (const p of [...STOCK_PHRASES, ...extra]) if (p.length >= 2 && p.length <= 6) t.add(p, true);
    if (extraCache.size > 16) extraCache.clear();
    extraCache.set(key, t);
  }
  return t;
}

/**
 * The same stock phrase used many times within one paragraph (进一步…进一步…进一步…进一步): a style
 * hint, counted per paragraph (line). Longest match wins, so 进一步加强 counts as itself, not as 进一步.
 */
export const noOverusedPhrase: Rule<{ threshold: number; density: number; phrases: readonly string[] }> = {
  meta: {
    id: 'no-overused-phrase',
    name: { zh: '套话过多', en: 'Overused phrase' },
    category: 'repetition',
    defaultSeverity: 'info',
    scope: 'paragraph',
    description: {
      zh: '同一段内反复使用同一套话（如“进一步”出现4次以上），提示换用其他说法或删减',
      en: 'The same stock phrase used many times within one paragraph (e.g. 进一步 four times or more)',
    },
    messages: {
      otherOccurrence: { zh: '同一段中的另一处', en: 'Another occurrence in the paragraph' },
      overused: {
        zh: '“{{phrase}}”在本段出现{{count}}次，可删减或换用其他说法',
        en: '"{{phrase}}" occurs {{count}} times in this paragraph: cut some or vary the wording',
      },
    },
    defaultOptions: { threshold: 4, density: 100, phrases: [] },
    optionsSchema: {
      threshold: { type: 'number', minimum: 2, description: 'Occurrences within one paragraph from which a phrase is reported.' },
      density: { type: 'number', minimum: 10, description: 'In long paragraphs, also require one occurrence per this many characters.' },
      phrases: {
        type: 'array',
        items: { type: 'string', minLength: 2, maxLength: 6 },
        description: 'More phrases (2–6 characters, literal) to count.',
      },
    },
    examples: [['要进一步强化责任，进一步完善制度，进一步细化措施，进一步抓好落实', '要强化责任，完善制度，细化措施，抓好落实']],
  },
  check(ctx) {
    const { threshold, density } = ctx.options;
    const trie = trieFor(Array.isArray(ctx.options.phrases) ? ctx.options.phrases.filter((p) => typeof p === 'string') : []);
    const text = ctx.text;
    let line = -1;
    const found = new Map<string, number[]>();
    let chars = 0;
    const flush = (): void => {
      // In a long paragraph a phrase may come back often: ask for one use per `density` characters too.
      const need = Math.max(threshold, Math.ceil(chars / density));
      chars = 0;
      if (found.size === 0) return; // most lines: no iterator to make
      for (const [phrase, at] of found) {
        if (at.length < need) continue;
        ctx.report({
          messageId: 'overused',
          data: { phrase, count: at.length },
          start: at[0],
          end: at[0] + phrase.length,
          related: at.slice(1).map((s) => ({ start: s, end: s + phrase.length, messageId: 'otherOccurrence' })),
        });
      }
      found.clear();
    };
    for (const seg of ctx.segments) {
      if (seg.line !== line) {
        flush();
        line = seg.line;
      }
      chars += seg.end - seg.start;
      trie.scan(text, seg.start, seg.end, (s, e) => {
        const p = text.slice(s, e);
        const list = found.get(p);
        if (list) list.push(s);
        else found.set(p, [s]);
      });
    }
    flush();
  },
};
