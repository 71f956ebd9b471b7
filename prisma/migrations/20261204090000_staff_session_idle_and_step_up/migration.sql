-- A staff session also ends after 30 minutes without a request, and after 5 wrong answers to
-- "your own password" before a privileged change (docs/decisions/004-authentication.md).
-- Sessions open at the time of the migration count as seen now.

-- AlterEnum
ALTER TYPE "AuditAction" ADD VALUE 'STAFF_STEP_UP_FAILED';
ALTER TYPE "AuditAction" ADD VALUE 'STAFF_PASSWORD_CHANGED';

-- AlterTable
ALTER TABLE "StaffSession" ADD COLUMN     "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "stepUpFailures" INTEGER NOT NULL DEFAULT 0;
