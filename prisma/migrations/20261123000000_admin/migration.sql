-- Kizuna: the admin area. Accounts, sessions and sign-in throttling (kept in
-- PostgreSQL so that several app instances share them), record revisions, the
-- audit log, and the trash (a record status, so every public query that shows
-- PUBLISHED records only already hides trashed ones).

-- AlterEnum: not used in this migration (PostgreSQL forbids using a new enum
-- value in the transaction that adds it).
ALTER TYPE "RecordStatus" ADD VALUE 'TRASHED';

-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('ADMIN', 'EDITOR');
CREATE TYPE "RecordType" AS ENUM ('region', 'organisation', 'person', 'sector', 'agreement', 'mission', 'event', 'pair', 'source');

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    -- Stored lower-cased and trimmed: one account per address however it is typed.
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "UserRole" NOT NULL DEFAULT 'EDITOR',
    -- Argon2id PHC string ($argon2id$v=19$m=…,t=…,p=…$salt$hash).
    "passwordHash" TEXT NOT NULL,
    "disabledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "User_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "User_email_lower" CHECK ("email" = lower(btrim("email")))
);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

CREATE TABLE "Session" (
    "id" SERIAL NOT NULL,
    -- SHA-256 (hex) of the 256-bit cookie token; the token itself is never stored.
    "tokenHash" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- Absolute expiry, set at sign-in; idle expiry is computed from lastSeenAt.
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "ip" TEXT,
    "userAgent" TEXT,
    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Session_tokenHash_key" ON "Session"("tokenHash");
CREATE INDEX "Session_userId_idx" ON "Session"("userId");
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every sign-in attempt, whether or not the account exists: throttling counts
-- recent failures per email and per IP from here.
CREATE TABLE "SignInAttempt" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "SignInAttempt_email_at_idx" ON "SignInAttempt"("email", "at");
CREATE INDEX "SignInAttempt_ip_at_idx" ON "SignInAttempt"("ip", "at");

-- One row per change of a record: the record as it was after the change (the
-- form's values) and what changed, field by field.
CREATE TABLE "Revision" (
    "id" SERIAL NOT NULL,
    "recordType" "RecordType" NOT NULL,
    "recordId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "userId" INTEGER,
    "snapshot" JSONB NOT NULL,
    "changes" JSONB NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "Revision_recordType_recordId_idx" ON "Revision"("recordType", "recordId");
CREATE INDEX "Revision_userId_idx" ON "Revision"("userId");
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "action" TEXT NOT NULL,
    "userId" INTEGER,
    -- The email as typed, for failed sign-ins (which may name no account).
    "email" TEXT,
    "ip" TEXT,
    "recordType" "RecordType",
    "recordId" INTEGER,
    "detail" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");
CREATE INDEX "AuditEvent_userId_idx" ON "AuditEvent"("userId");
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
