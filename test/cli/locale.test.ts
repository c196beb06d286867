import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseArgs, UsageError } from '../../server/src/cli/args';

// --locale takes the values of the VS Code setting gongwen.locale (auto, zh-cn, en) as well as zh.
describe('gongwen-lint --locale', () => {
  const locale = (argv: string[], env: Record<string, string> = {}) => parseArgs([...argv, 'a.txt'], env).locale;

  it('accepts zh-cn, zh and en (any case), and en-US', () => {
    assert.equal(locale(['--locale', 'zh-cn']), 'zh');
    assert.equal(locale(['--locale=zh-CN']), 'zh');
    assert.equal(locale(['--locale', 'zh']), 'zh');
    assert.equal(locale(['--locale', 'en']), 'en');
    assert.equal(locale(['--locale', 'en-US']), 'en');
  });

  it('auto follows GONGWEN_LINT_LOCALE and defaults to Chinese', () => {
    assert.equal(locale(['--locale', 'auto']), 'zh');
    assert.equal(locale(['--locale', 'auto'], { GONGWEN_LINT_LOCALE: 'en' }), 'en');
    assert.equal(locale(['--locale', 'zh-cn'], { GONGWEN_LINT_LOCALE: 'en' }), 'zh');
  });

  it('rejects an unknown locale with a usage error naming the accepted values', () => {
    assert.throws(
      () => locale(['--locale', 'fr']),
      (e: unknown) => e instanceof UsageError && /auto、zh-cn（zh）或 en|use auto, zh-cn \(zh\) or en/.test(e.message),
    );
  });
});
