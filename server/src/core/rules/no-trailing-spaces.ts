import type { Rule } from '../types';
import { edit } from '../rule-kit';

const TRAILING_RE = /[ \t\u3000\u00a0]+$/;

/**
 * Spaces at the end of a line are invisible and get copied into other documents. Whitespace-only lines
 * are included. In Markdown two or more trailing spaces after text are a hard line break and stay.
 */
export const noTrailingSpaces: Rule = {
  meta: {
    id: 'no-trailing-spaces',
    name: { zh: '行尾空格', en: 'Trailing spaces' },
    aliases: ['GW-PUNCT-022'],
    category: 'punctuation',
    defaultSeverity: 'info',
    fixable: 'safe',
    description: { zh: '行尾不留空格', en: 'No spaces at the end of a line' },
    messages: { trailing: { zh: '行尾有{{n}}个多余的空白字符', en: '{{n}} trailing whitespace character(s)' } },
    defaultOptions: {},
    examples: [['认真落实。␣␣', '认真落实。']],
  },
  check(ctx) {
    const md = ctx.doc.language === 'markdown';
    for (const line of ctx.doc.lines) {
      if (line.masked) continue;
      const m = TRAILING_RE.exec(line.text);
      if (!m) continue;
      const start = line.start + m.index;
      if (ctx.doc.mask[start] === 1) continue;
      if (md && m.index > 0 && /^ {2,}$/.test(m[0])) continue;
      ctx.report({ messageId: 'trailing', data: { n: m[0].length }, start, end: line.end, fix: [edit.remove(start, line.end)] });
    }
  },
};
