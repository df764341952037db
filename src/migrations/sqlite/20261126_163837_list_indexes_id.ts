import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`tenant__status_publishedAt_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`tenant__status_year_publishedAt_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`unitKind__status_publishedAt_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`unitKind__status_year_publishedAt_createdAt_idx\`;`)
  await db.run(sql`CREATE INDEX \`tenant__status_publishedAt_createdAt_id_idx\` ON \`disclosures\` (\`tenant_id\`,\`_status\`,\`published_at\`,\`created_at\`,\`id\`);`)
  await db.run(sql`CREATE INDEX \`tenant__status_year_publishedAt_createdAt_id_idx\` ON \`disclosures\` (\`tenant_id\`,\`_status\`,\`year\`,\`published_at\`,\`created_at\`,\`id\`);`)
  await db.run(sql`CREATE INDEX \`unitKind__status_publishedAt_createdAt_id_idx\` ON \`disclosures\` (\`unit_kind\`,\`_status\`,\`published_at\`,\`created_at\`,\`id\`);`)
  await db.run(sql`CREATE INDEX \`unitKind__status_year_publishedAt_createdAt_id_idx\` ON \`disclosures\` (\`unit_kind\`,\`_status\`,\`year\`,\`published_at\`,\`created_at\`,\`id\`);`)
  await db.run(sql`DROP INDEX \`tenant__status_publishedAt_createdAt_1_idx\`;`)
  await db.run(sql`DROP INDEX \`tenant__status_category_publishedAt_createdAt_idx\`;`)
  await db.run(sql`CREATE INDEX \`tenant__status_publishedAt_createdAt_1_id_idx\` ON \`articles\` (\`tenant_id\`,\`_status\`,\`published_at\`,\`created_at\`,\`id\`);`)
  await db.run(sql`CREATE INDEX \`tenant__status_category_publishedAt_createdAt_id_idx\` ON \`articles\` (\`tenant_id\`,\`_status\`,\`category\`,\`published_at\`,\`created_at\`,\`id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`tenant__status_publishedAt_createdAt_id_idx\`;`)
  await db.run(sql`DROP INDEX \`tenant__status_year_publishedAt_createdAt_id_idx\`;`)
  await db.run(sql`DROP INDEX \`unitKind__status_publishedAt_createdAt_id_idx\`;`)
  await db.run(sql`DROP INDEX \`unitKind__status_year_publishedAt_createdAt_id_idx\`;`)
  await db.run(sql`CREATE INDEX \`tenant__status_publishedAt_createdAt_idx\` ON \`disclosures\` (\`tenant_id\`,\`_status\`,\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`tenant__status_year_publishedAt_createdAt_idx\` ON \`disclosures\` (\`tenant_id\`,\`_status\`,\`year\`,\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`unitKind__status_publishedAt_createdAt_idx\` ON \`disclosures\` (\`unit_kind\`,\`_status\`,\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`unitKind__status_year_publishedAt_createdAt_idx\` ON \`disclosures\` (\`unit_kind\`,\`_status\`,\`year\`,\`published_at\`,\`created_at\`);`)
  await db.run(sql`DROP INDEX \`tenant__status_publishedAt_createdAt_1_id_idx\`;`)
  await db.run(sql`DROP INDEX \`tenant__status_category_publishedAt_createdAt_id_idx\`;`)
  await db.run(sql`CREATE INDEX \`tenant__status_publishedAt_createdAt_1_idx\` ON \`articles\` (\`tenant_id\`,\`_status\`,\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`tenant__status_category_publishedAt_createdAt_idx\` ON \`articles\` (\`tenant_id\`,\`_status\`,\`category\`,\`published_at\`,\`created_at\`);`)
}
