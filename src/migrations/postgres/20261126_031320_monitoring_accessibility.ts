import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_monitoring_settings_deductions_rule" ADD VALUE 'inaccessible-pages';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "monitoring_settings_deductions" ALTER COLUMN "rule" SET DATA TYPE text;
  DROP TYPE "public"."enum_monitoring_settings_deductions_rule";
  CREATE TYPE "public"."enum_monitoring_settings_deductions_rule" AS ENUM('home-stale', 'stale-columns', 'overdue-columns', 'empty-columns', 'no-consultation', 'letters-unanswered', 'requests-overdue', 'metadata-missing', 'validity-outdated', 'forged-date', 'broken-links', 'missing-files');
  ALTER TABLE "monitoring_settings_deductions" ALTER COLUMN "rule" SET DATA TYPE "public"."enum_monitoring_settings_deductions_rule" USING "rule"::"public"."enum_monitoring_settings_deductions_rule";`)
}
