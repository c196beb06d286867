import type { Rule } from '../types';
import { edit } from '../rule-kit';

/** The characters of /[ \t\u3000\u00a0]+$/. */
function isTrailingSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0;
}

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
      // TRAILING_RE read from the end: only the last characters of a line are looked at.
      const lt = line.text;
      let at = lt.length;
      while (at > 0 && isTrailingSpace(lt.charCodeAt(at - 1))) at--;
      if (at === lt.length) continue;
      const run = lt.slice(at);
      const start = line.start + at;
      if (ctx.doc.mask[start] === 1) continue;
      if (md && at > 0 && /^ {2,}$/.test(run)) continue;
      ctx.report({ messageId: 'trailing', data: { n: run.length }, start, end: line.end, fix: [edit.remove(start, line.end)] });
    }
  },
};
