import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'
import { backfillUnitKinds } from '../../../collections/Disclosures/hooks/stamp-unit-kind'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "disclosures" ADD COLUMN "unit_kind" varchar;
  ALTER TABLE "_disclosures_v" ADD COLUMN "version_unit_kind" varchar;
  CREATE INDEX "tenant__status_publishedAt_createdAt_idx" ON "disclosures" USING btree ("tenant_id","_status","published_at","created_at");
  CREATE INDEX "tenant__status_year_publishedAt_createdAt_idx" ON "disclosures" USING btree ("tenant_id","_status","year","published_at","created_at");
  CREATE INDEX "unitKind__status_publishedAt_createdAt_idx" ON "disclosures" USING btree ("unit_kind","_status","published_at","created_at");
  CREATE INDEX "unitKind__status_year_publishedAt_createdAt_idx" ON "disclosures" USING btree ("unit_kind","_status","year","published_at","created_at");
  CREATE INDEX "compound_index_idx" ON "_disclosures_v" USING btree ("version_tenant_id","version__status","version_published_at","version_created_at");
  CREATE INDEX "compound_index_1_idx" ON "_disclosures_v" USING btree ("version_tenant_id","version__status","version_year","version_published_at","version_created_at");
  CREATE INDEX "compound_index_2_idx" ON "_disclosures_v" USING btree ("version_unit_kind","version__status","version_published_at","version_created_at");
  CREATE INDEX "compound_index_3_idx" ON "_disclosures_v" USING btree ("version_unit_kind","version__status","version_year","version_published_at","version_created_at");
  CREATE INDEX "tenant__status_publishedAt_createdAt_1_idx" ON "articles" USING btree ("tenant_id","_status","published_at","created_at");
  CREATE INDEX "tenant__status_category_publishedAt_createdAt_idx" ON "articles" USING btree ("tenant_id","_status","category","published_at","created_at");
  CREATE INDEX "compound_index_4_idx" ON "_articles_v" USING btree ("version_tenant_id","version__status","version_published_at","version_created_at");
  CREATE INDEX "compound_index_5_idx" ON "_articles_v" USING btree ("version_tenant_id","version__status","version_category","version_published_at","version_created_at");`)
  // Items stored before the field existed get their unit's kind (the hub's aggregated lists filter on it).
  await backfillUnitKinds(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "tenant__status_publishedAt_createdAt_idx";
  DROP INDEX "tenant__status_year_publishedAt_createdAt_idx";
  DROP INDEX "unitKind__status_publishedAt_createdAt_idx";
  DROP INDEX "unitKind__status_year_publishedAt_createdAt_idx";
  DROP INDEX "compound_index_idx";
  DROP INDEX "compound_index_1_idx";
  DROP INDEX "compound_index_2_idx";
  DROP INDEX "compound_index_3_idx";
  DROP INDEX "tenant__status_publishedAt_createdAt_1_idx";
  DROP INDEX "tenant__status_category_publishedAt_createdAt_idx";
  DROP INDEX "compound_index_4_idx";
  DROP INDEX "compound_index_5_idx";
  ALTER TABLE "disclosures" DROP COLUMN "unit_kind";
  ALTER TABLE "_disclosures_v" DROP COLUMN "version_unit_kind";`)
}
