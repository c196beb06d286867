/**
 * Element recognition on whole documents: every test/fixtures/elements/<name>.(gongwen|txt|md) has a sidecar
 * <name>.elements.json with the expected form, genre and elements ({kind, line, text}: the first line's content);
 * m-* are this suite's own documents, r-* the realistic drafts of the element rules. UPDATE_GOLDEN=1 rewrites
 * nothing here: the sidecars are written by hand.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildModel } from '../../server/src/core/segments';
import { buildElements } from '../../server/src/core/elements/index';
import type { DocumentLanguage } from '../../server/src/core/types';
import { ROOT } from '../helpers/paths';

const DIR = join(ROOT, 'test', 'fixtures', 'elements');

interface Expected {
  readonly form: string;
  readonly genre: string | null;
  readonly elements: readonly { kind: string; line: number; text: string }[];
}

export function languageOf(name: string): DocumentLanguage {
  return name.endsWith('.md') ? 'markdown' : name.endsWith('.gongwen') ? 'gongwen' : 'plaintext';
}

/** The model of a file as {form, genre, elements: [{kind, line, text}]} (the sidecar format). */
export function describeElements(text: string, language: DocumentLanguage): Expected {
  const doc = buildModel(text, language);
  const m = buildElements(doc);
  return {
    form: m.form,
    genre: m.genre,
    elements: m.elements.map((e) => ({ kind: e.kind, line: e.line, text: doc.lines[e.line].text.trim() })),
  };
}

const docs = existsSync(DIR) ? readdirSync(DIR).filter((f) => /\.(gongwen|txt|md)$/.test(f) && !/^README/.test(f)) : [];

describe('element recognition on the fixture documents', () => {
  it('has at least 30 own (m-*) documents, each with a sidecar', () => {
    const own = docs.filter((f) => f.startsWith('m-'));
    assert.ok(own.length >= 30, `only ${own.length} m-* documents`);
    for (const f of own) assert.ok(existsSync(join(DIR, f.replace(/\.\w+$/, '.elements.json'))), `${f}: no sidecar`);
  });
  for (const f of docs) {
    const side = join(DIR, f.replace(/\.\w+$/, '.elements.json'));
    if (!existsSync(side)) continue;
    it(f, () => {
      const want = JSON.parse(readFileSync(side, 'utf8')) as Expected;
      const got = describeElements(readFileSync(join(DIR, f), 'utf8'), languageOf(f));
      const show = (e: Expected): string => [`${e.form} ${e.genre}`, ...e.elements.map((x) => `${x.line} ${x.kind} ${x.text}`)].join('\n');
      assert.equal(show(got), show({ form: want.form, genre: want.genre, elements: want.elements }));
    });
  }
});
