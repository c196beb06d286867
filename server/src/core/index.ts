/** Public API of the pure checker core: strings in, data out. */
export * from './types';
export { check, checkSteps, resolveRule } from './engine';
export { render, renderBoth, CORE_MESSAGES } from './i18n';
export { disableLineEdit, scriptConversionEdits, scriptConversionSteps, lineEdits, coalesceEdits, type ScriptConversion } from './actions';
export { applyEdits, diffToEdit, fixAll, fixAllSteps, isSafe, selectNonOverlapping, type FixAllOptions, type FixAllResult } from './fixes';
export { buildModel } from './segments';
export { ignoreEntryFor, entryMatches, dropIgnored, sameEntry, IGNORE_CONTEXT_CHARS } from './ignore';
export { ParagraphCache } from './incremental';
export { parseDirectives, disableLineComment } from './directives';
export { parseConfigObject, mergeConfig, nearRuleIds, EMPTY_CONFIG, type ConfigIssue } from './config';
export { allRules, ruleById } from './rules/index';
export { countHan } from './chars';
export { hanCountOf, detectScriptOf } from './text-stats';
export {
  parseOutline,
  parseStructure,
  renumberEdits,
  nextMarkerCompletion,
  type Heading,
  type Outline,
  type MarkerCompletion,
} from './outline/index';
export { detectScript, convertScript, decisionIn, type ScriptDetection, type ConvertTarget } from './script/index';
export {
  parseElements,
  buildElements,
  ELEMENT_NAMES,
  type ElementModel,
  type DocElement,
  type ElementKind,
  type DocumentForm,
  type Genre,
} from './elements/index';
