import type { Express } from 'express'
import type { Payload } from 'payload'
import supertest from 'supertest'
import { seedGroup, demoSites } from '../../src/seed'
import { demoPassword } from '../../src/seed/demo-users'
import { createAdminHandler } from '../../src/server/admin'
import { createApp } from '../../src/server/app'
import { bootPayload } from '../../src/server/boot'

export interface TestContext {
  payload: Payload
  app: Express
  api: () => supertest.Agent
  /** Signs in over REST and returns the JWT for `Authorization: JWT …`. */
  login: (email: string, password?: string) => Promise<string>
  tenantId: (site: 'hub' | 'department' | 'county') => Promise<number | string>
}

let cached: Promise<TestContext> | undefined

/** Boots Payload and the express app against the run's database, seeded with the demo group. */
export function useTestContext({ admin = false } = {}): Promise<TestContext> {
  cached ??= (async () => {
    const { payload, config, database } = await bootPayload()
    await seedGroup(payload, { demo: true, password: demoPassword })
    const app = createApp({
      payload,
      config,
      database: database.kind,
      admin: admin ? await createAdminHandler() : undefined,
    })
    const sites = demoSites()
    const tokens = new Map<string, string>()
    const ctx: TestContext = {
      payload,
      app,
      api: () => supertest.agent(app),
      login: async (email, password = demoPassword) => {
        const key = `${email}\n${password}`
        if (!tokens.has(key)) {
          const res = await supertest(app).post('/api/users/login').send({ email, password })
          if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${JSON.stringify(res.body)}`)
          tokens.set(key, res.body.token)
        }
        return tokens.get(key)!
      },
      tenantId: async (site) => {
        const found = await payload.find({ collection: 'tenants', where: { slug: { equals: sites[site].slug } }, limit: 1 })
        return found.docs[0].id
      },
    }
    return ctx
  })()
  return cached
}
