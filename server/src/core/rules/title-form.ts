import { elementLines, elementsOfKind, formalModel, trimmedBounds } from '../element-kit';
import { edit } from '../rule-kit';
import type { Rule, RuleContext } from '../types';

/** Marks a title never ends with (书名号, brackets and quotes close names and stay). */
const END_MARKS = '。，；：！？、.,;:!?';
/** 关于对… where 对 is the preposition, not the start of a word (对口支援, 对外开放, 对台工作, 对标, 对接). */
const GUANYU_DUI_RE = /关于对(?![口外台接标比象策话照应等偶联开调冲账岸内手方抗立])/u;
/** Two 文种 run together: 请示报告, 报告请示. */
const DOUBLE_GENRE_RE = /(请示报告|报告请示)$/u;

interface TitleText {
  /** The title's lines joined, without indentation; `at[i]` is the document offset of text[i]. */
  readonly text: string;
  readonly at: readonly number[];
}

/** The title element's lines joined into one string with a map back to document offsets. */
function titleText(ctx: RuleContext<object>, start: number): TitleText | null {
  const model = formalModel(ctx);
  const el = model && elementsOfKind(model, 'title').find((e) => e.start >= start);
  if (!el) return null;
  let text = '';
  const at: number[] = [];
  for (const line of elementLines(ctx, el)) {
    const b = trimmedBounds(line);
    if (!b) continue;
    for (let i = b.start; i < b.end; i++) at.push(i);
    text += ctx.text.slice(b.start, b.end);
  }
  return text ? { text, at } : null;
}

/**
 * GW-ELEM-013 (条例第九条（七）; 2000 年办法第十条; common-error lists): the title of a 公文 (发文机关 + 事由 + 文种)
 * ends without punctuation; 关于 is not followed by the preposition 对 (关于对…的批复; 关于对口支援… is a word); two 文种 are
 * not run together (请示报告); the 事由 does not repeat the 文种 (关于请求…的请示, 关于上报…的报告). 《》 around
 * laws and documents, “” around short names (关于开展“三下乡”活动的通知), （试行） and 、 between organs are right.
 * Title of a 公文 only (its element); deletions are offered as suggestions, never applied automatically.
 */
export const titleForm: Rule = {
  meta: {
    id: 'title-form',
    name: { zh: '标题格式', en: 'Title form' },
    aliases: ['GW-ELEM-013'],
    category: 'element',
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    description: {
      zh: '公文标题末尾不加标点，不用“关于对”，不叠用文种，事由不重复文种（关于请求…的请示）',
      en: 'A 公文 title has no final mark, no 关于对, no doubled kind and no 事由 repeating the kind',
    },
    messages: {
      endMark: { zh: '公文标题末尾不加标点“{{found}}”', en: 'A document title does not end with "{{found}}"' },
      guanyuDui: { zh: '标题中“关于对”介词连用，应删去“对”', en: '关于对 stacks two prepositions in the title: drop 对' },
      doubleGenre: { zh: '标题中文种叠用“{{found}}”，只保留一个文种', en: 'The title runs two document kinds together: "{{found}}"' },
      genreRepeat: {
        zh: '{{genre}}的标题不必再写“{{found}}”：关于{{found}}…的{{genre}}',
        en: 'A {{genre}} title need not say "{{found}}" again',
      },
      remove: { zh: '删去“{{found}}”', en: 'Delete "{{found}}"' },
    },
    defaultOptions: {},
    examples: [
      ['关于对城北污水处理厂扩建工程的批复', '关于城北污水处理厂扩建工程的批复'],
      ['关于请求拨付防汛经费的请示', '关于拨付防汛经费的请示'],
      ['关于规范政府投资项目管理的意见。', '关于规范政府投资项目管理的意见'],
    ],
  },
  check(ctx) {
    const t = titleText(ctx, 0);
    if (!t) return;
    const { text, at } = t;
    const removal = (i: number, len: number, found: string) => ({
      start: at[i],
      end: at[i + len - 1] + 1,
      fix: [edit.remove(at[i], at[i + len - 1] + 1)],
      fixTitle: { messageId: 'remove', data: { found } },
    });
    const lastChar = text[text.length - 1];
    if (END_MARKS.includes(lastChar))
      ctx.report({ messageId: 'endMark', data: { found: lastChar }, ...removal(text.length - 1, 1, lastChar) });
    const dui = text.search(GUANYU_DUI_RE);
    if (dui >= 0) ctx.report({ messageId: 'guanyuDui', ...removal(dui + 2, 1, '对') });
    const core = text.replace(/[。，；：！？、.,;:!?]+$/u, '');
    const dbl = DOUBLE_GENRE_RE.exec(core);
    if (dbl) ctx.report({ messageId: 'doubleGenre', data: { found: dbl[0] }, start: at[dbl.index], end: at[dbl.index + 3] + 1 });
    const rep = core.endsWith('请示') ? /关于(请求)/u.exec(core) : core.endsWith('报告') && !dbl ? /关于(上报)/u.exec(core) : null;
    if (rep) {
      const genre = core.endsWith('请示') ? '请示' : '报告';
      ctx.report({ messageId: 'genreRepeat', data: { genre, found: rep[1] }, ...removal(rep.index + 2, 2, rep[1]) });
    }
  },
};
