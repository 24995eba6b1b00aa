-- A version 7 UUID (RFC 9562): 48 bits of Unix milliseconds, then random bits. Rows inserted
-- together get neighbouring keys, so a primary key on it grows at its right edge instead of every
-- insert dirtying a random page of a large index (a random key cost about 13 us per row in a
-- 3 M-row matches table; docs/BENCHMARKS.md). PostgreSQL 17 and earlier have no uuidv7().
CREATE OR REPLACE FUNCTION uuid_time_ordered() RETURNS uuid LANGUAGE sql VOLATILE AS $$
  SELECT encode(
    set_bit(set_bit(
      overlay(uuid_send(gen_random_uuid()) PLACING substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6),
      52, 1), 53, 1),
    'hex')::uuid
$$;
--> statement-breakpoint
ALTER TABLE "matches" ALTER COLUMN "id" SET DEFAULT uuid_time_ordered();
