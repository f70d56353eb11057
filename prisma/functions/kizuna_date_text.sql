-- "8 November 2016", "November 2016", "2016" or "date not stated", as the precision allows.
CREATE OR REPLACE FUNCTION kizuna_date_text(d date, p "DatePrecision") RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT CASE p WHEN 'DAY' THEN to_char(d, 'FMDD FMMonth YYYY') WHEN 'MONTH' THEN to_char(d, 'FMMonth YYYY')
                      WHEN 'YEAR' THEN to_char(d, 'YYYY') ELSE 'date not stated' END $$;
