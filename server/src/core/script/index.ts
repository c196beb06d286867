/** Script (简/繁) support: detection, conversion and the lazily built OpenCC tables. Pure. */
export { detectScript, detectRegion, DUAL_USE_CHARS, VARIANT_GROUPS, type DocumentScript, type ScriptDetection } from './detect';
export { convertScript, type ConvertTarget } from './convert';
export { tablesReady, warmTables, AMBIGUOUS_SIMPLIFIED, type Region } from './tables';
export { analyzeScript, analyzeVariants, DEFAULT_SKIP } from './analyze';
export { scriptDecision, isTraditionalDocument, type ScriptDecision } from './decision';

import { tablesReady, warmTables } from './tables';

/** The `lazy` hook shared by the script rules: ready once the OpenCC tries are built. */
export const scriptLazy = { isReady: tablesReady, warm: warmTables } as const;
