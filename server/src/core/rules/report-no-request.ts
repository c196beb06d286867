import { elementsOfKind, formalModel } from '../element-kit';
import { inQuotation } from '../quotes';
import { scanSegment } from '../rule-kit';
import type { Rule } from '../types';

/**
 * A request for approval: 请批示, 请批复, 请予审批, 请审定, 请批准 (not 请批转: a 呈转性报告 may ask its higher
 * organ to forward it). It must start a clause — after 妥否，, a comma, a full stop, at the start of a line or as 恳请 —
 * so that 提请审批 and 报请批准 in a narrative (已报请省政府批准) are not read as one.
 */
const REQUEST_RE = /(?:妥否[，,][\s\u3000]*)?(?<=^|[\s\u3000，。；：,;:恳敬特])请(?:予|求)?(?:批示|批复|审批|审定|批准|审示)/gu;

/**
 * GW-ELEM-015 (条例第十五条（向上级机关行文）: 不得在报告等非请示性公文中夹带请示事项): a 公文 whose 文种 is 报告
 * must not ask for approval — 妥否，请批示。 belongs in a 请示. Looks at the 正文 of 报告 only, and not inside
 * quotations: a report may quote a superior's instruction or another document that asked for approval.
 */
export const reportNoRequest: Rule = {
  meta: {
    id: 'report-no-request',
    name: { zh: '报告夹带请示', en: 'Request in a report' },
    aliases: ['GW-ELEM-015'],
    category: 'element',
    defaultSeverity: 'error',
    description: {
      zh: '报告中不得夹带请示事项（“妥否，请批示”“请予审批”等），请示事项另行请示',
      en: 'A report (报告) must not ask for approval (妥否，请批示); send a request (请示) instead',
    },
    messages: {
      request: {
        zh: '报告中不得夹带请示事项：“{{found}}”应删去，需要批准的事项另行请示',
        en: 'A report must not ask for approval: remove "{{found}}" and send a request (请示) instead',
      },
    },
    defaultOptions: {},
    examples: [['现将有关情况报告如下……妥否，请批示。', '现将有关情况报告如下……特此报告。']],
  },
  check(ctx) {
    const model = formalModel(ctx);
    if (!model || model.genre !== '报告') return;
    const bodies = elementsOfKind(model, 'body');
    for (const seg of ctx.segments) {
      if (!bodies.some((b) => seg.start >= b.start && seg.end <= b.end)) continue;
      scanSegment(seg, REQUEST_RE, (m, start) => {
        if (inQuotation(ctx, start)) return;
        ctx.report({ messageId: 'request', data: { found: m[0] }, start, end: start + m[0].length });
      });
    }
  },
};
