/**
 * What a numbered line is (issue 11): a heading, a heading with run-in text, or a numbered paragraph.
 *
 * - 'heading': the marker and a short title alone on the line (一、总体要求);
 * - 'runin':   a short title ending with its sentence point, then body text on the same line
 *              (GB/T 9704 practice: 一、总体要求。为了……);
 * - 'item':    a numbered sentence or list item (一、各单位要高度重视，认真组织实施。), any item of a
 *              說明/办法 list of a 函, and in 法规体 every 条 and the 项/目 under it (clauses).
 *              It is numbered like a heading but is not one: its final 。 is correct.
 *
 * titleCertainty says how sure the first sentence is a title: 'sentence' (prose: long, internal ；, prose
 * openings and endings), 'unsure' (internal ，or medium length) or 'title'. A fix that assumes a heading
 * is safe only on 'title'.
 */
import { codeUnitSet } from '../chars';

export type HeadingRole = 'heading' | 'runin' | 'item';
export type TitleCertainty = 'title' | 'unsure' | 'sentence';

/** Longer first sentences are prose, not titles. */
export const MAX_TITLE_LENGTH = 40;
/** Titles up to this length without internal commas are certainly titles. */
const SURE_TITLE_LENGTH = 20;

/** Openings of sentences, not of titles: 各单位要, 有关部门应当, 根据…, 依據…函辦理, 请…, 为了… */
const PROSE_START_RE =
  /^(?:(?:各|全体|所有|凡)[^，,。；;]{0,10}?(?:要(?![求点素件闻情])|应当|应(?![急用对])|必须|务必|须|不得|可(?![能行持靠])|均)|(?:根据|根據|依据|依據|按照|遵照|為了|为了|請(?!示)|请(?!示)|檢送|检送|凡是|对于|對於|茲|兹|本案|本件|鑒於|鉴于|隨函|随函)|本(?:通知|办法|辦法|规定|規定|意见|意見|方案|细则|細則|条例|條例|决定|決定|公告|通告|要点|要點|制度|批复|批復)|(?:联系人|聯絡人|联系电话|聯絡電話|电话|電話|地址|邮箱|傳真|传真)[:：])/;
/** Endings of sentences: 4千户以上, 办理, 查照, 为荷, 起施行, 另行通知, 的, 了… */
const PROSE_END_RE =
  /(?:以上|以下|左右|为止|為止|以内|以內|之内|之內|等|的|了|着|著|辦理|办理|查照|核示|鉴核|鑒核|照办|照辦|知悉|为荷|為荷|为要|為要|备查|備查|在案|属实|屬實|起施行|起执行|起執行|起实施|起實施|废止|廢止|负责解释|負責解釋|另行通知)$/;
/** A copula or a date with figures: 报名时间为5月1日至10日, 截止日期是6月30日. */
const FACT_RE = /(?:为|為|是)[^，,]*[0-9０-９]|[0-9０-９]+月[0-9０-９]+日/;
/** 力争/争取 with a figure: a target sentence (力争用3-5年时间…). */
const TARGET_RE = /(?:力争|力爭|争取|爭取).*[0-9０-９]/;

/** How sure it is that `title` (the first sentence after a marker, without its final point) is a title. */
export function titleCertainty(title: string): TitleCertainty {
  const t = title.trim();
  if (t.length > MAX_TITLE_LENGTH || /[；;]/.test(t)) return 'sentence';
  if (PROSE_START_RE.test(t) || PROSE_END_RE.test(t) || TARGET_RE.test(t) || FACT_RE.test(t)) return 'sentence';
  if (/[，,：:]/.test(t) || t.length > SURE_TITLE_LENGTH) return 'unsure';
  return 'title';
}

/** Labels that open a list of numbered paragraphs in a 函 or 请示: 說明：, 办法：, 擬辦：… */
export const ITEM_LIST_LABEL_RE = /^[ \t\u3000]*(?:說明|说明|辦法|办法|擬辦|拟办|建議|建议|理由|事由)[ \t\u3000]*[:：]/;
/** The first characters of those labels (a gate before ITEM_LIST_LABEL_RE). */
export const ITEM_LIST_LABEL_FIRST: ReadonlySet<number> = codeUnitSet('說说辦办擬拟建理事');

/** The role of a numbered line from its first sentence, whether it stands alone, and whether it sits in a 說明/办法 list. */
export function roleOf(title: string, standalone: boolean, inItemList: boolean): HeadingRole {
  if (inItemList || titleCertainty(title) === 'sentence') return 'item';
  return standalone ? 'heading' : 'runin';
}
