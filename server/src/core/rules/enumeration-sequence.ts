import { cnToInt, intToCn, outlineOf } from '../outline';
import type { Rule } from '../types';
import { edit, scanSegment } from '../rule-kit';

/**
 * In-paragraph ordinals (一是/二是, 第一，/第二，, 其一/其二, 首先/其次/再次) must run on without gaps or
 * repeats. A series starts at its first item (一是, 第一，, 其一, 首先) and lasts until the next heading or
 * the next first item. Only ordinals after a non-Han character count (统一是, 安全第一， are not ordinals);
 * 第一 must be followed by a comma-like point (第一季度, 第一次, 第一书记 are not ordinals, nor 第一、二季度).
 */
const ORD_RE =
  /(?<![\u3400-\u9fff])(?:([一二三四五六七八九十]{1,3})是|第([一二三四五六七八九十]{1,3})(?=[，,：:；]|、(?![一二三四五六七八九十]{1,3}(?:[、，,和及至到或与]|季度|批|次|阶段|产业|年级|届|类|等|期|庭)))|其([一二三四五六七八九十])(?=[，,、：:；是])|(首先|其次|再次)(?=[，,]))/gu;
const SEQ_WORDS = ['', '首先', '其次', '再次'];

type Kind = 'shi' | 'di' | 'qi' | 'seq';
interface OpenItem {
  readonly value: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly line: number;
  /** Placed by 其次/再次: the next explicit item may repeat its number (一是…其次…二是 is not reported). */
  readonly wild?: boolean;
}

/** The series whose last item came last, if that item is on line `minLine` or after. */
function latestOpen(open: ReadonlyMap<Kind, OpenItem>, minLine: number): [Kind, OpenItem] | null {
  let best: [Kind, OpenItem] | null = null;
  for (const e of open) if (e[1].line >= minLine && (!best || e[1].start > best[1].start)) best = e;
  return best;
}

export const enumerationSequence: Rule = {
  meta: {
    id: 'enumeration-sequence',
    name: { zh: '序次语连贯', en: 'Enumeration sequence' },
    aliases: ['GW-STRUCT-010'],
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    description: {
      zh: '段内序次语（一是、二是，第一、第二，首先、其次）应连贯，不跳不重',
      en: 'In-paragraph ordinals (一是/二是, 第一/第二, 首先/其次) must be consecutive',
    },
    messages: {
      previousItem: { zh: '上一项', en: 'previous item' },
      gap: {
        zh: '序次语跳号：此处应为“{{expected}}”，上一项为“{{prev}}”',
        en: 'Ordinal skipped: expected "{{expected}}" after "{{prev}}"',
      },
      duplicate: {
        zh: '序次语重复：此处应为“{{expected}}”，上一项已是“{{prev}}”',
        en: 'Ordinal repeated: expected "{{expected}}", the previous one is already "{{prev}}"',
      },
    },
    defaultOptions: {},
    examples: [['一是加强领导；二是完善制度；四是强化监督。', '一是加强领导；二是完善制度；三是强化监督。']],
  },
  check(ctx) {
    const headingLines = new Set(outlineOf(ctx).headings.map((h) => h.line));
    // A series stays open across paragraphs, but not across more than MAX_GAP lines without an ordinal of its kind.
    const MAX_GAP = 8;
    const open = new Map<Kind, OpenItem>();
    let lastLine = -1;
    for (const seg of ctx.segments) {
      if (seg.line !== lastLine) {
        if (headingLines.has(seg.line)) open.clear();
        lastLine = seg.line;
      }
      scanSegment(seg, ORD_RE, (m, start) => {
        let kind: Kind;
        let value: number;
        let numText: string;
        let numOffset: number;
        if (m[1]) [kind, value, numText, numOffset] = ['shi', cnToInt(m[1]), m[1], 0];
        else if (m[2]) [kind, value, numText, numOffset] = ['di', cnToInt(m[2]), m[2], 1];
        else if (m[3]) [kind, value, numText, numOffset] = ['qi', cnToInt(m[3]), m[3], 1];
        else [kind, value, numText, numOffset] = ['seq', SEQ_WORDS.indexOf(m[4]), m[4], 0];
        if (!(value > 0)) return;
        const word = m[0];
        const end = start + word.length;
        if (value === 1) {
          open.set(kind, { value, text: word, start, end, line: seg.line });
          return;
        }
        if (kind === 'seq' && !open.has('seq')) {
          // 其次/再次 say "next", whatever words number the series (第一…其次…第三, 一是…其次…): they take the
          // next place of the series open last, and are never themselves reported.
          const last = latestOpen(open, seg.line - MAX_GAP);
          if (last) open.set(last[0], { value: last[1].value + 1, text: word, start, end, line: seg.line, wild: true });
          return;
        }
        const prev = open.get(kind);
        if (!prev || seg.line - prev.line > MAX_GAP) {
          open.delete(kind);
          return;
        }
        const exp = prev.value + 1;
        const newer = latestOpen(open, seg.line - MAX_GAP);
        if (value !== exp && newer && newer[0] !== kind && newer[1].start > prev.start && newer[1].value === value - 1) {
          // 首先…其次…第三 inside 第三 of an outer 第一…第二…: the item continues the newer series, written otherwise.
          open.set(newer[0], { value, text: word, start, end, line: seg.line });
          return;
        }
        if (value < prev.value) {
          // 第四 … 第二: a new series whose first item is written otherwise (第一个, 首先), not an error.
          open.set(kind, { value, text: word, start, end, line: seg.line });
          return;
        }
        if (value !== exp && !(prev.wild && value === prev.value)) {
          const render = (n: number): string | null =>
            kind === 'seq'
              ? (SEQ_WORDS[n] ?? null)
              : kind === 'shi'
                ? intToCn(n) + '是'
                : kind === 'di'
                  ? '第' + intToCn(n)
                  : '其' + intToCn(n);
          const expected = render(exp);
          if (expected !== null) {
            const ns = start + numOffset;
            const newNum = kind === 'seq' ? expected : intToCn(exp);
            ctx.report({
              messageId: value === prev.value ? 'duplicate' : 'gap',
              data: { expected, prev: prev.text },
              start,
              end,
              fix: [edit.replace(ns, ns + numText.length, newNum)],
              related: [{ start: prev.start, end: prev.end, messageId: 'previousItem' }],
            });
          }
        }
        open.set(kind, { value, text: word, start, end, line: seg.line });
      });
    }
  },
};
