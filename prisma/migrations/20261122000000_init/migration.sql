-- Kizuna: initial schema. Written by hand in the SQL Prisma Migrate would emit
-- for prisma/schema.prisma (the schema engine cannot run on our machines), plus
-- CHECK constraints Prisma cannot express.

-- CreateEnum
CREATE TYPE "RecordStatus" AS ENUM ('DRAFT', 'PUBLISHED');
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR', 'UNKNOWN');
CREATE TYPE "Side" AS ENUM ('EUROPE', 'JAPAN', 'ELSEWHERE');
CREATE TYPE "RegionKind" AS ENUM ('COUNTRY', 'REGION', 'PREFECTURE', 'METROPOLIS', 'DEPARTMENT', 'CITY', 'OTHER');
CREATE TYPE "OrganisationKind" AS ENUM ('CLUSTER', 'AGENCY', 'COMPANY', 'UNIVERSITY', 'GOVERNMENT', 'CHAMBER', 'ASSOCIATION', 'RESEARCH', 'INCUBATOR', 'OTHER');
CREATE TYPE "AgreementKind" AS ENUM ('MEMORANDUM_OF_UNDERSTANDING', 'COOPERATION_AGREEMENT', 'JOINT_DECLARATION', 'COMMERCIAL_CONTRACT', 'RENEWAL', 'COLLABORATION', 'OTHER');
CREATE TYPE "AgreementStatus" AS ENUM ('ANNOUNCED', 'SIGNED', 'ACTIVE', 'EXPIRED');
CREATE TYPE "PartyRole" AS ENUM ('SIGNATORY', 'PARTNER', 'WITNESS', 'SUPPORTER');
CREATE TYPE "EventKind" AS ENUM ('TRADE_FAIR', 'SEMINAR', 'RECEPTION', 'MATCHMAKING', 'WORKSHOP', 'MEETING', 'OTHER');
CREATE TYPE "EventRole" AS ENUM ('ORGANISER', 'PARTNER', 'HOST', 'PARTICIPANT');
CREATE TYPE "SourceKind" AS ENUM ('NEWS', 'PROGRAMME', 'PRESS_RELEASE');

-- CreateTable
CREATE TABLE "Region" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "localNames" JSONB NOT NULL DEFAULT '{}',
    "kind" "RegionKind" NOT NULL,
    "country" CHAR(2) NOT NULL,
    "side" "Side" NOT NULL,
    "parentId" INTEGER,
    "iso3166_2" TEXT,
    "nuts" TEXT,
    "wikidataId" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "summary" TEXT NOT NULL DEFAULT '',
    "status" "RecordStatus" NOT NULL DEFAULT 'PUBLISHED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Organisation" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "localNames" JSONB NOT NULL DEFAULT '{}',
    "kind" "OrganisationKind" NOT NULL,
    "homeRegionId" INTEGER,
    "parentId" INTEGER,
    "website" TEXT,
    "summary" TEXT NOT NULL DEFAULT '',
    "status" "RecordStatus" NOT NULL DEFAULT 'PUBLISHED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Person" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "localNames" JSONB NOT NULL DEFAULT '{}',
    "note" TEXT NOT NULL DEFAULT '',
    "status" "RecordStatus" NOT NULL DEFAULT 'PUBLISHED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "PersonRole" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "regionId" INTEGER,
    "organisationId" INTEGER,
    CONSTRAINT "PersonRole_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Sector" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameFr" TEXT,
    "synonyms" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "parentId" INTEGER,
    "position" INTEGER NOT NULL DEFAULT 0,
    "summary" TEXT NOT NULL DEFAULT '',
    "status" "RecordStatus" NOT NULL DEFAULT 'PUBLISHED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "Sector_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "OrganisationSector" (
    "organisationId" INTEGER NOT NULL,
    "sectorId" INTEGER NOT NULL,
    CONSTRAINT "OrganisationSector_pkey" PRIMARY KEY ("organisationId","sectorId")
);

