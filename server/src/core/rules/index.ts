import type { Rule } from '../types';
import { noFullWidthAlphanumeric } from './no-full-width-alphanumeric';
import { noHalfWidthParentheses } from './no-half-width-parentheses';
import { noHalfWidthPunctuation } from './no-half-width-punctuation';
import { noSpaceBetweenHan } from './no-space-between-han';

/** Every rule, in a fixed order (category, then id). Add new rules here; meta.test.ts checks the list. */
export const allRules: readonly Rule[] = [
  // punctuation
  noFullWidthAlphanumeric,
  noHalfWidthParentheses,
  noHalfWidthPunctuation,
  noSpaceBetweenHan,
] as readonly Rule<object>[] as readonly Rule[];

export const ruleById: ReadonlyMap<string, Rule> = new Map(allRules.map((r) => [r.meta.id, r]));
