-- DropIndex
DROP INDEX "Application_centreId_status_submittedAt_idx";

-- CreateIndex
CREATE INDEX "Application_centreId_status_submittedAt_id_idx" ON "Application"("centreId", "status", "submittedAt", "id");

-- CreateIndex
CREATE INDEX "Application_status_submittedAt_id_idx" ON "Application"("status", "submittedAt", "id");

-- CreateIndex
CREATE INDEX "Application_assigneeId_status_submittedAt_id_idx" ON "Application"("assigneeId", "status", "submittedAt", "id");

-- CreateIndex
CREATE INDEX "StatusEvent_status_at_idx" ON "StatusEvent"("status", "at");
