import type { Endpoint, PayloadRequest } from 'payload'
import { asRoleUser, tenantIdsWithRole } from '../../../src/access/roles'
import { challengeOptions, createPowChallenge, createQuestion } from '../../../src/shared/challenge'
import { listPublicLetters } from '../../../src/letters/reads/public-letters'
import { readLetterStats } from '../../../src/letters/reads/stats'
import { statsCsv } from '../../../src/letters/stats'
import { pageNumber } from '../../../src/site/routing'
import { ClientError, refusingBadInput } from '../../shared/client-error'
import { bodyOf, periodParams } from '../../shared/params'
import { isHubStaff } from '../access'
import { actOnLetter } from '../act'
import { findMailbox, submitLetter } from '../submit'
import { readSubmission } from '../../shared/read-submission'
import { rateLetter, trackLetter } from '../track'

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

/** GET /api/letters/challenge: a fresh proof-of-work challenge, and the question for forms without JavaScript. */
const challenge: Endpoint = {
  path: '/challenge', method: 'get',
  handler: async (req) => json({ altcha: await createPowChallenge(challengeOptions(req.payload.secret)), question: createQuestion(challengeOptions(req.payload.secret)) }),
}

/** POST /api/letters/submit (JSON, or multipart with up to 3 files): a citizen's letter; answers the tracking code and password once. */
const submit: Endpoint = {
  path: '/submit', method: 'post',
  handler: async (req) =>
    refusingBadInput(async () => {
      const { fields, files } = await readSubmission(req as unknown as Request)
      const mailbox = await findMailbox(req.payload, fields.site)
      const receipt = await submitLetter(req.payload, mailbox, fields, files)
      return json({ message: '来信已收到 / letter received', ...receipt }, 201)
    }),
}

/** POST /api/letters/track {code, password}: the writer's view of their letter. */
const track: Endpoint = {
  path: '/track', method: 'post',
  handler: async (req) => refusingBadInput(async () => {
    const body = await bodyOf(req)
    return json(await trackLetter(req.payload, body.code, body.password))
  }),
}

/** POST /api/letters/rate {code, password, rating}: one satisfaction rating per replied letter. */
const rate: Endpoint = {
  path: '/rate', method: 'post',
  handler: async (req) => refusingBadInput(async () => {
    const body = await bodyOf(req)
    return json(await rateLetter(req.payload, body.code, body.password, body.rating))
  }),
}

/** GET /api/letters/public?site=<slug>&page=: replied letters whose writers allowed publishing, without personal data. */
const publicList: Endpoint = {
  path: '/public', method: 'get',
  handler: async (req) => refusingBadInput(async () => {
    const page = pageNumber(req.searchParams.get('page'))
    if (page === null) throw new ClientError('page 须为 1 至 1000 的整数', 'page must be a whole number from 1 to 1000')
    const slug = req.searchParams.get('site')
    const site = slug ? await findMailbox(req.payload, slug) : undefined
    return json(await listPublicLetters(req.payload, { site: site?.id, page }))
  }),
}

/** GET /api/letters/stats?year=|from=&to=[&format=csv]: per answering unit. Hub staff see all units; others their own. */
const stats: Endpoint = {
  path: '/stats', method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!req.user) throw new ClientError('请先登录', 'sign in first', 401)
    const { from, to, format } = periodParams(req.searchParams)
    const units = (await isHubStaff(req)) ? true : tenantIdsWithRole(asRoleUser(req.user), ['webmaster', 'editor', 'reviewer'])
    if (units !== true && units.length === 0) throw new ClientError('没有可查看统计的单位', 'no unit whose statistics you may see', 403)
    const rows = await readLetterStats(req.payload, { units, from, to })
    const tenants = await req.payload.find({ collection: 'tenants', pagination: false, depth: 0, overrideAccess: true, select: { shortName: true } })
    const names = new Map(tenants.docs.map((t) => [String(t.id), String(t.shortName)]))
    if (format === 'csv') {
      return new Response(statsCsv(rows, (id) => names.get(id) ?? id), { headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="letter-stats.csv"' } })
    }
    return json({ from: from?.toISOString() ?? null, to: to?.toISOString() ?? null, units: rows.map((r) => ({ ...r, unitName: r.unit === 'all' ? '合计' : names.get(r.unit) ?? r.unit })) })
  },
}

/** POST /api/letters/:id/act {action, reason|comment|reply|unit|into}: one step of handling. */
const act: Endpoint = {
  path: '/:id/act', method: 'post',
  handler: async (req) => refusingBadInput(async () => {
    if (!req.user) throw new ClientError('请先登录', 'sign in first', 401)
    const letter = await actOnLetter(req, String(req.routeParams?.id ?? ''), await bodyOf(req))
    return json({ message: '已办理 / done', doc: { id: letter.id, status: letter.status, unit: letter.unit, due: letter.due } })
  }),
}

export const letterEndpoints: Endpoint[] = [challenge, submit, track, rate, publicList, stats, act]
