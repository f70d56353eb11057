-- The searchable words of an agreement's kind, in English, French and
-- Japanese: a Japanese reader looks for 協定 (agreement, accord) or 覚書
-- (memorandum), a French one for "protocole d'accord". The English words
-- include the label shown for the kind (AGREEMENT_KIND_LABELS in
-- src/lib/labels.ts; tests/integration/search.test.ts checks they agree).
CREATE OR REPLACE FUNCTION kizuna_agreement_kind_words(kind "AgreementKind") RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT CASE kind
    WHEN 'MEMORANDUM_OF_UNDERSTANDING' THEN 'memorandum of understanding MoU protocole d''accord mémorandum d''entente 覚書 了解覚書 協定'
    WHEN 'COOPERATION_AGREEMENT' THEN 'cooperation agreement accord de coopération 協力協定 協定'
    WHEN 'JOINT_DECLARATION' THEN 'joint declaration déclaration conjointe 共同声明 共同宣言'
    WHEN 'COMMERCIAL_CONTRACT' THEN 'commercial contract contrat commercial 契約'
    WHEN 'RENEWAL' THEN 'renewal renouvellement reconduction 更新 協定'
    WHEN 'COLLABORATION' THEN 'collaboration 協力 連携'
    ELSE 'other' END $$;
