import path from 'node:path'
import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import { EXPERIMENTAL_TableFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { Articles } from './collections/Articles'
import { auditFailedLogin } from './collections/AuditLog/hooks/login'
import { AuditLog } from './collections/AuditLog'
import { CalendarOverrides } from './collections/CalendarOverrides'
import { MourningPeriods } from './collections/MourningPeriods'
import { workingDaysEndpoint } from './collections/CalendarOverrides/working-days-endpoint'
import { Columns } from './collections/Columns'
import { Disclosures } from './collections/Disclosures'
import { HubSubmissions } from './collections/HubSubmissions'
import { DisclosureSettings } from './collections/DisclosureSettings'
import { hubCatalogueQueries } from './collections/Disclosures/graphql/hub-catalogue'
import { hardenSystemCollections } from './collections/shared/system-collections'
import { IndexSequences } from './collections/IndexSequences'
import { CatalogueCounts } from './collections/CatalogueCounts'
import { LetterAttachments } from './collections/LetterAttachments'
import { RequestDocuments } from './collections/RequestDocuments'
import { Letters } from './collections/Letters'
import { MailboxSettings } from './collections/MailboxSettings'
import { MonitoringSnapshots } from './collections/MonitoringSnapshots'
import { monitoringEndpoint } from './collections/MonitoringSnapshots/endpoint'
import { MonitoringSettings } from './collections/MonitoringSnapshots/settings'
import { Requests } from './collections/Requests'
import { AnnualReports } from './collections/AnnualReports'
import { MailOutbox } from './collections/MailOutbox'
import { outboxEmailAdapter } from './collections/MailOutbox/email-adapter'
import { Media } from './collections/Media'
import { SearchEntries } from './collections/SearchEntries'
import { searchEndpoint } from './collections/SearchEntries/endpoints/search'
import { searchQueries } from './collections/SearchEntries/graphql/search'
import { Tenants } from './collections/Tenants'
import { Users } from './collections/Users'
import { WordingEntries } from './collections/WordingEntries'
import { jobsConfig } from './src/jobs/config'
import { asRoleUser, isSuperAdmin, tenantIdsWithRole } from './src/access/roles'
import { projectRoot } from './src/config/project-root'
import { resolveSecret } from './src/config/secret'
import { objectStoragePlugins } from './src/config/storage'
import { createDatabaseAdapter } from './src/db/adapter'
import { parseDatabaseUri } from './src/db/database-uri'
import { migrationsFor } from './src/migrations'
import { unitScopedCollections } from './src/tenancy/scoped-collections'
import { reviewLevelsField } from './collections/shared/workflow/review-levels'

const dirname = projectRoot
// @payloadcms/storage-s3 is published up to 3.90.1 (payload is 3.90.2); package.json's overrides
// give it this payload and UI. Payload's start-up version check (outside production only) would stop
// on the patch difference. Remove this line once storage-s3 matches payload again.
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'
const database = parseDatabaseUri(process.env.DATABASE_URI)

// libsql runs each transaction on its own write-locked connection; Payload's forgot-password
// rate-limit reservation writes outside the transaction and would wait on it until the busy
// timeout. On SQLite the express server rate-limits that endpoint instead.
const users =
  database.kind === 'sqlite' && typeof Users.auth === 'object'
    ? { ...Users, auth: { ...Users.auth, forgotPassword: { ...Users.auth.forgotPassword, minRequestInterval: 0 } } }
    : Users

const webmasterOrSuper = ({ req }: { req: { user?: unknown } }) => {
  const user = asRoleUser(req.user)
  return isSuperAdmin(user) || tenantIdsWithRole(user, ['webmaster']).length > 0
}

export default buildConfig({
  secret: resolveSecret(),
  serverURL: process.env.SERVER_URL || '',
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · 站群管理' },
    // Never Gravatar: it is blocked in China and would send a hash of each official's e-mail abroad.
    avatar: 'default',
    // 工作台: what waits for the signed-in user, above the collection cards.
    components: { beforeDashboard: ['/collections/MonitoringSnapshots/Workbench#Workbench'] },
  },
  routes: { admin: '/admin', api: '/api', graphQL: '/graphql' },
  collections: [Tenants, users, Columns, Disclosures, Articles, Media, IndexSequences, CatalogueCounts, WordingEntries, AuditLog, HubSubmissions,
    CalendarOverrides, MailOutbox, Letters, LetterAttachments, Requests, RequestDocuments, SearchEntries, MourningPeriods, MonitoringSnapshots, AnnualReports],
  jobs: jobsConfig(),
  // Every mail goes through the outbox and a retried job; SMTP settings are read when it runs.
  email: outboxEmailAdapter,
  endpoints: [workingDaysEndpoint, searchEndpoint, monitoringEndpoint],
  hooks: { afterError: [auditFailedLogin] },
  globals: [DisclosureSettings, MailboxSettings, MonitoringSettings],
  upload: { limits: { fileSize: Number(process.env.MAX_UPLOAD_BYTES) || 50 * 1024 * 1024 } },
  // Tables are common in disclosure items (budgets, statistics, procurement results).
  editor: lexicalEditor({ features: ({ defaultFeatures }) => [...defaultFeatures, EXPERIMENTAL_TableFeature()] }),
  db: createDatabaseAdapter(database, migrationsFor(database.kind)),
  i18n: { supportedLanguages: { zh, en }, fallbackLanguage: 'zh' },
  sharp,
  graphQL: { disablePlaygroundInProduction: true, maxComplexity: 2000, queries: (GraphQL, config) => ({ ...hubCatalogueQueries(GraphQL, config), ...searchQueries(GraphQL, config) }) },
  maxDepth: 5,
  debug: false,
  // LOG_LEVEL switches to plain JSON logs at that level (production, tests); unset keeps Payload's pretty log.
  ...(process.env.LOG_LEVEL ? { logger: { options: { level: process.env.LOG_LEVEL } } } : {}),
  // Wrong passwords and bad queries are the client's mistake, not the server's: log them quietly.
  loggingLevels: {
    AuthenticationError: 'info', LockedAuth: 'info', QueryError: 'info', UnverifiedEmail: 'info',
    Forbidden: 'info', NotFound: 'info', ValidationError: 'info',
    // collections/shared/client-error.ts: refusals of bad input or actions, not server faults.
    ...({ ClientError: 'info' } as object),
  },
  telemetry: false,
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts'), autoGenerate: false },
  plugins: [
    multiTenantPlugin({
      tenantsSlug: 'tenants',
      // Deleting a unit must not wipe its public record; see collections/Tenants/hooks/refuse-delete-while-in-use.
      cleanupAfterTenantDelete: false,
      userHasAccessToAllTenants: (user) => isSuperAdmin(user),
      collections: Object.fromEntries(unitScopedCollections.map((slug) => [slug, {}])),
      tenantField: { label: { zh: '所属单位', en: 'Unit' } },
      tenantsArrayField: {
        includeDefaultField: true,
        // Webmasters assign users to their own tenants; collections/Users checks which ones.
        arrayFieldAccess: { create: webmasterOrSuper, update: webmasterOrSuper },
        tenantFieldAccess: {},
        rowFields: [
          {
            name: 'roles',
            type: 'select',
            hasMany: true,
            required: true,
            defaultValue: ['editor'],
            label: { zh: '站点角色', en: 'Site roles' },
            options: [
              { value: 'webmaster', label: { zh: '站点管理员', en: 'Webmaster' } },
              { value: 'editor', label: { zh: '编辑', en: 'Editor' } },
              { value: 'reviewer', label: { zh: '审核员', en: 'Reviewer' } },
              { value: 'hub-editor', label: { zh: '主站编辑', en: 'Hub editor' } },
            ],
          },
          reviewLevelsField,
        ],
      },
      i18n: {
        translations: {
          zh: { 'nav-tenantSelector-label': '按单位筛选', 'assign-tenant-button-label': '指定单位' },
        },
      },
    }),
    ...objectStoragePlugins(),
  ],
}).then(hardenSystemCollections)
