import type { Problem } from '../../core/index';
import type { LineIndex } from '../../core/lines';

/** One checked document as the formats see it. */
export interface FileResult {
  /** As shown: relative to the working folder when inside it. */
  readonly path: string;
  /** Absolute path; undefined for standard input. */
  readonly abs?: string;
  readonly problems: readonly Problem[];
  readonly index: LineIndex;
}

/** Counts over the run (warnings counted even under --quiet, for --max-warnings). */
export interface Tally {
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
  fixable: number;
  fixedProblems: number;
  fixedFiles: number;
  checkedFiles: number;
  /** Files (or inputs) that could not be read or written. */
  failedFiles: number;
}

export const newTally = (): Tally => ({
  errors: 0,
  warnings: 0,
  infos: 0,
  hints: 0,
  fixable: 0,
  fixedProblems: 0,
  fixedFiles: 0,
  checkedFiles: 0,
  failedFiles: 0,
});
