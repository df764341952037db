import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "tenant__status_publishedAt_createdAt_idx";
  DROP INDEX "tenant__status_year_publishedAt_createdAt_idx";
  DROP INDEX "unitKind__status_publishedAt_createdAt_idx";
  DROP INDEX "unitKind__status_year_publishedAt_createdAt_idx";
  DROP INDEX "tenant__status_publishedAt_createdAt_1_idx";
  DROP INDEX "tenant__status_category_publishedAt_createdAt_idx";
  CREATE INDEX "tenant__status_publishedAt_createdAt_id_idx" ON "disclosures" USING btree ("tenant_id","_status","published_at","created_at","id");
  CREATE INDEX "tenant__status_year_publishedAt_createdAt_id_idx" ON "disclosures" USING btree ("tenant_id","_status","year","published_at","created_at","id");
  CREATE INDEX "unitKind__status_publishedAt_createdAt_id_idx" ON "disclosures" USING btree ("unit_kind","_status","published_at","created_at","id");
  CREATE INDEX "unitKind__status_year_publishedAt_createdAt_id_idx" ON "disclosures" USING btree ("unit_kind","_status","year","published_at","created_at","id");
  CREATE INDEX "tenant__status_publishedAt_createdAt_1_id_idx" ON "articles" USING btree ("tenant_id","_status","published_at","created_at","id");
  CREATE INDEX "tenant__status_category_publishedAt_createdAt_id_idx" ON "articles" USING btree ("tenant_id","_status","category","published_at","created_at","id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "tenant__status_publishedAt_createdAt_id_idx";
  DROP INDEX "tenant__status_year_publishedAt_createdAt_id_idx";
  DROP INDEX "unitKind__status_publishedAt_createdAt_id_idx";
  DROP INDEX "unitKind__status_year_publishedAt_createdAt_id_idx";
  DROP INDEX "tenant__status_publishedAt_createdAt_1_id_idx";
  DROP INDEX "tenant__status_category_publishedAt_createdAt_id_idx";
  CREATE INDEX "tenant__status_publishedAt_createdAt_idx" ON "disclosures" USING btree ("tenant_id","_status","published_at","created_at");
  CREATE INDEX "tenant__status_year_publishedAt_createdAt_idx" ON "disclosures" USING btree ("tenant_id","_status","year","published_at","created_at");
  CREATE INDEX "unitKind__status_publishedAt_createdAt_idx" ON "disclosures" USING btree ("unit_kind","_status","published_at","created_at");
  CREATE INDEX "unitKind__status_year_publishedAt_createdAt_idx" ON "disclosures" USING btree ("unit_kind","_status","year","published_at","created_at");
  CREATE INDEX "tenant__status_publishedAt_createdAt_1_idx" ON "articles" USING btree ("tenant_id","_status","published_at","created_at");
  CREATE INDEX "tenant__status_category_publishedAt_createdAt_idx" ON "articles" USING btree ("tenant_id","_status","category","published_at","created_at");`)
}
