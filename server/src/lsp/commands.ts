import { ErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CATEGORIES, CATEGORY_LABEL, isSafe, parseConfigObject, renumberEdits, ruleById, scriptConversionSteps } from '../core/index';
import { ignoreEdit, ignoreEntriesOf } from '../node/ignoreFile';
import { toRange } from './convert';
import { checkToken, refusal, runSteps, supersededError } from './bounds';
import type { DocumentContexts } from './context';
import { boundedEdits } from './fixes';
import {
  IgnoreEditRequest,
  ProblemsRequest,
  type IgnoreEditParams,
  type IgnoreEditResult,
  type ProblemsParams,
  type ProblemsResult,
  ConvertScriptRequest,
  RenumberRequest,
  StatsRequest,
  type ConvertScriptParams,
  type RenumberParams,
  type StatsParams,
  type StatsResult,
  type VersionedEditResult,
} from './protocol';
import type { ResultsCache } from './results';
import { request, type Session } from './session';

const SCRIPT_LABEL: Record<string, { zh: string; en: string }> = {
  simplified: { zh: '简体', en: 'Simplified' },
  traditional: { zh: '繁体（通用）', en: 'Traditional (OpenCC standard)' },
  tw: { zh: '繁体（台湾）', en: 'Traditional (Taiwan)' },
  hk: { zh: '繁体（香港）', en: 'Traditional (Hong Kong)' },
};
const TARGETS = ['simplified', 'tw', 'hk', 'traditional'];

/** The custom requests behind the client's commands and status bar: gongwen/renumber, gongwen/convertScript, gongwen/stats. */
export class Commands {
  constructor(
    private readonly session: Session,
    private readonly contexts: DocumentContexts,
    private readonly results: ResultsCache,
  ) {}

  register(): void {
    const { connection } = this.session;
    connection.onRequest(
      RenumberRequest,
      request(this.session, (params: RenumberParams) => this.renumber(params)),
    );
    connection.onRequest(
      ConvertScriptRequest,
      request(this.session, (params: ConvertScriptParams, token) => this.convertScript(params, token)),
    );
    connection.onRequest(
      StatsRequest,
      request(this.session, (params: StatsParams, token) => this.stats(params, token)),
    );
    connection.onRequest(
      IgnoreEditRequest,
      request(this.session, (params: IgnoreEditParams) => this.ignoreEdit(params)),
    );
    connection.onRequest(
      ProblemsRequest,
      request(this.session, (params: ProblemsParams, token) => this.problemsByCategory(params, token)),
    );
  }

  /** The edit of a .gongwenrc.json text that adds or removes ignore entries (entries validated like the file's own). */
  private ignoreEdit(params: IgnoreEditParams): IgnoreEditResult {
    const text = typeof params?.text === 'string' ? params.text : '';
    const valid = (raw: unknown) => [...(parseConfigObject({ ignore: Array.isArray(raw) ? raw : [] }).config.ignore ?? [])];
    const entries = ignoreEntriesOf(text);
    let edit;
    try {
      edit = ignoreEdit(text, valid(params?.add), valid(params?.remove));
    } catch {
      throw new ResponseError(
        ErrorCodes.InvalidParams,
        this.t(
          '.gongwenrc.json 不是有效的 JSON 对象，请先改正该文件。',
          '.gongwenrc.json is not a valid JSON object; please correct it first.',
        ),
      );
    }
    return { edits: edit ? [edit] : [], entries };
  }

  /** The findings of a document by category (CATEGORIES order), then rule: the «问题（按类别）» view. */
  private async problemsByCategory(params: ProblemsParams, token: CancellationToken): Promise<ProblemsResult | null> {
    const doc = this.session.documents.get(params?.uri);
    if (!doc) return null;
    const result: ProblemsResult = { version: doc.version, categories: [] };
    if (refusal(this.session, doc)) return result;
    const ctx = await this.contexts.contextFor(doc);
    if (!ctx.settings.enable) return result;
    const problems = await this.results.problems(doc, ctx, token);
    for (const category of CATEGORIES) {
      const rules = new Map<string, ProblemsResult['categories'][number]['rules'][number]>();
      for (const p of problems) {
        if (p.category !== category) continue;
        let r = rules.get(p.ruleId);
        if (!r) {
          const name = ruleById.get(p.ruleId)?.meta.name;
          r = { rule: p.ruleId, name: name ? name[this.session.locale] : p.ruleId, problems: [] };
          rules.set(p.ruleId, r);
        }
        r.problems.push({ message: p.message, severity: p.severity, range: toRange(doc, p.start, p.end) });
      }
      if (rules.size)
        result.categories.push({ category, label: CATEGORY_LABEL[category][this.session.locale], rules: [...rules.values()] });
    }
    return result;
  }

