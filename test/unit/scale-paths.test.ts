// The large-document paths (issue 14, 2 000 000 characters): each must give what the plain path gives.
// - scan.ts holdsBit (the script rules pick the stretches holding an overflowed kind without gathering its offsets)
//   against positions() over the whole text;
// - scanText's recorded lists (kept in shared scratch arrays, copied out unless overflowed) against a rescan;
// - lines.ts splitLines of an LF text (counted, then filled) against the lines of text.split('\n');
// - i18n.ts render (templates split at their placeholders once) against the regex replacement it replaced;
// - no-duplicate-sentence reusing the last check's tables (near-duplicates.ts takeTables) against fresh ones;
// - a simplified document quoting a whole traditional text (the kind overflows the scan's record) against the same
//   text checked line by line through the paragraph cache, whose scan has every position.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allRules, check } from '../../server/src/core/index';
import { render, type MessageData } from '../../server/src/core/i18n';
import { splitLines } from '../../server/src/core/lines';
import { ParagraphCache } from '../../server/src/core/incremental';
import { holdsBit, positions, S_IN_SIMPLIFIED, S_IN_TRADITIONAL, S_VARIANT, scanText } from '../../server/src/core/script/scan';
import type { Text2 } from '../../server/src/core/types';

/** A deterministic pseudo-random generator (xorshift). */
function rng(seed: number): () => number {
  let s = seed | 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x100000000;
  };
}

// Simplified, traditional, shared, variant forms, ASCII, line breaks, astral Han, a lone lead and a lone trail surrogate.
const ALPHABET = [...'这是简体书们为后於臺灣裡裏為爲説說台乾1a，。\n'].concat(['𠀋', '𩸽', '\ud840', '\udc0b', '𠮷']);

function randomText(next: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += ALPHABET[Math.floor(next() * ALPHABET.length)];
  return s;
}

test('holdsBit(text, start, end, bit) is true exactly when positions() has an offset in [start, end)', () => {
  const next = rng(14);
  for (let round = 0; round < 300; round++) {
    const text = randomText(next, 1 + Math.floor(next() * 80));
    const scan = scanText(text);
    for (const bit of [S_IN_SIMPLIFIED, S_IN_TRADITIONAL, S_VARIANT]) {
      const at = positions(text, { ...scan, at: {} }, bit);
      for (let k = 0; k < 20; k++) {
        const a = Math.floor(next() * (text.length + 1));
        const b = a + Math.floor(next() * (text.length + 1 - a));
        const want = at.some((i) => i >= a && i < b);
        assert.equal(holdsBit(text, a, b, bit), want, `${JSON.stringify(text)} [${a}, ${b}) bit ${bit}`);
      }
    }
  }
});

test('scanText records each kind exactly (as a rescan finds it) up to 32 + length / 64 offsets, and none past that', () => {
  const next = rng(2024);
  let overflowed = 0;
  let kept = 0;
  for (let round = 0; round < 400; round++) {
    // Up to 300 units: some texts hold more of a kind than the cap (32 + 4 at most), most fewer.
    const text = randomText(next, 1 + Math.floor(next() * 300));
    const scan = scanText(text);
    const irregular = [...text].some((ch) => ch.length === 1 && ch.charCodeAt(0) >= 0xd800 && ch.charCodeAt(0) <= 0xdbff);
    for (const bit of [S_IN_SIMPLIFIED, S_IN_TRADITIONAL, S_VARIANT]) {
      const all = positions(text, { ...scan, at: {} }, bit);
      const cap = 32 + (text.length >> (bit === S_VARIANT ? 4 : 6));
      if (irregular || all.length > cap) {
        if (!irregular) assert.equal(scan.at[bit], null, `${JSON.stringify(text)} bit ${bit}: overflowed`);
        overflowed++;
      } else {
        assert.deepEqual(scan.at[bit], all, `${JSON.stringify(text)} bit ${bit}`);
        kept++;
      }
    }
  }
  assert.ok(overflowed > 50 && kept > 50, `${overflowed} overflowed, ${kept} kept`);
});

test("splitLines of an LF-only text: starts and ends of text.split('\\n'), packed (no hole), 20 000 lines too", () => {
  const next = rng(7);
  const texts = ['', '\n', '\n\n', 'a', 'a\n', '\na', '甲\n\n乙\n'];
  for (let r = 0; r < 200; r++) texts.push(randomText(next, Math.floor(next() * 60)).replace(/\r/g, ''));
  texts.push(Array.from({ length: 20000 }, (_, i) => '第' + i + '行').join('\n') + '\n');
  for (const text of texts) {
    const starts: number[] = [];
    const ends: number[] = [];
    let at = 0;
    for (const line of text.split('\n')) {
      starts.push(at);
      ends.push(at + line.length);
      at += line.length + 1;
    }
    const got = splitLines(text);
    assert.deepEqual([...got.starts], starts, JSON.stringify(text.slice(0, 40)));
    assert.deepEqual([...got.ends], ends);
    assert.ok(got.starts.every((x) => typeof x === 'number') && got.ends.every((x) => typeof x === 'number'));
  }
});

