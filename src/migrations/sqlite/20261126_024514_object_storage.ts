import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`prefix\` text DEFAULT 'media';`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`_objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`letter_attachments\` ADD \`prefix\` text DEFAULT 'letter-attachments';`)
  await db.run(sql`ALTER TABLE \`letter_attachments\` ADD \`_objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`request_documents\` ADD \`prefix\` text DEFAULT 'request-documents';`)
  await db.run(sql`ALTER TABLE \`request_documents\` ADD \`_objectkey\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`_objectkey\`;`)
  await db.run(sql`ALTER TABLE \`letter_attachments\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`letter_attachments\` DROP COLUMN \`_objectkey\`;`)
  await db.run(sql`ALTER TABLE \`request_documents\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`request_documents\` DROP COLUMN \`_objectkey\`;`)
}
