-- CreateIndex
CREATE INDEX "Request_divisionId_fiscalYear_status_idx" ON "Request"("divisionId", "fiscalYear", "status");