/** What render did before: one regex replacement with a callback. */
function renderByReplace(template: Text2, locale: 'zh' | 'en', data?: MessageData): string {
  const t = template[locale] ?? template.zh;
  if (!data) return t;
  return t.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}

test('render equals the regex replacement: spaced, repeated, unknown and adjacent placeholders, $ patterns in values', () => {
  const templates: Text2[] = [
    { zh: '无占位符', en: 'none' },
    { zh: '{{a}}', en: '{{ a }}{{b}}' },
    { zh: '前{{a}}中{{ b }}后{{a}}', en: 'x {{missing}} y {{a}}' },
    { zh: '{{a}}{{b}}{{c}}', en: '{{ {{a}} }}' },
    { zh: '{a} {{a-b}} {{ }} {{toString}}', en: '{{constructor}}{{a}}' },
  ];
  const datas: (MessageData | undefined)[] = [undefined, {}, { a: 'A', b: 2, c: '$&$1$$' }, { a: '{{b}}', b: 0 }];
  for (const t of templates)
    for (const d of datas)
      for (const locale of ['zh', 'en'] as const) {
        // Twice: the second render reads the template's parts from the cache.
        assert.equal(render(t, locale, d), renderByReplace(t, locale, d), `${t[locale]} ${JSON.stringify(d)}`);
        assert.equal(render(t, locale, d), renderByReplace(t, locale, d));
      }
});

test('every rule message renders as the regex replacement did', () => {
  const data: MessageData = new Proxy({} as Record<string, string>, {
    has: (_t, k) => typeof k === 'string' && k.length % 3 !== 0,
    get: (_t, k) => `<${String(k)}>`,
  });
  let n = 0;
  for (const r of allRules)
    for (const m of Object.values(r.meta.messages))
      for (const locale of ['zh', 'en'] as const) {
        assert.equal(render(m, locale, data), renderByReplace(m, locale, data), `${r.meta.id}: ${m[locale]}`);
        n++;
      }
  assert.ok(n > 100, `${n} messages`);
});

test('a simplified document quoting a long traditional text: whole-text findings equal the line-fact path', () => {
  const simplified = '我们认真学习贯彻会议精神，推动各项工作落实落细，确保取得实效。\n';
  const traditional = '後續工作將於下月開展，請各單位認真準備相關材料並按時報送。\n';
  // More traditional-only characters than the scan records for a text this long (32 + length / 64).
  const text = simplified.repeat(60) + traditional.repeat(40) + simplified.repeat(60) + '第二處：關於這個問題。\n';
  const config = {
    rules: Object.fromEntries(allRules.map((r) => [r.meta.id, r.meta.id === 'no-mixed-script' ? ('warning' as const) : ('off' as const)])),
  };
  const whole = check(text, { config });
  const byLines = check(text, { config, paragraphCache: new ParagraphCache() });
  // The quoted block (its lines joined into one stretch) and the later sentence.
  assert.deepEqual(
    whole.map((p) => text.slice(p.start, p.start + 2)),
    ['後續', '處：'],
  );
  assert.deepEqual(whole, byLines);
});

test("no-duplicate-sentence with the last check's tables (larger, smaller, grown) reports as with fresh ones", () => {
  const config = {
    rules: Object.fromEntries(
      allRules.map((r) => [r.meta.id, r.meta.id === 'no-duplicate-sentence' ? ('warning' as const) : ('off' as const)]),
    ),
  };
  const sentence = (i: number): string => `第${'一二三四五六七八九'[i % 9]}项工作要认真落实各项部署安排确保按期完成任务目标要求。`;
  const doc = (n: number, seed: number): string => {
    const next = rng(seed);
    const lines: string[] = [];
    for (let i = 0; i < n; i++)
      lines.push(next() < 0.3 ? sentence(Math.floor(next() * 40)) : `${sentence(i)}${'甲乙丙丁'[i % 4]}${i}号文件已经印发执行。`);
    return lines.join('\n') + '\n';
  };
  // 2 000 lines: more spans than the first rows hold (256), so the rows grow; 40 lines: tables kept though larger.
  const docs = [doc(2000, 1), doc(40, 2), doc(2000, 3), doc(5, 4), doc(2000, 1)];
  const results = docs.map((d) => check(d, { config }));
  assert.ok(results[0].length > 100, `${results[0].length} findings`);
  assert.deepEqual(results[4], results[0]);
  // Each again in reverse order: every one after a different predecessor.
  for (let i = docs.length - 1; i >= 0; i--) assert.deepEqual(check(docs[i], { config }), results[i]);
});
