-- Whether a role in an agreement makes a party to it: a signatory or a
-- partner. A witness or a supporter is none: it is neither counted nor named
-- as a party, and involves no region (kizuna_involvements). The same rule in
-- TypeScript: isPartyRole in src/lib/labels.ts.
CREATE OR REPLACE FUNCTION kizuna_is_party(role "PartyRole") RETURNS boolean
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT role IN ('SIGNATORY', 'PARTNER') $$;
