/** `npm run seed`: loads the site group, demo users and demo content; safe to run again. */
import '../src/server/check-env'
import { preloadLexical } from '../src/config/preload-lexical'

await preloadLexical()
const { BootError, bootPayload } = await import('../src/server/boot')
const { seedGroup } = await import('../src/seed')

try {
  const { payload } = await bootPayload()
  const report = await seedGroup(payload, { demo: process.env.SEED_DEMO !== 'false' })
  console.log(
    `[seed] ${report.tenants} 个单位（新增 ${report.createdTenants}），新增用户 ${report.createdUsers}，新增文章 ${report.createdArticles}，新增信息公开条目 ${report.createdDisclosures} / ` +
      `${report.tenants} units (${report.createdTenants} new), ${report.createdUsers} users, ${report.createdArticles} articles, ${report.createdDisclosures} disclosure items added`,
  )
  process.exit(0)
} catch (err) {
  console.error(err instanceof BootError ? `[seed] ${err.message}` : err)
  process.exit(1)
}
