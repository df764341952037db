import type { Cell, ReportTable } from './template'

/**
 * The header rows of a table placed on a grid (spans resolved), and each column's full name: the
 * labels of every header cell above it, joined (e.g. 行政诉讼·复议后起诉·总计). Pure.
 */
export function headGrid(t: ReportTable): (Cell | null)[][] {
  const width = t.head[0].reduce((w, c) => w + (c.colSpan ?? 1), 0)
  const grid: (Cell | null)[][] = t.head.map(() => Array<Cell | null>(width).fill(null))
  const taken = t.head.map(() => Array<boolean>(width).fill(false))
  t.head.forEach((row, r) => {
    let col = 0
    for (const cell of row) {
      while (col < width && taken[r][col]) col++
      for (let dr = 0; dr < (cell.rowSpan ?? 1); dr++) {
        for (let dc = 0; dc < (cell.colSpan ?? 1); dc++) {
          if (!taken[r + dr]) continue
          taken[r + dr][col + dc] = true
          grid[r + dr][col + dc] = cell
        }
      }
      col += cell.colSpan ?? 1
    }
  })
  return grid
}

export function columnNames(t: ReportTable): string[] {
  const grid = headGrid(t)
  return grid[0].map((_, col) => {
    const names: string[] = []
    for (const row of grid) {
      const cell = row[col]
      if (cell && cell.text && !names.includes(cell.text)) names.push(cell.text)
    }
    return col === 0 ? '' : names.join('·')
  })
}
