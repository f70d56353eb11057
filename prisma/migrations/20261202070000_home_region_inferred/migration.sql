-- Where an organisation is based is often general knowledge rather than
-- something its sources state (Veolia's head office, Kyocera's in Kyoto).
-- Like the *InferredFrom columns of dates and places: NULL when a source
-- states it, otherwise how it is known, so lists can mark it "(inferred)".
ALTER TABLE "Organisation" ADD COLUMN "homeRegionInferredFrom" TEXT;
