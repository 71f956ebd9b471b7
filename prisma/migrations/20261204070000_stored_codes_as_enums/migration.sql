-- Edited by hand: `migrate dev` drops each column and adds it back as the enum, which would
-- empty it. Each column is converted in place instead (ALTER COLUMN … TYPE … USING), keeping
-- every row. A stored value that is not one of the codes stops the migration, and it is rolled
-- back whole: such a row must be looked at, not silently dropped. Rewriting a column fires no
-- row trigger, so the append-only AuditEvent (20261127115745_audit_append_only) converts too.

-- CreateEnum
CREATE TYPE "Reason" AS ENUM ('DEATH', 'DISAPPEARANCE', 'SETTLED_ABROAD', 'LOSS_OF_NATIONALITY', 'LONG_TERM_ABROAD', 'LEFT_MAINLAND', 'RELOCATION', 'OTHER');

-- CreateEnum
CREATE TYPE "FilerRole" AS ENUM ('CARDHOLDER', 'AGENT', 'GUARDIAN');

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('CARDHOLDER_ID_FRONT', 'CARDHOLDER_ID_BACK', 'CARD_FRONT', 'CARD_BACK', 'HOUSEHOLD_REGISTER', 'AGENT_ID_FRONT', 'AGENT_ID_BACK', 'ENTRUSTMENT_CERTIFICATE', 'GUARDIANSHIP_PROOF', 'DEATH_PROOF', 'DISAPPEARANCE_PROOF', 'ABROAD_PROOF', 'NATIONALITY_PROOF', 'DEPARTURE_PROOF', 'TRANSFER_PROOF', 'OTHER_SUPPORTING');

-- CreateEnum
CREATE TYPE "ReviewDecision" AS ENUM ('ACCEPTED', 'REJECTED');

-- CreateEnum
CREATE TYPE "ReviewReason" AS ENUM ('BLURRED', 'WRONG_DOCUMENT', 'EXPIRED', 'MISMATCH', 'INCOMPLETE', 'OTHER');

-- CreateEnum
CREATE TYPE "RejectionReason" AS ENUM ('CONDITIONS_NOT_MET', 'NO_STANDING', 'DOCUMENTS_NOT_GENUINE', 'DUPLICATE', 'CORRECTION_NOT_MADE', 'OTHER');

-- CreateEnum
CREATE TYPE "AuditAction" AS ENUM ('APPLICATION_CREATED', 'APPLICATION_SUBMITTED', 'APPLICATION_WITHDRAWN', 'DOCUMENT_UPLOADED', 'DOCUMENT_REMOVED', 'STAFF_SIGNED_IN', 'STAFF_SIGN_IN_FAILED', 'STAFF_SIGNED_OUT', 'STAFF_VIEWED_APPLICATION', 'STAFF_VIEWED_DOCUMENT', 'STAFF_DOWNLOADED_DOCUMENT', 'APPLICATION_APPROVED', 'CERTIFICATE_ISSUED', 'APPLICATION_CLAIMED', 'APPLICATION_REASSIGNED', 'DOCUMENT_REVIEWED', 'APPLICATION_RETURNED', 'EXPENSES_CONFIRMED', 'EXPENSES_OUTSTANDING', 'HRSS_CLOSED_RECORDED', 'HRSS_OPEN_RECORDED', 'APPLICATION_REJECTED', 'PICKUP_RECORDED', 'PICKUP_ID_MISMATCH', 'STAFF_VIEWED_CERTIFICATE', 'APPLICANT_DOWNLOADED_CERTIFICATE', 'STAFF_EXPORTED_AUDIT', 'STAFF_USER_CREATED', 'STAFF_USER_CHANGED');

-- AlterTable
ALTER TABLE "Application"
  ALTER COLUMN "filerRole" TYPE "FilerRole" USING "filerRole"::"FilerRole",
  ALTER COLUMN "reason" TYPE "Reason" USING "reason"::"Reason",
  ALTER COLUMN "rejectionReason" TYPE "RejectionReason" USING "rejectionReason"::"RejectionReason";

-- AlterTable
ALTER TABLE "AuditEvent"
  ALTER COLUMN "action" TYPE "AuditAction" USING "action"::"AuditAction";

-- AlterTable
ALTER TABLE "Certificate"
  ALTER COLUMN "reason" TYPE "Reason" USING "reason"::"Reason";

-- AlterTable
ALTER TABLE "Document"
  ALTER COLUMN "kind" TYPE "DocumentKind" USING "kind"::"DocumentKind",
  ALTER COLUMN "reviewDecision" TYPE "ReviewDecision" USING "reviewDecision"::"ReviewDecision",
  ALTER COLUMN "reviewReason" TYPE "ReviewReason" USING "reviewReason"::"ReviewReason";
