/**
 * Personal-data scan (个人信息检查): a 20,000-character body with planted ID, mobile and card numbers,
 * and an XLSX attachment of 2,000 rows read and scanned, as ratios to the wording check's baseline
 * (one indexOf pass over the same text) and to exceljs merely loading the same workbook.
 *
 *   npm run bench:personal-data
 */
import ExcelJS from 'exceljs'
import { readAttachment } from '../src/personal-data/attachments'
import { findPersonalData } from '../src/personal-data/detect'
import { scanDocument } from '../src/personal-data/scan'
import { seededRandom } from '../src/shared/random'

const DOCUMENT_CHARS = 20_000
const ROWS = 2_000
const RUNS = 30
const random = seededRandom(20_191_201)
const planted = ['431028198511220026', '13812345678', '6222021900123456782', '431002199003071230', '0735-2222222', '郴政发〔2026〕12号']

let text = ''
while (text.length < DOCUMENT_CHARS) {
  text += '为进一步做好政府信息公开工作，现将有关事项通知如下。'
  if (random() < 0.1) text += planted[Math.floor(random() * planted.length)]
}
text = text.slice(0, DOCUMENT_CHARS)

async function median(run: () => unknown): Promise<number> {
  for (let i = 0; i < 3; i++) await run()
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now()
    await run()
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return times[RUNS >> 1]
}

const book = new ExcelJS.Workbook()
const sheet = book.addWorksheet('名单')
for (let r = 0; r < ROWS; r++) sheet.addRow([r + 1, `姓名${r}`, r % 100 === 0 ? '431028198511220026' : `43102819851122${String(r % 10000).padStart(4, '0')}`, 1200])
const xlsx = Buffer.from(await book.xlsx.writeBuffer())

let found = 0
let inSheet = 0
const scanMs = await median(() => { found = findPersonalData(text).length })
const indexOfMs = await median(() => text.indexOf('不存在的字符串'))
const loadMs = await median(async () => { await new ExcelJS.Workbook().xlsx.load(xlsx as unknown as ArrayBuffer) })
const sheetMs = await median(async () => { inSheet = scanDocument({}, await readAttachment('名单.xlsx', xlsx, 'xlsx'), new Set()).length })

const ms = (n: number) => `${n.toFixed(3)} ms`
console.log(`body: ${text.length} chars, ${found} findings; xlsx: ${ROWS} rows (${xlsx.length} bytes), ${inSheet} findings (median of ${RUNS})`)
console.log(`body scan:  ${ms(scanMs)}   indexOf: ${ms(indexOfMs)}   ratio ${(scanMs / indexOfMs).toFixed(1)}`)
console.log(`xlsx read+scan: ${ms(sheetMs)}   exceljs load alone: ${ms(loadMs)}   ratio ${(sheetMs / loadMs).toFixed(2)}`)
