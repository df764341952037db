import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { backfillUnitKinds } from '../../../collections/Disclosures/hooks/stamp-unit-kind'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`disclosures\` ADD \`unit_kind\` text;`)
  await db.run(sql`CREATE INDEX \`tenant__status_publishedAt_createdAt_idx\` ON \`disclosures\` (\`tenant_id\`,\`_status\`,\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`tenant__status_year_publishedAt_createdAt_idx\` ON \`disclosures\` (\`tenant_id\`,\`_status\`,\`year\`,\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`unitKind__status_publishedAt_createdAt_idx\` ON \`disclosures\` (\`unit_kind\`,\`_status\`,\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`unitKind__status_year_publishedAt_createdAt_idx\` ON \`disclosures\` (\`unit_kind\`,\`_status\`,\`year\`,\`published_at\`,\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`_disclosures_v\` ADD \`version_unit_kind\` text;`)
  await db.run(sql`CREATE INDEX \`compound_index_idx\` ON \`_disclosures_v\` (\`version_tenant_id\`,\`version__status\`,\`version_published_at\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_1_idx\` ON \`_disclosures_v\` (\`version_tenant_id\`,\`version__status\`,\`version_year\`,\`version_published_at\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_2_idx\` ON \`_disclosures_v\` (\`version_unit_kind\`,\`version__status\`,\`version_published_at\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_3_idx\` ON \`_disclosures_v\` (\`version_unit_kind\`,\`version__status\`,\`version_year\`,\`version_published_at\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`tenant__status_publishedAt_createdAt_1_idx\` ON \`articles\` (\`tenant_id\`,\`_status\`,\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`tenant__status_category_publishedAt_createdAt_idx\` ON \`articles\` (\`tenant_id\`,\`_status\`,\`category\`,\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_4_idx\` ON \`_articles_v\` (\`version_tenant_id\`,\`version__status\`,\`version_published_at\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_5_idx\` ON \`_articles_v\` (\`version_tenant_id\`,\`version__status\`,\`version_category\`,\`version_published_at\`,\`version_created_at\`);`)
  // Items stored before the field existed get their unit's kind (the hub's aggregated lists filter on it).
  await backfillUnitKinds(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`tenant__status_publishedAt_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`tenant__status_year_publishedAt_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`unitKind__status_publishedAt_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`unitKind__status_year_publishedAt_createdAt_idx\`;`)
  await db.run(sql`ALTER TABLE \`disclosures\` DROP COLUMN \`unit_kind\`;`)
  await db.run(sql`DROP INDEX \`compound_index_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_1_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_2_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_3_idx\`;`)
  await db.run(sql`ALTER TABLE \`_disclosures_v\` DROP COLUMN \`version_unit_kind\`;`)
  await db.run(sql`DROP INDEX \`tenant__status_publishedAt_createdAt_1_idx\`;`)
  await db.run(sql`DROP INDEX \`tenant__status_category_publishedAt_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_4_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_5_idx\`;`)
}
