import type { Rule } from '../types';
import { noFullWidthAlphanumeric } from './no-full-width-alphanumeric';
import { noHalfWidthParentheses } from './no-half-width-parentheses';
import { noHalfWidthPunctuation } from './no-half-width-punctuation';
import { noSpaceBetweenHan } from './no-space-between-han';
import { noSpaceHanAlphanumeric } from './no-space-han-alphanumeric';
import { approximateNumberDun } from './approximate-number-dun';
import { chineseYearZero } from './chinese-year-zero';
import { nestedTitleMarks } from './nested-title-marks';
import { noCornerQuotes } from './no-corner-quotes';
import { noDunBeforeConjunction } from './no-dun-before-conjunction';
import { noDunBetweenQuoted } from './no-dun-between-quoted';
import { noEmptyPair } from './no-empty-pair';
import { noRedundantEllipsis } from './no-redundant-ellipsis';
import { noRepeatedPunctuation } from './no-repeated-punctuation';
import { noSpaceAroundPunctuation } from './no-space-around-punctuation';
import { noStraightQuotes } from './no-straight-quotes';
import { noTrailingSpaces } from './no-trailing-spaces';
import { pairedPunctuation } from './paired-punctuation';
import { quoteDirection } from './quote-direction';
import { quoteNesting } from './quote-nesting';
import { rangeConnector } from './range-connector';
import { standardDash } from './standard-dash';
import { standardEllipsis } from './standard-ellipsis';
import { standardInterpunct } from './standard-interpunct';
import { consistentVariantForm } from './consistent-variant-form';
import { noMixedScript } from './no-mixed-script';
import { dateSeparator } from './date-separator';
import { decimalPoint } from './decimal-point';
import { docNumberFormat } from './doc-number-format';
import { noBrokenLine } from './no-broken-line';
import { noDateLeadingZero } from './no-date-leading-zero';
import { noMixedDigits } from './no-mixed-digits';
import { noShortYear } from './no-short-year';
import { noMojibake } from './no-mojibake';
import { noPinyinAnnotation } from './no-pinyin-annotation';
import { noPlaceholder } from './no-placeholder';
import { noStrayPageNumber } from './no-stray-page-number';
import { noUnknownCharacterMark } from './no-unknown-character-mark';
import { noWebClutter } from './no-web-clutter';
import { numberRangeUnit } from './number-range-unit';
import { timeColon } from './time-colon';
import { weekdayNumeral } from './weekday-numeral';

import { enumerationSequence } from './enumeration-sequence';
import { headingInversion } from './heading-inversion';
import { headingLevelRestart } from './heading-level-restart';
import { headingLevelSkip } from './heading-level-skip';
import { headingMarkerForm } from './heading-marker-form';
import { headingNumberingMixed } from './heading-numbering-mixed';
import { headingSequence } from './heading-sequence';
import { headingSplitLine } from './heading-split-line';
import { headingStyleConsistency } from './heading-style-consistency';
import { headingTrailingPunctuation } from './heading-trailing-punctuation';
import { noDuplicateSentence } from './no-duplicate-sentence';
import { noMisusedWord } from './no-misused-word';
import { noOverusedPhrase } from './no-overused-phrase';
import { noRedundantWord } from './no-redundant-word';
import { noRepeatedWord } from './no-repeated-word';
import { noVariantWord } from './no-variant-word';
import { approximateNumberJi } from './approximate-number-ji';
import { capitalNumeral } from './capital-numeral';
import { dateMixedNumerals } from './date-mixed-numerals';
import { fixedWordNumeral } from './fixed-word-numeral';
import { monthDayName } from './month-day-name';
import { percentInWords } from './percent-in-words';
import { yearRangeShort } from './year-range-short';
import { recipientsColon } from './recipients-colon';
import { ccEnding } from './cc-ending';
import { printerDate } from './printer-date';
import { secrecyMark } from './secrecy-mark';
import { signerForm } from './signer-form';
import { noteBrackets } from './note-brackets';
import { urgencyWording } from './urgency-wording';
import { titleForm } from './title-form';
import { genreLegal } from './genre-legal';
import { reportNoRequest } from './report-no-request';
import { noBlankPageNote } from './no-blank-page-note';
import { docNumberCitation } from './doc-number-citation';
import { attachmentTitleMatch } from './attachment-title-match';
import { attachmentNoteForm } from './attachment-note-form';
/** Every rule, in a fixed order (category, then id). Add new rules here; meta.test.ts checks the list. */
export const allRules: readonly Rule[] = [
  // structure
  enumerationSequence,
  headingInversion,
  headingLevelRestart,
  headingLevelSkip,
  headingMarkerForm,
  headingNumberingMixed,
  headingSequence,
  headingSplitLine,
  headingStyleConsistency,
  headingTrailingPunctuation,
  // element
  attachmentNoteForm,
  attachmentTitleMatch,
  ccEnding,
  docNumberCitation,
  genreLegal,
  noBlankPageNote,
  noteBrackets,
  printerDate,
  recipientsColon,
  reportNoRequest,
  secrecyMark,
  signerForm,
  titleForm,
  urgencyWording,
  // punctuation
  approximateNumberDun,
  chineseYearZero,
  nestedTitleMarks,
  noCornerQuotes,
  noDunBeforeConjunction,
  noDunBetweenQuoted,
  noEmptyPair,
  noFullWidthAlphanumeric,
  noHalfWidthParentheses,
  noHalfWidthPunctuation,
  noRedundantEllipsis,
  noRepeatedPunctuation,
  noSpaceAroundPunctuation,
  noSpaceBetweenHan,
  noSpaceHanAlphanumeric,
  noStraightQuotes,
  noTrailingSpaces,
  pairedPunctuation,
  quoteDirection,
  quoteNesting,
  rangeConnector,
  standardDash,
  standardEllipsis,
  standardInterpunct,
  // number
  approximateNumberJi,
  capitalNumeral,
  dateMixedNumerals,
  dateSeparator,
  decimalPoint,
  docNumberFormat,
  fixedWordNumeral,
  monthDayName,
  noDateLeadingZero,
  noMixedDigits,
  noShortYear,
  numberRangeUnit,
  percentInWords,
  timeColon,
  weekdayNumeral,
  yearRangeShort,
  // script
  consistentVariantForm,
  noMixedScript,
  // repetition
  noDuplicateSentence,
  noOverusedPhrase,
  noRepeatedWord,
  // residue
  noBrokenLine,
  noMojibake,
  noPinyinAnnotation,
  noPlaceholder,
  noStrayPageNumber,
  noUnknownCharacterMark,
  noWebClutter,
  // wording
  noMisusedWord,
  noRedundantWord,
  noVariantWord,
] as readonly Rule<object>[] as readonly Rule[];

export const ruleById: ReadonlyMap<string, Rule> = new Map(allRules.map((r) => [r.meta.id, r]));
