/** A domain error whose message reads '中文 / English' and whose `code` is stable for callers. */
export class BilingualError<Code extends string> extends Error {
  readonly code: Code
  constructor(code: Code, zh: string, en: string) {
    super(`${zh} / ${en}`)
    this.name = new.target.name
    this.code = code
  }
}
