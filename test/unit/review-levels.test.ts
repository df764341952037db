import { describe, expect, it } from 'vitest'
import { reviewLevelsIn } from '../../src/access/roles'
import { approversSinceSubmit, currentLevel, ReviewError, reviewStep, type Actor } from '../../src/review/state-machine'
import { errorCode as code } from '../helpers/error-code'

const first: Actor = { id: 'a', isWriter: false, isReviewer: true, reviewLevels: [1] }
const second: Actor = { id: 'b', isWriter: false, isReviewer: true, reviewLevels: [2] }
const third: Actor = { id: 'c', isWriter: false, isReviewer: true, reviewLevels: [3] }
const firstAndSecond: Actor = { id: 'd', isWriter: false, isReviewer: true, reviewLevels: [1, 2] }


describe('review levels (三审)', () => {
  it('hands an approval below the last level to the next level, and the last level approves', () => {
    expect(reviewStep('submit', { state: 'draft', levels: 3 }, { id: 'e', isWriter: true, isReviewer: false })).toEqual({ to: 'submitted', level: 1, nextLevel: 1 })
    expect(reviewStep('approve', { state: 'submitted', level: 1, levels: 3 }, first)).toEqual({ to: 'submitted', level: 1, nextLevel: 2 })
    expect(reviewStep('approve', { state: 'submitted', level: 2, levels: 3, approvedBy: ['a'] }, second)).toEqual({ to: 'submitted', level: 2, nextLevel: 3 })
    expect(reviewStep('approve', { state: 'submitted', level: 3, levels: 3, approvedBy: ['a', 'b'] }, third)).toEqual({ to: 'approved', level: 3, nextLevel: null })
  })

  it('lets each level be decided only by its own reviewers', () => {
    expect(code(() => reviewStep('approve', { state: 'submitted', level: 1, levels: 2 }, second))).toBe('wrong-level')
    expect(code(() => reviewStep('return', { state: 'submitted', level: 2, levels: 2 }, first, '不行'))).toBe('wrong-level')
    expect(new ReviewError('wrong-level', '', '').status).toBe(403)
  })

  it('never lets one person approve two levels of the same item', () => {
    expect(code(() => reviewStep('approve', { state: 'submitted', level: 2, levels: 2, approvedBy: ['d'] }, firstAndSecond))).toBe('second-level')
    expect(code(() => reviewStep('approve', { state: 'submitted', level: 2, levels: 2, approvedBy: ['a'] }, firstAndSecond))).toBe('ok')
    expect(new ReviewError('second-level', '', '').status).toBe(403)
  })

  it('sends a return at any level back to the editor', () => {
    expect(reviewStep('return', { state: 'submitted', level: 2, levels: 3, approvedBy: ['a'] }, second, '数据有误').to).toBe('returned')
    expect(code(() => reviewStep('return', { state: 'submitted', level: 2, levels: 3 }, second))).toBe('comment-required')
  })

  it('treats single-level units and records from before levels as today', () => {
    const anyLevel: Actor = { id: 'x', isWriter: false, isReviewer: true }
    expect(reviewStep('approve', { state: 'submitted' }, anyLevel).to).toBe('approved')
    expect(reviewStep('approve', { state: 'submitted' }, first).to).toBe('approved')
    expect(currentLevel({ state: 'submitted', level: 5, levels: 2 })).toBe(2)
    expect(currentLevel({ state: 'approved', levels: 3 })).toBe(3)
  })

  it('counts approvals since the last submission only', () => {
    const history = [
      { action: 'submit', byId: 'e' }, { action: 'approve', byId: 'a' }, { action: 'return', byId: 'b' },
      { action: 'submit', byId: 'e' }, { action: 'approve', byId: 'd' },
    ]
    expect(approversSinceSubmit(history)).toEqual(['d'])
    expect(approversSinceSubmit([])).toEqual([])
  })

  it("reads a reviewer's levels from their unit row: unset is level 1, a super-admin decides at every level", () => {
    const user = { id: 1, tenants: [{ tenant: 7, roles: ['reviewer'], reviewLevels: ['2', '3'] }, { tenant: 8, roles: ['reviewer'] }, { tenant: 9, roles: ['editor'], reviewLevels: ['1'] }] }
    expect(reviewLevelsIn(user, 7)).toEqual([2, 3])
    expect(reviewLevelsIn(user, 8)).toEqual([1])
    expect(reviewLevelsIn(user, 9)).toEqual([])
    expect(reviewLevelsIn({ id: 2, roles: ['super-admin'] }, 7)).toBeUndefined()
  })
})
