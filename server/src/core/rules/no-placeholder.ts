import { C_BRACKET, C_FILL_WORD, C_FW_PAREN, C_PAREN, C_PLACEHOLDER, C_SPACE } from '../chars';
import type { Rule, Segment, Severity } from '../types';
import { scanSegment } from '../rule-kit';

/**
 * GW-PH-001…005: template placeholders left unfilled — XX / xx, 20XX年 / 20xx年 / 200*年, X月X日,
 * fill-in underscores ___ and __月__日, ×× / ＸＸ runs, empty 【】 〔〕 （ ）, “此处填写”-style prompts;
 * 某某 (legitimate anonymisation) only as info.
 * Also □□ / ○○ runs and TODO / TBD / FIXME notes left by an author.
 * Not flagged: X射线, XX染色体, x轴 (single letters), Latin words (XXL, Xx), Markdown **bold** and
 * __bold__ delimiters, checkboxes □, a lone × (3×4).
 */

type Kind = 'latinX' | 'yearX' | 'dateX' | 'underscore' | 'crossRun' | 'boxRun' | 'emptyBracket' | 'prompt' | 'anonymous';

// One combined single-pass regex; the group that matched says the kind.
const PLACEHOLDER_RE = new RegExp(
  [
    // 20XX / 20xx / 202X / 19XX / 200* / 20** (years; the * form only before 年)
    '(?<yearX>(?<![A-Za-z0-9])(?:(?:19|20)(?:[Xx]{2}|\\d[Xx])|(?:19|20)\\d?\\*{1,2}(?=年))(?![A-Za-z0-9]))',
    // X月X日 / 2024年X月 / XX月XX日 (a single X is enough before 月 or 日)
    '(?<dateX>(?<![A-Za-z])[Xx×ＸｘΧ]{1,2}(?=[月日号])(?![A-Za-z]))',
    // XX, xx, XXX (two or more, not inside a Latin word)
    '(?<latinX>(?<![A-Za-z0-9])(?:[Xx]{2,}|[Ｘｘ]{2,})(?![A-Za-z0-9]))',
    // ××× / ＊＊＊ runs (names hidden: info unless in a date)
    '(?<crossRun>[×＊]{2,})',
    // □□ / ○○ runs standing for a name (○○市); not the ○ of a Chinese-numeral year (二○○八年), not one checkbox (□同意)
    '(?<boxRun>□{2,}|(?<![一二三四五六七八九十〇○零])○{2,}(?![一二三四五六七八九〇○零]*年))',
    // fill-in underscores
    '(?<underscore>_{2,}|＿{2,})',
    // fill-in brackets holding only spaces (（）【】 with nothing inside belong to no-empty-pair)
    '(?<emptyBracket>【[ \\t\\u3000]+】|〔[ \\t\\u3000]+〕|［[ \\t\\u3000]+］|（[ \\t\\u3000]+）|\\([ \\t\\u3000]+\\))',
    // prompts
    '(?<prompt>(?<![A-Za-z])(?:TODO|TBD|FIXME)(?![A-Za-z])|此处填写|此处输入|在此输入|请在此处[^，。；\\s]{0,8}|待补充|待填写|（(?:此处为)?(?:标题|正文)）|【请填写[^】]{0,20}】|\\{\\{[^{}\\r\\n]{0,30}\\}\\}|\\$\\{[^{}\\r\\n]{0,30}\\})',
    // 某某 (info)
    '(?<anonymous>某某)',
  ].join('|'),
  'gu',
);

// X/XX followed by these is a real term (XX染色体, XX型 in genetics); XX世纪 is a Roman numeral.
const LATIN_X_FOLLOWERS = /^(?:染色体|染色體|世纪|世紀|型|号染色体)/u;

const MESSAGES = {
  yearX: { zh: '年份占位符“{{found}}”未填写', en: 'Year placeholder "{{found}}" was left unfilled' },
  dateX: { zh: '日期占位符“{{found}}”未填写', en: 'Date placeholder "{{found}}" was left unfilled' },
  latinX: { zh: '占位符“{{found}}”未替换为实际内容', en: 'Placeholder "{{found}}" was not replaced with real content' },
  boxRun: { zh: '占位符“{{found}}”未替换为实际内容', en: 'Placeholder "{{found}}" was not replaced with real content' },
  crossRun: {
    zh: '“{{found}}”可能是未填写的占位符（正式公文中用于隐去姓名、单位名时可忽略）',
    en: '"{{found}}" may be an unfilled placeholder (ignore when it deliberately hides a name)',
  },
  underscore: { zh: '填空下划线“{{found}}”未填写', en: 'Fill-in blank "{{found}}" was left empty' },
  emptyBracket: { zh: '空括号“{{found}}”：内容未填写', en: 'Empty brackets "{{found}}": content missing' },
  prompt: { zh: '模板提示语“{{found}}”未替换', en: 'Template prompt "{{found}}" was not replaced' },
  anonymous: {
    zh: '“某某”是匿名写法，确认不是未填写的占位符',
    en: '"某某" is an anonymised name; make sure it is not an unfilled placeholder',
  },
} as const;