CREATE TABLE "Agreement" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleOriginal" TEXT,
    "kind" "AgreementKind" NOT NULL,
    "agreementStatus" "AgreementStatus" NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "commitments" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "signedOn" DATE,
    "signedPrecision" "DatePrecision" NOT NULL DEFAULT 'UNKNOWN',
    "signedInferredFrom" TEXT,
    "startsOn" DATE,
    "startsPrecision" "DatePrecision" NOT NULL DEFAULT 'UNKNOWN',
    "startsInferredFrom" TEXT,
    "endsOn" DATE,
    "endsPrecision" "DatePrecision" NOT NULL DEFAULT 'UNKNOWN',
    "endsInferredFrom" TEXT,
    "durationMonths" INTEGER,
    "placeRegionId" INTEGER,
    "placeDetail" TEXT,
    "placeInferredFrom" TEXT,
    "missionId" INTEGER,
    "eventId" INTEGER,
    "status" "RecordStatus" NOT NULL DEFAULT 'PUBLISHED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "AgreementParty" (
    "id" SERIAL NOT NULL,
    "agreementId" INTEGER NOT NULL,
    "regionId" INTEGER,
    "organisationId" INTEGER,
    "role" "PartyRole" NOT NULL DEFAULT 'SIGNATORY',
    "position" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "AgreementParty_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "AgreementSignatory" (
    "agreementId" INTEGER NOT NULL,
    "personRoleId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "AgreementSignatory_pkey" PRIMARY KEY ("agreementId","personRoleId")
);

CREATE TABLE "AgreementSector" (
    "agreementId" INTEGER NOT NULL,
    "sectorId" INTEGER NOT NULL,
    CONSTRAINT "AgreementSector_pkey" PRIMARY KEY ("agreementId","sectorId")
);

CREATE TABLE "Mission" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "delegation" TEXT NOT NULL DEFAULT '',
    "themes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "leaderRoleId" INTEGER,
    "originRegionId" INTEGER,
    "originOrganisationId" INTEGER,
    "destinationRegionId" INTEGER,
    "startsOn" DATE,
    "startsPrecision" "DatePrecision" NOT NULL DEFAULT 'UNKNOWN',
    "startsInferredFrom" TEXT,
    "endsOn" DATE,
    "endsPrecision" "DatePrecision" NOT NULL DEFAULT 'UNKNOWN',
    "endsInferredFrom" TEXT,
    "status" "RecordStatus" NOT NULL DEFAULT 'PUBLISHED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "Mission_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "MissionParticipant" (
    "id" SERIAL NOT NULL,
    "missionId" INTEGER NOT NULL,
    "regionId" INTEGER,
    "organisationId" INTEGER,
    "role" TEXT NOT NULL,
    CONSTRAINT "MissionParticipant_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "MissionSector" (
    "missionId" INTEGER NOT NULL,
    "sectorId" INTEGER NOT NULL,
    CONSTRAINT "MissionSector_pkey" PRIMARY KEY ("missionId","sectorId")
);

CREATE TABLE "Event" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "EventKind" NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "startsOn" DATE,
    "startsPrecision" "DatePrecision" NOT NULL DEFAULT 'UNKNOWN',
    "startsInferredFrom" TEXT,
    "endsOn" DATE,
    "endsPrecision" "DatePrecision" NOT NULL DEFAULT 'UNKNOWN',
    "endsInferredFrom" TEXT,
    "venue" TEXT,
    "cityRegionId" INTEGER,
    "placeInferredFrom" TEXT,
    "attendance" INTEGER,
    "attendanceNote" TEXT,
    "missionId" INTEGER,
    "parentEventId" INTEGER,
    "status" "RecordStatus" NOT NULL DEFAULT 'PUBLISHED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "EventParticipant" (
    "id" SERIAL NOT NULL,
    "eventId" INTEGER NOT NULL,
    "regionId" INTEGER,
    "organisationId" INTEGER,
    "role" "EventRole" NOT NULL,
    CONSTRAINT "EventParticipant_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "EventSession" (
    "id" SERIAL NOT NULL,
    "eventId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "startsAt" TEXT,
    "endsAt" TEXT,
    "title" TEXT NOT NULL,
    CONSTRAINT "EventSession_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "SessionSpeaker" (
    "sessionId" INTEGER NOT NULL,
    "personRoleId" INTEGER NOT NULL,
    "talkTitle" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "SessionSpeaker_pkey" PRIMARY KEY ("sessionId","personRoleId")
);

