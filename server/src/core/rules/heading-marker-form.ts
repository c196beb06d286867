import { canonicalMarker, outlineOf, type Heading } from '../outline';
import type { Rule } from '../types';
import { edit } from '../rule-kit';
import { scriptDecision } from '../script/decision';

/** The L3 point a heading should use: '．' only when allowed and already used (1．) or prevailing (１．). */
function l3Dot(h: Heading, option: 'auto' | '.' | '．', fullwidthMajority: boolean): '.' | '．' {
  if (option !== 'auto') return option;
  if (/^[0-9]+．$/.test(h.marker)) return '．';
  return /．$/.test(h.marker) && fullwidthMajority ? '．' : '.';
}

/**
 * GB/T 9704—2012 7.3.3 and GB/T 15834—2011 附录 B.3: heading markers are 一、 （一） 1. （1） (① as L5),
 * with nothing after a parenthesised or circled number. Every variant is normalised to its level's form.
 * 1．(U+FF0E) is accepted by default (heading-style-consistency checks it is used consistently).
 * In Taiwan or Hong Kong text (shared setting script 'tw'/'hk', or detected so), level 3 is 1、 (the Taiwan
 * convention 一、（一）1、（1）).
 */
export const headingMarkerForm: Rule<{ l3Dot: 'auto' | '.' | '．' }> = {
  meta: {
    id: 'heading-marker-form',
    name: { zh: '序号写法', en: 'Heading marker form' },
    aliases: ['GW-STRUCT-001', 'GW-STRUCT-002'],
    category: 'structure',
    defaultSeverity: 'error',
    fixable: 'safe',
    description: {
      zh: '层级序号应写作“一、”“（一）”“1.”“（1）”“①”，序号后不加多余标点',
      en: 'Heading markers should be 一、 （一） 1. （1） ①, without extra punctuation',
    },
    messages: {
      form: {
        zh: '{{level}}标题序号“{{found}}”应写作“{{expected}}”',
        en: 'The {{levelEn}} heading marker "{{found}}" should be "{{expected}}"',
      },
    },
    defaultOptions: { l3Dot: 'auto' },
    optionsSchema: {
      l3Dot: {
        type: 'string',
        enum: ['auto', '.', '．'],
        description:
          'Point after a level-3 number: auto = "1." preferred, "1．" accepted (consistency is checked by heading-style-consistency); "." or "．" = only that one.',
      },
    },
    examples: [
      ['二.加强领导', '二、加强领导'],
      ['(三)完善机制', '（三）完善机制'],
      ['（一）、总体要求', '（一）总体要求'],
      ['2、压实责任', '2.压实责任'],
      ['⑴明确分工', '（1）明确分工'],
    ],
  },
  check(ctx) {
    const outline = outlineOf(ctx);
    const l3 = outline.headings.filter((h) => h.kind === 'gongwen' && h.level === 3);
    // Among the accepted L3 forms (1. and 1．), does 1． prevail? Decides how １． is normalised.
    const accepted = l3.filter((h) => /^[0-9]+[.．]$/.test(h.marker));
    const fullwidthMajority = accepted.filter((h) => h.marker.endsWith('．')).length * 2 > accepted.length;
    // Taiwan/Hong Kong text, set or detected (issue 11: the tw corpus numbers 1、2、 as its editors mean to).
    // Detected (not set), both 1、 and 1. are left alone: press releases use either.
    // Asked only for a level-3 heading (the only level it changes): a text without one does not wait for the decision.
    let decision: ReturnType<typeof scriptDecision> | undefined;
    const script = (): ReturnType<typeof scriptDecision> => (decision ??= scriptDecision(ctx));
    const taiwan = (): boolean => script().script === 'tw' || script().script === 'hk';
    const names = ['', '一级', '二级', '三级', '四级', '五级'];
    const namesEn = ['', 'level-1', 'level-2', 'level-3', 'level-4', 'level-5'];
    for (const h of outline.headings) {
      if (h.kind !== 'gongwen' || h.split) continue;
      if (/^[一二三四五六七八九十百]+$/.test(h.marker)) continue; // a bare section numeral alone on its line
      if (h.level === 5 && h.value > 20) continue;
      // Taiwan/Hong Kong 公文 (文書處理手冊) number level 3 as 1、.
      const expected =
        h.level === 3 && taiwan() ? `${h.value}、` : canonicalMarker(h.level, h.value, l3Dot(h, ctx.options.l3Dot, fullwidthMajority));
      if (h.marker === expected) continue;
      if (h.level === 3 && taiwan() && !script().forced && /^[0-9]+[、.]$/.test(h.marker)) continue;
      ctx.report({
        messageId: 'form',
        data: { found: h.marker.trim(), expected, level: names[h.level], levelEn: namesEn[h.level] },
        start: h.markerStart,
        end: h.markerEnd,
        fix: [edit.replace(h.markerStart, h.markerEnd, expected)],
      });
    }
  },
};
