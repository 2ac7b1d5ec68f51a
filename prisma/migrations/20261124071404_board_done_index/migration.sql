-- CreateIndex
CREATE INDEX "Request_divisionId_updatedAt_idx" ON "Request"("divisionId", "updatedAt");