CREATE TABLE "EventSector" (
    "eventId" INTEGER NOT NULL,
    "sectorId" INTEGER NOT NULL,
    CONSTRAINT "EventSector_pkey" PRIMARY KEY ("eventId","sectorId")
);

CREATE TABLE "Pair" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "europeRegionId" INTEGER,
    "europeOrganisationId" INTEGER,
    "japanRegionId" INTEGER,
    "japanOrganisationId" INTEGER,
    "status" "RecordStatus" NOT NULL DEFAULT 'PUBLISHED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "Pair_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Source" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "language" TEXT NOT NULL,
    "kind" "SourceKind" NOT NULL,
    "url" TEXT,
    "fileName" TEXT,
    "summary" TEXT NOT NULL DEFAULT '',
    "text" TEXT NOT NULL DEFAULT '',
    "publishedOn" DATE,
    "publishedPrecision" "DatePrecision" NOT NULL DEFAULT 'UNKNOWN',
    "publishedInferredFrom" TEXT,
    "status" "RecordStatus" NOT NULL DEFAULT 'PUBLISHED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Citation" (
    "id" SERIAL NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "field" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "regionId" INTEGER,
    "organisationId" INTEGER,
    "personId" INTEGER,
    "agreementId" INTEGER,
    "missionId" INTEGER,
    "eventId" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Citation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Region_slug_key" ON "Region"("slug");
CREATE INDEX "Region_parentId_idx" ON "Region"("parentId");
CREATE INDEX "Region_country_idx" ON "Region"("country");
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");
CREATE INDEX "Organisation_homeRegionId_idx" ON "Organisation"("homeRegionId");
CREATE INDEX "Organisation_parentId_idx" ON "Organisation"("parentId");
CREATE UNIQUE INDEX "Person_slug_key" ON "Person"("slug");
CREATE INDEX "PersonRole_personId_idx" ON "PersonRole"("personId");
CREATE UNIQUE INDEX "Sector_slug_key" ON "Sector"("slug");
CREATE INDEX "Sector_parentId_idx" ON "Sector"("parentId");
CREATE INDEX "OrganisationSector_sectorId_idx" ON "OrganisationSector"("sectorId");
CREATE UNIQUE INDEX "Agreement_slug_key" ON "Agreement"("slug");
CREATE INDEX "Agreement_signedOn_idx" ON "Agreement"("signedOn");
CREATE INDEX "Agreement_missionId_idx" ON "Agreement"("missionId");
CREATE INDEX "Agreement_eventId_idx" ON "Agreement"("eventId");
CREATE INDEX "AgreementParty_agreementId_idx" ON "AgreementParty"("agreementId");
CREATE INDEX "AgreementParty_regionId_idx" ON "AgreementParty"("regionId");
CREATE INDEX "AgreementParty_organisationId_idx" ON "AgreementParty"("organisationId");
CREATE INDEX "AgreementSignatory_personRoleId_idx" ON "AgreementSignatory"("personRoleId");
CREATE INDEX "AgreementSector_sectorId_idx" ON "AgreementSector"("sectorId");
CREATE UNIQUE INDEX "Mission_slug_key" ON "Mission"("slug");
CREATE INDEX "Mission_originRegionId_idx" ON "Mission"("originRegionId");
CREATE INDEX "Mission_destinationRegionId_idx" ON "Mission"("destinationRegionId");
CREATE INDEX "MissionParticipant_missionId_idx" ON "MissionParticipant"("missionId");
CREATE INDEX "MissionParticipant_regionId_idx" ON "MissionParticipant"("regionId");
CREATE INDEX "MissionParticipant_organisationId_idx" ON "MissionParticipant"("organisationId");
CREATE INDEX "MissionSector_sectorId_idx" ON "MissionSector"("sectorId");
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");
CREATE INDEX "Event_startsOn_idx" ON "Event"("startsOn");
CREATE INDEX "Event_cityRegionId_idx" ON "Event"("cityRegionId");
CREATE INDEX "Event_missionId_idx" ON "Event"("missionId");
CREATE INDEX "EventParticipant_eventId_idx" ON "EventParticipant"("eventId");
CREATE INDEX "EventParticipant_regionId_idx" ON "EventParticipant"("regionId");
CREATE INDEX "EventParticipant_organisationId_idx" ON "EventParticipant"("organisationId");
CREATE UNIQUE INDEX "EventSession_eventId_position_key" ON "EventSession"("eventId", "position");
CREATE INDEX "SessionSpeaker_personRoleId_idx" ON "SessionSpeaker"("personRoleId");
CREATE INDEX "EventSector_sectorId_idx" ON "EventSector"("sectorId");
CREATE UNIQUE INDEX "Pair_slug_key" ON "Pair"("slug");
CREATE UNIQUE INDEX "Source_slug_key" ON "Source"("slug");
CREATE INDEX "Citation_sourceId_idx" ON "Citation"("sourceId");
CREATE INDEX "Citation_regionId_idx" ON "Citation"("regionId");
CREATE INDEX "Citation_organisationId_idx" ON "Citation"("organisationId");
CREATE INDEX "Citation_personId_idx" ON "Citation"("personId");
CREATE INDEX "Citation_agreementId_idx" ON "Citation"("agreementId");
CREATE INDEX "Citation_missionId_idx" ON "Citation"("missionId");
CREATE INDEX "Citation_eventId_idx" ON "Citation"("eventId");

