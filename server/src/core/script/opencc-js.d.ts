/**
 * Types for the two opencc-js@1.4.2 entry points the script checker imports. The package is ESM-only
 * for these subpaths ("./core" and "./*" → dist/esm-lib); its own types/core.d.ts lives in a
 * `"type": "module"` package, which TypeScript (module Node16, CJS output) refuses to import with
 * TS1479. esbuild bundles the ESM files, and Node ≥ 20.19 require()s them in the compiled tests.
 */
declare module 'opencc-js/core' {
  export class Trie {
    constructor();
    addWord(source: string, replacement: string): void;
    loadDict(dict: string): void;
    loadDictGroup(dicts: readonly string[]): void;
    matchPrefix(text: string, offset: number): { end: number; value: string } | null;
    convert(text: string): string;
  }
}

/** Each dictionary module's default export is "key value|key value|…". */
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
