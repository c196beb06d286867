import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import STPhrasesGenerated from 'opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases';
import { allRules, check, DEFAULT_SHARED } from '../../server/src/core/index';
import { AMBIGUOUS_SIMPLIFIED, convertScript, detectScript } from '../../server/src/core/script/index';

describe('detectScript', () => {
  it('simplified text', () => {
    const d = detectScript('各单位要高度重视，认真落实会议精神。');
    assert.equal(d.script, 'simplified');
    assert.equal(d.traditionalRatio, 0);
    assert.ok(d.confidence > 0.5);
  });
  it('no evidence: simplified with confidence 0', () => {
    assert.deepEqual(detectScript('工作 2024 年'), { script: 'simplified', confidence: 0, traditionalRatio: 0 });
  });
  it('dual-use characters are no evidence of traditional text', () => {
    assert.equal(detectScript('乾县於老师获益甚夥').script, 'simplified');
  });
  it('Taiwan text (為, 裡)', () => {
    const d = detectScript('這裡的工作為民服務，我們將持續推動臺灣的發展。');
    assert.equal(d.script, 'tw');
    assert.equal(d.traditionalRatio, 1);
  });
  it('OpenCC standard traditional (爲, 裏)', () => {
    assert.equal(detectScript('這裏的工作爲民服務，我們將持續推動。').script, 'traditional');
  });
  it('Hong Kong text (説, 温)', () => {
    assert.equal(detectScript('他説這裏的温度很高，我們要注意。').script, 'hk');
  });
  it('a traditional document with a few simplified characters stays traditional', () => {
    const d = detectScript('關于科技局年終總結，在區委、區政府的正確領導下，區科技局堅持以科學發展觀為指導，并征求意見。');
    assert.equal(d.script, 'tw');
    assert.ok(d.traditionalRatio > 0.8 && d.traditionalRatio < 1);
  });
});

describe('one script decision per document', () => {
  it('the mainland-only rules and the status bar agree (他說：「鬱鬱蔥蔥的森林。」)', () => {
    const text = '他說：「鬱鬱蔥蔥的森林。」';
    assert.notEqual(detectScript(text).script, 'simplified');
    // no-corner-quotes asks the same decision (script/decision.ts), so it stays quiet.
    assert.deepEqual(check(text, { onlyRules: ['no-corner-quotes'] }), []);
    assert.equal(check('他说：「郁郁葱葱的森林。」', { onlyRules: ['no-corner-quotes'] }).length, 2);
  });
});

describe('convertScript', () => {
  it('to simplified, phrase-aware', () => {
    assert.equal(convertScript('頭髮和發展，瞭解情況，瞭望塔', 'simplified'), '头发和发展，了解情况，瞭望塔');
  });
  it('Taiwan text to simplified: 隨著 → 随着, 顯著 kept', () => {
    assert.equal(convertScript('隨著發展，成效顯著，這裡為民', 'simplified'), '随着发展，成效显著，这里为民');
  });
  it('to traditional (OpenCC), Taiwan and Hong Kong', () => {
    assert.equal(convertScript('头发和发展，这里为人民服务', 'traditional'), '頭髮和發展，這裏爲人民服務');
    assert.equal(convertScript('头发和发展，这里为人民服务', 'tw'), '頭髮和發展，這裡為人民服務');
    assert.equal(convertScript('这里为人民服务', 'hk'), '這裏為人民服務');
  });
  it('phrases decide one-to-many characters', () => {
    assert.equal(convertScript('以后干部要关心皇后和干燥的天气', 'tw'), '以後幹部要關心皇后和乾燥的天氣');
  });
});

