/** One line redrawn in place on stderr: bar, percentage, count and rate (`npm run demo`, `npm run search:rebuild`). */
export function progress(total: number) {
  const started = performance.now()
  let done = 0
  return () => {
    done++
    if (done % 50 !== 0 && done !== total) return
    const share = total ? done / total : 1
    const rate = done / ((performance.now() - started) / 1000)
    process.stderr.write(`\r[${'#'.repeat(Math.round(share * 30)).padEnd(30, '-')}] ${(share * 100).toFixed(0).padStart(3)}% ${done}/${total} ${rate.toFixed(0)} 条/秒 items/s`)
    if (done === total) process.stderr.write('\n')
  }
}
