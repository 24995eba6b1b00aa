-- Profiles written before first and last names existed: the last word of the full name is the last name.
UPDATE "candidates"
SET "first_name" = CASE WHEN position(' ' in btrim("full_name")) = 0 THEN btrim("full_name") ELSE regexp_replace(btrim("full_name"), '\s+\S+$', '') END,
    "last_name" = CASE WHEN position(' ' in btrim("full_name")) = 0 THEN '' ELSE regexp_replace(btrim("full_name"), '^.*\s', '') END
WHERE "first_name" = '' AND "last_name" = '';
