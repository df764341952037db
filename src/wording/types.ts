export type Severity = 'block' | 'warn'

export interface WordingEntry {
  wrong: string
  correct?: string
  severity: Severity
  note?: string
}

export interface WordingHit {
  start: number
  end: number /* UTF-16 indexes, end exclusive */
  wrong: string
  correct?: string
  severity: Severity
  note?: string
  context: string /* up to 10 chars either side */
}
