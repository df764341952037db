'use client'
import { Button } from '@payloadcms/ui'
import { channels } from '../../src/requests/submission'
import type { RequestReceipt } from './submit'

export interface RegisteredReceipt extends RequestReceipt {
  applicant: string
  channel: string
  description: string
  clerk: string
  registeredDay: string
}

// Printing shows the sheet alone, on A4, whatever the admin around it.
const printCss = `
[data-request-receipt] { border: 1px solid var(--theme-elevation-150); padding: var(--base); margin: calc(var(--base) / 2) 0; max-width: 46rem; line-height: 1.7; }
[data-request-receipt] h2 { text-align: center; margin: 0 0 calc(var(--base) / 2); }
[data-request-receipt] p { margin: 0.6em 0; }
[data-request-receipt] table { width: 100%; border-collapse: collapse; }
[data-request-receipt] th, [data-request-receipt] td { border: 1px solid currentColor; padding: 6px 8px; text-align: left; vertical-align: top; }
[data-request-receipt] th { width: 8em; white-space: nowrap; font-weight: 600; }
@page { size: A4; margin: 18mm; }
@media print {
  body * { visibility: hidden !important; }
  [data-request-receipt], [data-request-receipt] * { visibility: visible !important; }
  [data-request-receipt] { position: absolute; left: 0; top: 0; width: 100%; max-width: none; margin: 0; padding: 0; border: 0; background: #fff; color: #000; font-size: 12pt; }
  [data-request-receipt] [data-no-print] { display: none !important; }
}
`

/**
 * The receipt handed to an applicant whose application came in person, by post or fax: the only place
 * the query password is shown, so it is printed here, in Chinese whatever the admin's language.
 */
export function ReceiptSheet({ receipt, zh }: { receipt: RegisteredReceipt; zh: boolean }) {
  const channel = channels.find((c) => c.value === receipt.channel)?.zh ?? receipt.channel
  const rows: [string, string][] = [
    ['申请人', receipt.applicant],
    ['受理机关', receipt.unit],
    ['申请渠道', channel],
    ['收到申请之日', receipt.receivedDay],
    ['所需信息', receipt.description],
    ['答复期限', `${receipt.due} 前`],
    ['查询码', receipt.trackingCode],
    ['查询密码', receipt.password],
    ['查询地址', receipt.trackUrl],
  ]
  return (
    <section data-request-receipt aria-labelledby="request-receipt-title">
      <style>{printCss}</style>
      <h2 id="request-receipt-title">政府信息公开申请登记回执</h2>
      <p>{receipt.applicant}：您于 {receipt.receivedDay} 以{channel}方式向{receipt.unit}提出的政府信息公开申请已登记。</p>
      <table>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}><th scope="row">{label}</th><td data-receipt-field={label}>{value}</td></tr>
          ))}
        </tbody>
      </table>
      <p>依《中华人民共和国政府信息公开条例》第三十三条，本机关自收到申请之日起20个工作日内答复（可以当场答复的当场答复）；
        需要延长答复期限的，经政府信息公开工作机构负责人同意并告知您，延长期限最长不超过20个工作日。征求第三方和其他机关意见所需时间不计算在内。</p>
      <p>请凭查询码和查询密码在查询地址查看办理进度、补正告知和答复。查询密码只在本回执上提供一次，请妥善保管。</p>
      <p style={{ textAlign: 'right' }}>经办人：{receipt.clerk}{'\u3000\u3000'}登记日期：{receipt.registeredDay}</p>
      <div data-no-print>
        <Button size="small" onClick={() => window.print()}>{zh ? '打印回执' : 'Print the receipt'}</Button>
      </div>
    </section>
  )
}
