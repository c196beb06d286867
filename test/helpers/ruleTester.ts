import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, fixAll, type DocumentLanguage, type Problem, type Rule, type SharedSettings } from '../../server/src/core/index';

export interface ValidCase {
  readonly text: string;
  readonly options?: object;
  readonly language?: DocumentLanguage;
  readonly shared?: Partial<SharedSettings>;
  readonly name?: string;
}
export interface ExpectedError {
  readonly messageId: string;
  /** The exact text the problem's range covers. */
  readonly text?: string;
  readonly start?: number;
  readonly end?: number;
  readonly severity?: Problem['severity'];
  /** The kind of the problem's own fix (safe: fix-all and format; suggestion: quick fix only). */
  readonly fixKind?: 'safe' | 'suggestion';
}
export interface InvalidCase extends ValidCase {
  readonly errors: readonly ExpectedError[];
  /** The result of applying this rule's fixes (safe and suggestion). Omit to assert no problem has a fix. */
  readonly output?: string;
}

function run(rule: Rule, c: ValidCase): Problem[] {
  const severity = rule.meta.defaultSeverity === 'off' ? 'warning' : rule.meta.defaultSeverity;
  return check(c.text, {
    onlyRules: [rule.meta.id],
    language: c.language,
    config: { rules: { [rule.meta.id]: { severity, options: c.options ?? {} } }, shared: c.shared as SharedSettings | undefined },
  });
}

function show(text: string, ps: Problem[]): string {
  return ps.map((p) => `${p.messageId}@${p.start}-${p.end} «${text.slice(p.start, p.end)}» ${p.message}`).join('\n');
}

/** ESLint-RuleTester-style tests for one rule: only that rule runs. */
export function runRuleTests(rule: Rule, cases: { valid: readonly (string | ValidCase)[]; invalid: readonly InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    for (const v of cases.valid) {
      const c = typeof v === 'string' ? { text: v } : v;
      it(`valid: ${c.name ?? c.text.slice(0, 40)}`, () => {
        const ps = run(rule, c);
        assert.equal(ps.length, 0, `expected no problems in ${JSON.stringify(c.text)}, got:\n${show(c.text, ps)}`);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name ?? c.text.slice(0, 40)}`, () => {
        const ps = run(rule, c);
        assert.equal(
          ps.length,
          c.errors.length,
          `expected ${c.errors.length} problem(s) in ${JSON.stringify(c.text)}, got:\n${show(c.text, ps)}`,
        );
        c.errors.forEach((e, i) => {
          const p = ps[i];
          assert.equal(p.messageId, e.messageId, `problem ${i} messageId`);
          if (e.text !== undefined) assert.equal(c.text.slice(p.start, p.end), e.text, `problem ${i} range text`);
          if (e.start !== undefined) assert.equal(p.start, e.start, `problem ${i} start`);
          if (e.end !== undefined) assert.equal(p.end, e.end, `problem ${i} end`);
          if (e.severity !== undefined) assert.equal(p.severity, e.severity, `problem ${i} severity`);
          if (e.fixKind !== undefined) assert.equal(p.fix?.kind, e.fixKind, `problem ${i} fix kind`);
          assert.ok(p.message.length > 0 && !p.message.includes('{{'), `problem ${i} message rendered: ${p.message}`);
        });
        const severity = rule.meta.defaultSeverity === 'off' ? 'warning' : rule.meta.defaultSeverity;
        const opts = {
          onlyRules: [rule.meta.id],
          language: c.language,
          config: { rules: { [rule.meta.id]: { severity, options: c.options ?? {} } }, shared: c.shared as SharedSettings | undefined },
          filter: (p: Problem) => p.fix !== undefined,
        };
        if (c.output === undefined) {
          assert.ok(
            ps.every((p) => !p.fix),
            `expected no fix, but a problem carries one`,
          );
        } else {
          const out = fixAll(c.text, opts).output;
          assert.equal(out, c.output, 'fixed output');
          assert.equal(fixAll(out, opts).output, out, 'fixing is idempotent');
        }
      });
    }
  });
}
