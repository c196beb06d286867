/** Script (简/繁) support: detection, conversion and the OpenCC tables (precomputed, parsed on demand). Pure. */
export { detectScript, detectRegion, DUAL_USE_CHARS, VARIANT_GROUPS, type DocumentScript, type ScriptDetection } from './detect';
export { convertScript, type ConvertTarget } from './convert';
export { AMBIGUOUS_SIMPLIFIED, type Region } from './tables';
export { analyzeScript, analyzeVariants, DEFAULT_SKIP } from './analyze';
export { scriptDecision, decisionIn, isTraditionalDocument, type ScriptDecision } from './decision';