-- AddForeignKey
ALTER TABLE "Region" ADD CONSTRAINT "Region_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_homeRegionId_fkey" FOREIGN KEY ("homeRegionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PersonRole" ADD CONSTRAINT "PersonRole_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PersonRole" ADD CONSTRAINT "PersonRole_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PersonRole" ADD CONSTRAINT "PersonRole_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Sector" ADD CONSTRAINT "Sector_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Sector"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "OrganisationSector" ADD CONSTRAINT "OrganisationSector_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "OrganisationSector" ADD CONSTRAINT "OrganisationSector_sectorId_fkey" FOREIGN KEY ("sectorId") REFERENCES "Sector"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_placeRegionId_fkey" FOREIGN KEY ("placeRegionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "AgreementSignatory" ADD CONSTRAINT "AgreementSignatory_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AgreementSignatory" ADD CONSTRAINT "AgreementSignatory_personRoleId_fkey" FOREIGN KEY ("personRoleId") REFERENCES "PersonRole"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "AgreementSector" ADD CONSTRAINT "AgreementSector_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AgreementSector" ADD CONSTRAINT "AgreementSector_sectorId_fkey" FOREIGN KEY ("sectorId") REFERENCES "Sector"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Mission" ADD CONSTRAINT "Mission_leaderRoleId_fkey" FOREIGN KEY ("leaderRoleId") REFERENCES "PersonRole"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Mission" ADD CONSTRAINT "Mission_originRegionId_fkey" FOREIGN KEY ("originRegionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Mission" ADD CONSTRAINT "Mission_originOrganisationId_fkey" FOREIGN KEY ("originOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Mission" ADD CONSTRAINT "Mission_destinationRegionId_fkey" FOREIGN KEY ("destinationRegionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "MissionParticipant" ADD CONSTRAINT "MissionParticipant_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "MissionParticipant" ADD CONSTRAINT "MissionParticipant_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "MissionParticipant" ADD CONSTRAINT "MissionParticipant_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "MissionSector" ADD CONSTRAINT "MissionSector_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "MissionSector" ADD CONSTRAINT "MissionSector_sectorId_fkey" FOREIGN KEY ("sectorId") REFERENCES "Sector"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Event" ADD CONSTRAINT "Event_cityRegionId_fkey" FOREIGN KEY ("cityRegionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Event" ADD CONSTRAINT "Event_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Event" ADD CONSTRAINT "Event_parentEventId_fkey" FOREIGN KEY ("parentEventId") REFERENCES "Event"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "EventSession" ADD CONSTRAINT "EventSession_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SessionSpeaker" ADD CONSTRAINT "SessionSpeaker_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "EventSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SessionSpeaker" ADD CONSTRAINT "SessionSpeaker_personRoleId_fkey" FOREIGN KEY ("personRoleId") REFERENCES "PersonRole"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "EventSector" ADD CONSTRAINT "EventSector_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "EventSector" ADD CONSTRAINT "EventSector_sectorId_fkey" FOREIGN KEY ("sectorId") REFERENCES "Sector"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Pair" ADD CONSTRAINT "Pair_europeRegionId_fkey" FOREIGN KEY ("europeRegionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Pair" ADD CONSTRAINT "Pair_europeOrganisationId_fkey" FOREIGN KEY ("europeOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Pair" ADD CONSTRAINT "Pair_japanRegionId_fkey" FOREIGN KEY ("japanRegionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Pair" ADD CONSTRAINT "Pair_japanOrganisationId_fkey" FOREIGN KEY ("japanOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Invariants Prisma's schema language cannot express.
ALTER TABLE "PersonRole" ADD CONSTRAINT "PersonRole_for_at_most_one" CHECK (num_nonnulls("regionId", "organisationId") <= 1);
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_exactly_one" CHECK (num_nonnulls("regionId", "organisationId") = 1);
ALTER TABLE "MissionParticipant" ADD CONSTRAINT "MissionParticipant_exactly_one" CHECK (num_nonnulls("regionId", "organisationId") = 1);
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_exactly_one" CHECK (num_nonnulls("regionId", "organisationId") = 1);
ALTER TABLE "Pair" ADD CONSTRAINT "Pair_one_europe_side" CHECK (num_nonnulls("europeRegionId", "europeOrganisationId") = 1);
ALTER TABLE "Pair" ADD CONSTRAINT "Pair_one_japan_side" CHECK (num_nonnulls("japanRegionId", "japanOrganisationId") = 1);
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_exactly_one_record" CHECK (num_nonnulls("regionId", "organisationId", "personId", "agreementId", "missionId", "eventId") = 1);
ALTER TABLE "Region" ADD CONSTRAINT "Region_country_iso" CHECK ("country" ~ '^[A-Z]{2}$');
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_duration_positive" CHECK ("durationMonths" IS NULL OR "durationMonths" > 0);
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_ends_after_starts" CHECK ("endsOn" IS NULL OR "startsOn" IS NULL OR "endsOn" >= "startsOn");
ALTER TABLE "Mission" ADD CONSTRAINT "Mission_ends_after_starts" CHECK ("endsOn" IS NULL OR "startsOn" IS NULL OR "endsOn" >= "startsOn");
ALTER TABLE "Event" ADD CONSTRAINT "Event_ends_after_starts" CHECK ("endsOn" IS NULL OR "startsOn" IS NULL OR "endsOn" >= "startsOn");
-- A date is NULL exactly when its precision is UNKNOWN.
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_signed_precision" CHECK (("signedOn" IS NULL) = ("signedPrecision" = 'UNKNOWN'));
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_starts_precision" CHECK (("startsOn" IS NULL) = ("startsPrecision" = 'UNKNOWN'));
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_ends_precision" CHECK (("endsOn" IS NULL) = ("endsPrecision" = 'UNKNOWN'));
ALTER TABLE "Mission" ADD CONSTRAINT "Mission_starts_precision" CHECK (("startsOn" IS NULL) = ("startsPrecision" = 'UNKNOWN'));
ALTER TABLE "Mission" ADD CONSTRAINT "Mission_ends_precision" CHECK (("endsOn" IS NULL) = ("endsPrecision" = 'UNKNOWN'));
ALTER TABLE "Event" ADD CONSTRAINT "Event_starts_precision" CHECK (("startsOn" IS NULL) = ("startsPrecision" = 'UNKNOWN'));
ALTER TABLE "Event" ADD CONSTRAINT "Event_ends_precision" CHECK (("endsOn" IS NULL) = ("endsPrecision" = 'UNKNOWN'));
ALTER TABLE "Source" ADD CONSTRAINT "Source_published_precision" CHECK (("publishedOn" IS NULL) = ("publishedPrecision" = 'UNKNOWN'));
