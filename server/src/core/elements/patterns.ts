/**
 * Line forms of the 公文 elements (GB/T 9704—2012 §7, §10): what one line looks like when it is a 份号,
 * a 发文字号, a 成文日期, a 抄送 line… Each test looks at the line's content without its indentation
 * (and without a Markdown `#`/`>` prefix). Position decides the rest (recognise.ts).
 */
import { cnToInt } from '../outline/numerals';
import type { Genre } from './types';

const S = '[ \\t\\u3000]';
const DIGITS = '[0-9０-９]';
const CN_YEAR = '[〇○零Ｏ０一二三四五六七八九]{4}';
const CN_MD = '[一二三四五六七八九十]{1,3}';

/** Indentation, zero-width spaces, and a Markdown heading or quote prefix. */
export const LEAD_RE = /^[ \t\u3000\u200b\ufeff]*(?:(?:#{1,6}|>)[ \t]+)?[ \t\u3000\u200b\ufeff]*/;

/** A date as 成文日期 or 印发日期: 2024年7月1日 or 二〇二四年七月一日. */
export const DATE_SRC = `(?:${DIGITS}{4}${S}*年${S}*${DIGITS}{1,2}${S}*月${S}*${DIGITS}{1,2}${S}*日|${CN_YEAR}年${CN_MD}月${CN_MD}日)`;
/** A line that is a date, optionally followed by a bracketed 附注 on the same line. */
export const DATE_LINE_RE = new RegExp(`^(${DATE_SRC})${S}*([（(].{2,80}[)）])?$`);

export const COPY_NUMBER_RE = /^(?:份号[：:][ \t\u3000]*)?([0-9０-９]{6})$/;
export const SECRECY_RE =
  /^(?:绝[ \t\u3000]*密|机[ \t\u3000]*密|秘[ \t\u3000]*密)(?:[ \t\u3000]*[★☆*＊][ \t\u3000]*[0-9０-９一二三四五六七八九十]{0,3}[ \t\u3000]*(?:年|个月|月)?|[ \t\u3000]*[0-9０-９一二三四五六七八九十]{1,3}[ \t\u3000]*年)?$/;
export const URGENCY_RE = /^(?:特[ \t\u3000]*急|加[ \t\u3000]*急|特[ \t\u3000]*提|平[ \t\u3000]*急|急[ \t\u3000]*件|紧[ \t\u3000]*急)$/;

/** 发文字号: 代字〔年份〕序号号, tolerant of the wrong brackets (GW-ELEM-001 reports them). */
export const DOC_NUMBER_RE =
  /^([\u3400-\u9fffA-Za-z]{0,16}?[ \t\u3000]*[〔\[【（(［﹝][ \t\u3000]*[0-9０-９]{2,4}[ \t\u3000]*[〕\]】）)］﹞][ \t\u3000]*第?[ \t\u3000]*[0-9０-９]{1,5}[ \t\u3000]*号)/;
/** 令号 and 纪要 issue numbers on their own line: 第5号, 第十二期. */
export const ISSUE_NUMBER_RE = /^(?:〔[0-9０-９]{4}〕)?第[ \t\u3000]*[0-9０-９一二三四五六七八九十百零〇]{1,6}[ \t\u3000]*[号期]$/;
export const SIGNER_RE = /签[ \t\u3000]*发[ \t\u3000]*人[ \t\u3000]*[：:][ \t\u3000]*/;

/** A 发文机关标志 ending in 文件, or the 命令 form's 机关 + 令/命令. */
export const FILE_MARK_RE = /^[\u3400-\u9fff（）()、 \t\u3000]{2,40}文[ \t\u3000]*件$/;
export const ORDER_MARK_RE = /^[\u3400-\u9fff]{2,30}(?:命令|令)$/;
export const MINUTES_MARK_RE = /^[\u3400-\u9fff（）()]{0,30}纪[ \t\u3000]*要$/;
/** An organ's name on one line: Han (and brackets), no sentence punctuation, not too long. */
export const ORGAN_RE = /^[\u3400-\u9fff][\u3400-\u9fff（）()、·]{1,39}(?:[ \t\u3000]+[\u3400-\u9fff（）()、·]{2,40}){0,3}$/;
/**
 * An organ's name that says it is one (regex source, no anchors): 2–40 Han ending with an organ word (…人民政府, …办公室,
 * …水利局). Used where a space between two Han fields must be told from a stray one (署名, 印发 and 纪要 lines).
 */
export const NAMED_ORGAN_SRC =
  '[\\u3400-\\u9fff（）()、·]{1,38}(?:政府|办公室|办公厅|委员会|机关|单位|中心|公司|学校|党组|党委|局|厅|委|办|院|会|部|处|室|司|所|站|队|社|校)';

/** A separator rule: dashes, underscores, box rules (the red line of the 版头, the 版记 rules). */
export const RULE_RE = /^[-—－_＿=＝─━═▁﹍~～·—]{3,}$/;
export const CC_RE = /^(?:抄[ \t\u3000]*送|抄[ \t\u3000]*报|分[ \t\u3000]*送|主[ \t\u3000]*送)[ \t\u3000]*[：:][ \t\u3000]*/;
/** 印发机关和印发日期: …办公室　2024年7月1日印发. */
export const PRINTER_RE = new RegExp(`(${DATE_SRC})${S}*印${S}*发[。.]?$`);

/** 纪要: the 编发机关 and the date on one line under the 期号: 青山市人民政府办公室　　2024年3月8日. */
export const ISSUE_LINE_RE = new RegExp(`^[\\u3400-\\u9fff（）()、]{2,40}${S}+${DATE_SRC}$`);
/** 附件说明 label (附件：…), and an attachment page's label (附件1 / 附件 / 附件2：名称). */
export const NOTE_LABEL_RE = /^附[ \t\u3000]*件[ \t\u3000]*[：:][ \t\u3000]*/;
export const PAGE_LABEL_RE =
  /^附[ \t\u3000]*件[ \t\u3000]*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?[ \t\u3000]*(?:[：:][ \t\u3000]*)?(.*)$/;
/** A numbered item of a list: 1. 1、 （1） ⒈ — [whole marker, number]. */
export const ITEM_MARKER_RE = /^(?:([0-9０-９]{1,2})[ \t\u3000]*[.．、,，]|[（(]([0-9０-９]{1,2})[)）]|([⒈-⒛]))[ \t\u3000]*/;

/** 附注: a line in round brackets. */
export const NOTE_RE = /^[（(].{2,80}[)）]$/;
/** A 附注 written without its brackets (note-brackets reports it): 此件公开发布, 联系人：…, 联系电话：…. */
export const BARE_NOTE_RE = /^(?:此件[\u3400-\u9fff]{2,8}|联系(?:人|电话)[ \t\u3000]*[：:][^。！？!?；;]{1,60})$/;
/** （此页无正文）: a line some drafts put above the 署名 (GW-ELEM-017 reports it); it belongs to no element. */
export const NO_TEXT_RE = /^[（(]此页无正文[)）]$/;
/** 纪要 attendance labels. */
export const ATTENDANCE_RE =
  /^(?:出[ \t\u3000]*席(?:人员|会议)?|请[ \t\u3000]*假(?:人员)?|列[ \t\u3000]*席(?:人员)?|缺[ \t\u3000]*席(?:人员)?|参[ \t\u3000]*加(?:人员)?|参会人员|记[ \t\u3000]*录(?:人)?)[ \t\u3000]*[：:][ \t\u3000]*/;
/** Salutations of speeches and letters to people: a line ending with a colon that is no 主送机关. */
export const SALUTATION_RE = /^(?:同志们|各位|女士们|先生们|朋友们|亲爱的|尊敬的|大家好|老师们|同学们|代表们)/;

/** Sentence punctuation that a title, a 主送机关 or a 署名 does not hold. */
export const SENTENCE_RE = /[。！？!?；;]/;

const LEGAL_GENRES: readonly Genre[] = [
  '决议',
  '决定',
  '命令',
  '公报',
  '公告',
  '通告',
  '意见',
  '通知',
  '通报',
  '报告',
  '请示',
  '批复',
  '议案',
  '函',
  '纪要',
];
/** Words that end titles of documents which are not one of the 15 legal kinds. */
const OTHER_GENRE_RE =
  /(工作报告|工作总结|总结|汇报提纲|汇报|情况说明|说明|实施方案|工作方案|方案|工作要点|要点|讲话|发言|致辞|规划|计划|简报|条例|办法|规定|细则|章程|守则|公约)$/;

/** 文种 of a title: the legal kind (or null) and the word as written. */
export function genreOf(title: string): { genre: Genre | null; word: string | null } {
  const t = title.replace(/[ \t\u3000]/g, '').replace(/[。．.；;：:，,、！!？?]+$/, '');
  const other = OTHER_GENRE_RE.exec(t);
  // 工作报告 and 汇报 are no 报告; 关于…的报告 is.
  if (other && !(other[1] === '工作报告' && /^关于.*的工作报告$/.test(t))) return { genre: null, word: other[1] };
  for (const g of LEGAL_GENRES) if (t.endsWith(g)) return { genre: g, word: g };
  if (t.endsWith('令')) return { genre: '命令', word: '令' };
  const de = /的([\u3400-\u9fff]{2,4})$/.exec(t);
  return { genre: null, word: de ? de[1] : null };
}

/** The item number of a list marker, or 0. */
export function itemNumber(m: RegExpExecArray): number {
  if (m[3]) return m[3].charCodeAt(0) - 0x2488 + 1;
  const d = (m[1] ?? m[2] ?? '').replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return Number(d) || 0;
}

/** The number of an attachment page label: 附件2 → 2, 附件二 → 2, 附件 → 0. */
export function pageNumber(n: string | undefined): number {
  if (!n) return 0;
  if (/^[一二三四五六七八九十]+$/.test(n)) return cnToInt(n);
  return Number(n.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))) || 0;
}
