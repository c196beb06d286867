/** Public API of the pure checker core: strings in, data out. */
export * from './types';
export { check, checkSteps, render, resolveRule } from './engine';
export { disableLineEdit, scriptConversionEdits, scriptConversionSteps, lineEdits, coalesceEdits, fixAllSteps, type ScriptConversion, type FixAllStepsOptions } from './actions';
export { applyEdits, diffToEdit, fixAll, isSafe, selectNonOverlapping } from './fixes';
export { buildModel } from './segments';
export { parseDirectives, disableLineComment } from './directives';
export { parseConfigObject, mergeConfig, nearRuleIds, EMPTY_CONFIG, type ConfigIssue } from './config';
export { allRules, ruleById } from './rules/index';
export { countHan } from './chars';
export { parseOutline, renumberEdits, nextMarkerCompletion, type Heading, type Outline, type MarkerCompletion } from './outline';
export { detectScript, convertScript, type ScriptDetection, type ConvertTarget } from './script/index';