  private t(zh: string, en: string): string {
    return this.session.locale === 'en' ? en : zh;
  }

  /** A refused document answers with no edits and the one clear message as the summary. */
  private refused(doc: TextDocument, message: string): VersionedEditResult {
    return { uri: doc.uri, version: doc.version, edits: [], summary: message };
  }

  private async renumber(params: RenumberParams): Promise<VersionedEditResult | null> {
    const doc = this.session.documents.get(params?.uri);
    if (!doc) return null;
    const refused = refusal(this.session, doc);
    if (refused) return this.refused(doc, refused);
    const ctx = await this.contexts.contextFor(doc);
    const scope = params.scope === 'siblings' ? 'siblings' : 'document';
    const offset = params.position ? doc.offsetAt(params.position) : 0;
    const edits = renumberEdits(
      doc.getText(),
      scope === 'document' ? { scope } : { scope, offset },
      ctx.language,
      ctx.config.shared.structureMode,
    );
    return {
      uri: doc.uri,
      version: doc.version,
      edits: boundedEdits(doc, edits),
      summary: edits.length
        ? this.t(`将修改 ${edits.length} 处编号`, `${edits.length} numbers will change`)
        : this.t('编号已连续，无需修改', 'Numbering is already in sequence'),
    };
  }

  private async convertScript(params: ConvertScriptParams, token: CancellationToken): Promise<VersionedEditResult | null> {
    const doc = this.session.documents.get(params?.uri);
    if (!doc || !TARGETS.includes(params.to)) return null;
    const refused = refusal(this.session, doc);
    if (refused) return this.refused(doc, refused);
    const start = params.range ? doc.offsetAt(params.range.start) : 0;
    const end = params.range ? doc.offsetAt(params.range.end) : doc.getText().length;
    const version = doc.version;
    const { edits, changed } = await runSteps(scriptConversionSteps(doc.getText(), start, end, params.to), () => {
      checkToken(this.session, token);
      if (doc.version !== version) throw supersededError(this.session);
    });
    const label = SCRIPT_LABEL[params.to][this.session.locale];
    return {
      uri: doc.uri,
      version: doc.version,
      edits: boundedEdits(doc, edits),
      summary: edits.length
        ? this.t(`转换为${label}：将改动 ${changed} 个字。`, `Convert to ${label}: ${changed} characters will change.`)
        : this.t(`已经是${label}，无需转换。`, `Already ${label}; nothing to convert.`),
    };
  }

  private async stats(params: StatsParams, token: CancellationToken): Promise<StatsResult | null> {
    const doc = this.session.documents.get(params?.uri);
    if (!doc) return null;
    const result: StatsResult = { hanCount: 0, errors: 0, warnings: 0, infos: 0, hints: 0, configSource: 'settings' };
    if (refusal(this.session, doc)) return { ...result, hanCount: this.results.textStats(doc).hanCount };
    const ctx = await this.contexts.contextFor(doc);
    result.configSource = ctx.configSource;
    if (ctx.settings.enable) {
      for (const p of await this.results.problems(doc, ctx, token)) {
        if (p.severity === 'error') result.errors++;
        else if (p.severity === 'warning') result.warnings++;
        else if (p.severity === 'info') result.infos++;
        else result.hints++;
        if (p.fix) {
          result.fixable = (result.fixable ?? 0) + 1;
          if (isSafe(p)) result.safeFixable = (result.safeFixable ?? 0) + 1; // what 修复所有可自动修复的问题 applies
        }
      }
    }
    // After the check: the script detection is then the check's own (results.textStats).
    const stats = this.results.textStats(doc);
    result.hanCount = stats.hanCount;
    const d = stats.script;
    result.script = { script: d.script, label: SCRIPT_LABEL[d.script]?.[this.session.locale] ?? d.script, confidence: d.confidence };
    return result;
  }
}
