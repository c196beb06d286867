import { elementLines, elementsOfKind, formalModel, normalizeName, trimmedBounds } from '../element-kit';
import type { DocElement } from '../elements/types';
import type { Rule, RuleContext } from '../types';

const LABEL_RE = /^[\s\u3000]*附件[\s\u3000]*[：:]?[\s\u3000]*/u;
const MARKER_RE = /^([0-9]{1,2})(?![0-9])[.．、]?/u;

interface NoteItem {
  readonly number: number;
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/** The items of a 附件说明: number (0 when unnumbered) and name, wrapped lines joined to their item. */
function noteItems(ctx: RuleContext<object>, el: DocElement): NoteItem[] {
  const items: { number: number; name: string; start: number; end: number }[] = [];
  elementLines(ctx, el).forEach((line, k) => {
    const b = trimmedBounds(line);
    if (!b) return;
    let from = b.start;
    if (k === 0) {
      const label = LABEL_RE.exec(line.text);
      if (!label) return;
      from = line.start + label[0].length;
    }
    const text = ctx.text.slice(from, b.end);
    const m = MARKER_RE.exec(text);
    const numbered = m !== null && (m[0].length > m[1].length || k > 0);
    if (numbered || items.length === 0) {
      const nameStart = from + (numbered ? m[0].length : 0);
      items.push({ number: numbered ? Number(m[1]) : 0, name: ctx.text.slice(nameStart, b.end), start: nameStart, end: b.end });
    } else {
      const last = items[items.length - 1];
      last.name += text;
      last.end = b.end;
    }
  });
  return items;
}

/**
 * Whether the page title `found` is the listed name, also when it is set on two or more lines as a main title may be
 * (青山市2024年防汛 / 重点部位清单): the lines right below it (no blank line between) are joined while they continue the name.
 */
function titleMatches(ctx: RuleContext<object>, page: DocElement, found: string, expected: string): boolean {
  const want = normalizeName(expected);
  let got = normalizeName(found);
  const lines = ctx.doc.lines;
  for (let i = ctx.doc.lineAt(page.titleStart ?? page.start) + 1; got !== want && want.startsWith(got) && i <= page.endLine; i++) {
    const b = lines[i].masked ? null : trimmedBounds(lines[i]);
    if (!b) return false;
    got += normalizeName(ctx.text.slice(b.start, b.end));
  }
  return got === want;
}

/**
 * GW-ELEM-006 (GB/T 9704 7.3.7: 附件顺序号和附件标题应当与附件说明的表述一致): the title on each attachment page
 * (附件1 … its title) says what the 附件说明 says for that number. Names are compared after removing spaces
 * (参　会　回　执), unifying full- and half-width forms and dropping a final mark. No fix: which of the two is
 * right is the writer's call. An attachment page whose number the 附件说明 does not list is reported too.
 */
export const attachmentTitleMatch: Rule = {
  meta: {
    id: 'attachment-title-match',
    name: { zh: '附件标题一致', en: 'Attachment titles' },
    aliases: ['GW-ELEM-006'],
    category: 'element',
    defaultSeverity: 'warning',
    description: {
      zh: '附件页的顺序号和标题应与附件说明一致',
      en: 'Each attachment page has the number and title its entry in the attachment list gives',
    },
    messages: {
      mismatch: {
        zh: '附件{{number}}的标题“{{found}}”与附件说明中的“{{expected}}”不一致',
        en: 'The title of attachment {{number}} "{{found}}" differs from "{{expected}}" in the attachment list',
      },
      unlisted: { zh: '附件说明中没有附件{{number}}', en: 'The attachment list has no attachment {{number}}' },
      listed: { zh: '附件说明中的写法', en: 'As given in the attachment list' },
    },
    defaultOptions: {},
    examples: [['附件：1.龙舟文化节总体方案 …… 附件1 龙舟文化节实施方案', '附件：1.龙舟文化节总体方案 …… 附件1 龙舟文化节总体方案']],
  },
  check(ctx) {
    const model = formalModel(ctx);
    const note = model && elementsOfKind(model, 'attachmentNote')[0];
    if (!model || !note) return;
    const items = noteItems(ctx, note);
    if (items.length === 0) return;
    for (const page of elementsOfKind(model, 'attachment')) {
      const n = page.number ?? 0;
      const item = n === 0 && items.length === 1 ? items[0] : items.find((it) => it.number === n);
      if (!item) {
        if (n > 0 && items.some((it) => it.number > 0)) {
          const label = elementLines(ctx, page)[0];
          const b = label && trimmedBounds(label);
          if (b) ctx.report({ messageId: 'unlisted', data: { number: n }, start: b.start, end: b.end });
        }
        continue;
      }
      if (page.titleStart === undefined || page.titleEnd === undefined) continue;
      const found = ctx.text.slice(page.titleStart, page.titleEnd).trim();
      if (titleMatches(ctx, page, found, item.name)) continue;
      ctx.report({
        messageId: 'mismatch',
        data: { number: n === 0 ? '' : n, found, expected: item.name },
        start: page.titleStart,
        end: page.titleEnd,
        related: [{ messageId: 'listed', start: item.start, end: item.end }],
      });
    }
  },
};
