export {
  assertUnitCode,
  assertYear,
  defaultIndexNumberFormat,
  formatIndexNumber,
  IndexNumberError,
  isIndexNumber,
  parseIndexNumber,
  resolveFormat,
} from './format'
export type { IndexNumberErrorCode, IndexNumberFormat, IndexNumberParts } from './format'
export { currentYears, decideAssignment, nextSerialAfterImport, sequenceKey, yearOfPublication } from './allocation'
export type { Assignment } from './allocation'
