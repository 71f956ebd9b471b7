-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "assigneeId" UUID,
ADD COLUMN     "collectedAt" TIMESTAMP(3),
ADD COLUMN     "collectedBy" UUID,
ADD COLUMN     "expensesSettledAt" TIMESTAMP(3),
ADD COLUMN     "expensesSettledBy" UUID,
ADD COLUMN     "hrssClosedAt" TIMESTAMP(3),
ADD COLUMN     "hrssClosedBy" UUID,
ADD COLUMN     "rejectionNote" TEXT,
ADD COLUMN     "rejectionReason" TEXT;

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "reviewDecision" TEXT,
ADD COLUMN     "reviewNote" TEXT,
ADD COLUMN     "reviewReason" TEXT,
ADD COLUMN     "reviewedAt" TIMESTAMP(3),
ADD COLUMN     "reviewedBy" UUID;

-- AlterTable
ALTER TABLE "StaffUser" ADD COLUMN     "disabled" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "CorrectionRequest" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "items" JSONB NOT NULL,
    "message" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" UUID NOT NULL,

    CONSTRAINT "CorrectionRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CorrectionRequest_applicationId_createdAt_idx" ON "CorrectionRequest"("applicationId", "createdAt");

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorrectionRequest" ADD CONSTRAINT "CorrectionRequest_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;