describe('OpenCC-derived constants', () => {
  it('AMBIGUOUS_SIMPLIFIED = STCharacters keys that also occur unchanged in traditional output', () => {
    const pairs = (d: string) => d.split('|').map((e) => e.split(' ') as [string, string]);
    const used = new Set<string>();
    for (const d of [STCharacters, STPhrases, STPhrasesGenerated]) for (const [, v] of pairs(d)) for (const ch of v) used.add(ch);
    const derived = pairs(STCharacters)
      .filter(([k, v]) => k !== v && used.has(k))
      .map(([k]) => k)
      .join('');
    assert.equal(derived, AMBIGUOUS_SIMPLIFIED);
  });
});

describe('script rules: ready on the first check, and speed', () => {
  it('the script rules are never deferred: their tables are precomputed, so the first diagnostics are complete', () => {
    const rules = allRules.filter((r) => r.meta.category === 'script');
    assert.ok(rules.length >= 2);
    for (const r of rules) assert.equal(r.lazy, undefined, r.meta.id);
    assert.equal(check('后续工作將於下月开展。', { deferUnready: true, onlyRules: ['no-mixed-script'] }).length, 1);
    const tw = {
      deferUnready: true,
      onlyRules: ['consistent-variant-form'],
      config: { shared: { ...DEFAULT_SHARED, script: 'tw' as const } },
    };
    assert.equal(check('這裏的工作爲民服務。', tw).length, 2);
  });
  // Bounds are 10x the measured figures (2.8 ms clean, ~8 ms with 900 findings on a quiet machine) so that a
  // loaded CI machine running test files in parallel does not fail them; `npm run bench` gives the real numbers.
  // Best of 5 runs; over the bound, up to two more rounds after a pause (a load spike from the parallel test files
  // passes; a real slowdown stays over the bound in every round).
  const timeBest = (text: string, bound: number): number => {
    const rules = ['no-mixed-script', 'consistent-variant-form'];
    check(text, { onlyRules: rules });
    let best = Infinity;
    for (let round = 0; round < 3 && best >= bound; round++) {
      if (round > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        check(text, { onlyRules: rules });
        best = Math.min(best, performance.now() - t0);
      }
    }
    return best;
  };
  it('50 000 characters of simplified text take well under 50 ms once warm', () => {
    const para = '各单位要高度重视，认真落实会议精神，确保各项工作取得实效。今年以来，全市经济运行总体平稳，发展质量稳步提升。\n';
    const best = timeBest(para.repeat(Math.ceil(50000 / para.length)).slice(0, 50000), 50);
    assert.ok(best < 50, `took ${best.toFixed(1)} ms`);
  });
  it('50 000 characters with a traditional run in every paragraph stay under 150 ms', () => {
    const para = '各单位要高度重视，认真落实会议精神，确保各项工作取得实效。今年以来，全市经济运行总体平稳，發展質量穩步提升。\n';
    const best = timeBest(para.repeat(Math.ceil(50000 / para.length)).slice(0, 50000), 150);
    assert.ok(best < 150, `took ${best.toFixed(1)} ms`);
  });
});

describe('the script scan past its position cap', () => {
  // Regression (property quick tier, seed 20241201): astral characters filled a kind's position list up to its cap,
  // which dropped the list but not the kind, so the next BMP character of that kind pushed into null and threw.
  const simplified = '这是一份简体的通知文本，请各单位认真执行。'.repeat(10);
  it('astral traditional characters over the cap, then BMP ones: no throw, and the traditional run is found', () => {
    const text = `${simplified}${'𠁞'.repeat(40)}我們的國家`;
    const found = check(text)
      .filter((p) => p.ruleId === 'no-mixed-script')
      .map((p) => text.slice(p.start, p.end));
    assert.deepEqual(found, [`${'𠁞'.repeat(40)}我們的國`]);
  });
  it('every kind overflowing through astral characters first', () => {
    for (const text of [
      '𠁞'.repeat(40) + '國家',
      '𠀾'.repeat(40) + '国家'.repeat(3),
      '這是繁體文字。'.repeat(10) + '𠀾'.repeat(70) + '这个国家',
    ])
      assert.doesNotThrow(() => check(text), text.slice(-6));
  });
});
