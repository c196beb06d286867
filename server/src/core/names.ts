/** Transliterated foreign names (卡尔.马克思): shared by the full-stop and interpunct rules. */

/** Characters typical of transliterated foreign names (卡尔.马克思): a '.' between two such runs is a 间隔号, not a full stop. */
const TRANSLIT = new Set(
  (
    '阿埃艾爱安奥澳巴拜班邦保贝本比彼毕宾波伯博布查达戴丹道德迪蒂丁杜多厄恩尔法菲费芬弗福盖甘冈高戈格贡古哈海汉豪赫亨胡华霍基吉加杰金卡凯坎康柯科克肯库拉莱兰朗劳勒雷黎里利莉列林琳隆卢鲁伦罗洛马玛迈曼梅门蒙米密明莫姆穆纳娜奈南尼涅努诺欧帕佩彭皮普奇齐乔切琴萨塞桑瑟森沙莎尚舍什施斯松苏索塔泰坦汤特提廷图托瓦万威韦维温沃乌西希谢辛休雅亚扬耶伊英尤约泽扎詹兹佐顿逊买合木提热依孜娃' +
    // The same characters in traditional script (保羅.克魯曼).
    '愛奧貝畢賓達爾費蓋岡貢漢華傑凱庫萊蘭勞盧魯倫羅馬瑪邁門納諾歐齊喬薩蘇湯圖萬韋維溫烏謝亞揚約澤紮詹茲頓遜買熱麗'
  ).split(''),
);

function translitRun(text: string, from: number, step: 1 | -1, min: number, max: number): number {
  let n = 0;
  for (let i = from; i >= min && i < max && TRANSLIT.has(text[i]); i += step) n++;
  return n;
}

/** True when the '.' at `i` joins two transliterated name parts (卡尔.马克思): the interpunct rule's case. */
export function isNameDot(text: string, i: number, min: number, max: number): boolean {
  return translitRun(text, i - 1, -1, min, max) >= 2 && translitRun(text, i + 1, 1, min, max) >= 2;
}
