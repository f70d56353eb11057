-- Sign-in throttling per account and source, and aggregated audit rows for
-- refused sign-ins (issue 15, security 3 and 5).

-- Attempts older than the throttle window are deleted as new ones are written,
-- oldest first, a bounded batch at a time.
CREATE INDEX "SignInAttempt_at_idx" ON "SignInAttempt"("at");

-- Repeated failed or refused sign-ins from one source for one address are one
-- row with a count, updated in place: "at" is the first, "lastAt" the latest.
-- "source" is what the throttle counts (an IPv4 address or an IPv6 /64), so
-- that the rows one source may write can be bounded.
ALTER TABLE "AuditEvent" ADD COLUMN "count" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "AuditEvent" ADD COLUMN "lastAt" TIMESTAMPTZ(3);
ALTER TABLE "AuditEvent" ADD COLUMN "source" TEXT;
CREATE INDEX "AuditEvent_source_at_idx" ON "AuditEvent"("source", "at");
