-- AlterTable: a service's result letter / registration slip template ("" = the default letter).
-- Added columns instead of a table rebuild: SQLite adds a NOT NULL column with a default in place.
ALTER TABLE "Service" ADD COLUMN "resultTemplateTh" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Service" ADD COLUMN "resultTemplateEn" TEXT NOT NULL DEFAULT '';
