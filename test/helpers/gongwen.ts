/**
 * Realistic 公文 for the element rule tests, assembled from their parts in GB/T 9704 order with blank lines
 * between the parts. Each part has a plausible default (a 通知 of the fictitious 江州市人民政府); pass '' to leave
 * a part out. The texts are our own.
 */
export interface GongwenParts {
  readonly head: string;
  readonly title: string;
  readonly recipients: string;
  readonly body: string;
  readonly attachmentNote: string;
  readonly signature: string;
  readonly date: string;
  readonly note: string;
  readonly attachments: string;
  readonly record: string;
}

export const DEFAULT_PARTS: GongwenParts = {
  head: '江州市人民政府文件\n\n江政发〔2024〕12号',
  title: '江州市人民政府\n关于进一步加强城市排水防涝工作的通知',
  recipients: '各县（市、区）人民政府，市政府各部门：',
  body: [
    '　　为切实做好今年汛期城市排水防涝工作，保障人民群众生命财产安全，经市政府同意，现就有关事项通知如下。',
    '　　一、压实工作责任',
    '　　各县（市、区）人民政府是本行政区域排水防涝工作的责任主体，主要负责同志是第一责任人。',
    '　　二、加强隐患排查',
    '　　6月15日前，各地要完成对易涝点、地下空间、在建工地的全面排查，建立问题清单，逐项整改销号。',
  ].join('\n'),
  attachmentNote: '',
  signature: '江州市人民政府',
  date: '2024年5月20日',
  note: '',
  attachments: '',
  record: '',
};

export const RECORD =
  '————————————————————————————————\n抄送：市委办公室，市人大常委会办公室，市政协办公室。\n————————————————————————————————\n江州市人民政府办公室　　　　　　　　2024年5月21日印发';

/** A whole 公文: the default parts with `parts` replacing some of them. */
export function gongwen(parts: Partial<GongwenParts> = {}): string {
  const p = { ...DEFAULT_PARTS, ...parts };
  const closing = [p.signature, p.date].filter((s) => s !== '').join('\n');
  return (
    [p.head, p.title, p.recipients, p.body, p.attachmentNote, closing, p.note, p.attachments, p.record]
      .filter((s) => s !== '')
      .join('\n\n') + '\n'
  );
}

/** A work summary: not a 公文 (no 版头, no 主送机关, not a legal 文种), where element rules stay silent. */
export function workSummary(body: string): string {
  return `江州市统计局2024年工作总结\n\n　　2024年，市统计局认真履行统计调查、统计监督职责，较好完成了全年各项工作任务。\n${body}\n\n江州市统计局\n2024年12月30日\n`;
}