/** The written-out placeholders (C_FILL_WORD): every alternative of PLACEHOLDER_RE made of Han holds one of these. */
const FILL_WORDS = ['此处', '在此输入', '待补充', '待填写', '请填写', '某某'];

/**
 * False only for a segment PLACEHOLDER_RE cannot match in: every alternative has a C_PLACEHOLDER character
 * (X x × * □ ○ _ { $ T F …), or is a bracket around spaces, or is a written-out one (此处填写, 待补充, 某某 …: a
 * C_FILL_WORD character and one of FILL_WORDS), or is （标题） / （正文）. 此 待 填 某 alone are common words' characters.
 */
function mayHoldPlaceholder(seg: Segment): boolean {
  const c = seg.chars;
  if (c & C_PLACEHOLDER) return true;
  if (c & C_SPACE && c & (C_BRACKET | C_FW_PAREN | C_PAREN)) return true;
  if (c & C_FILL_WORD && FILL_WORDS.some((w) => seg.text.includes(w))) return true;
  return (c & C_FW_PAREN) !== 0 && (seg.text.includes('（标题）') || seg.text.includes('（正文）'));
}

function isDateContext(text: string, start: number, end: number): boolean {
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  return /[年月日]/u.test(after) || /[年月]/u.test(before);
}

export const noPlaceholder: Rule = {
  meta: {
    id: 'no-placeholder',
    name: { zh: '未填占位符', en: 'Placeholder' },
    aliases: ['GW-PH-001', 'GW-PH-002', 'GW-PH-003', 'GW-PH-004', 'GW-PH-005'],
    category: 'residue',
    defaultSeverity: 'warning',
    scope: 'paragraph',
    description: {
      zh: '模板占位符未填写：XX、20XX年、X月X日、___、××、空括号、“此处填写”等',
      en: 'Unfilled template placeholders: XX, 20XX年, X月X日, ___, ××, empty brackets, 此处填写 …',
    },
    messages: MESSAGES,
    defaultOptions: {},
    examples: [
      ['于20XX年X月X日前报送', '于2024年7月1日前报送'],
      ['撰写人：________', '撰写人：张三'],
    ],
  },
  check(ctx) {
    const text = ctx.text;
    const md = ctx.doc.language === 'markdown';
    for (const seg of ctx.segments) if (mayHoldPlaceholder(seg)) scanSegment(seg, PLACEHOLDER_RE, visit);
    function visit(m: RegExpExecArray, start: number, seg: Segment): void {
      const g = m.groups!;
      const kind = (Object.keys(g) as Kind[]).find((k) => g[k] !== undefined)!;
      const found = m[0];
      const end = start + found.length;
      let severity: Severity | undefined;
      if (kind === 'latinX' && LATIN_X_FOLLOWERS.test(text.slice(end, end + 4))) return;
      if (kind === 'dateX') {
        // A single X/× before 月/日 only counts next to another date part (X月X日, 2024年X月).
        if (
          found.length === 1 &&
          !/[年月\dXx×Ｘｘ]/u.test(text.charAt(start - 1)) &&
          !/^[月日号][Xx×Ｘｘ\d]/u.test(text.slice(end, end + 2))
        )
          return;
        if (found === '×' && /\d/.test(text.charAt(start - 1))) return; // 3×4月? arithmetic, not a date
      }
      const inDate = kind === 'crossRun' && isDateContext(text, start, end);
      if (kind === 'crossRun' && !inDate) severity = 'info';
      if (kind === 'underscore') {
        const line = ctx.doc.lines[seg.line];
        // Markdown: __bold__ delimiters and a ___ thematic break; identifiers like __init__.
        if (md && (found.length === 2 || /^[ \t]*_{3,}[ \t]*$/.test(line.text))) return;
        if (/[A-Za-z0-9]/.test(text.charAt(start - 1)) && /[A-Za-z0-9]/.test(text.charAt(end))) return;
      }
      if (kind === 'anonymous') severity = 'info';
      const messageId = kind === 'latinX' && text.charAt(end) === '年' ? 'yearX' : inDate ? 'dateX' : kind;
      ctx.report({ messageId, data: { found }, start, end, ...(severity ? { severity } : {}) });
    }
  },
};
