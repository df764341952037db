import type { TestContext } from './context'

type ID = number | string

export const users = {
  admin: 'admin@demo.zhanqun.cn',
  editor: 'editor.dept@demo.zhanqun.cn',
  reviewer: 'reviewer.dept@demo.zhanqun.cn',
  webmaster: 'webmaster.dept@demo.zhanqun.cn',
  countyEditor: 'editor.county@demo.zhanqun.cn',
  countyWebmaster: 'webmaster.county@demo.zhanqun.cn',
} as const

/** Workflow helpers over REST, as a signed-in user of the demo group. */
export function workflowClient(ctx: TestContext) {
  const auth = async (email: string) => ({ Authorization: `JWT ${await ctx.login(email)}` })
  let columnId: ID | undefined
  const column = async () =>
    (columnId ??= (await ctx.payload.find({ collection: 'columns', where: { key: { equals: 'mandatory-policy' } }, limit: 1 })).docs[0].id)

  return {
    auth,
    column,
    /** A draft disclosure of the department site, created by `email` through REST. */
    async draft(email: string, title: string, extra: Record<string, unknown> = {}): Promise<ID> {
      const res = await ctx.api().post('/api/disclosures?draft=true').set(await auth(email))
        .send({ title, column: await column(), issuer: '市发展和改革委员会', _status: 'draft', ...extra })
      if (res.status !== 201) throw new Error(`draft: ${res.status} ${JSON.stringify(res.body)}`)
      return res.body.doc.id
    },
    async act(email: string, id: ID, action: string, comment?: string, collection = 'disclosures') {
      return ctx.api().post(`/api/${collection}/${id}/review`).set(await auth(email)).send({ action, comment })
    },
    async publish(email: string, id: ID, data: Record<string, unknown> = {}, collection = 'disclosures') {
      return ctx.api().patch(`/api/${collection}/${id}`).set(await auth(email)).send({ ...data, _status: 'published' })
    },
    async latest<C extends 'disclosures' | 'articles' = 'disclosures'>(id: ID, collection?: C) {
      return ctx.payload.findByID({ collection: collection ?? ('disclosures' as C), id, draft: true, depth: 0 })
    },
  }
}
