-- A history step records what it confirms as codes (packages/domain/src/history-facts.ts), apart
-- from the staff member's own note, so that a page says them in its reader's language.

-- AlterTable
ALTER TABLE "StatusEvent" ADD COLUMN     "facts" TEXT[] DEFAULT ARRAY[]::TEXT[];
