-- Extensions used by search. drizzle-kit does not generate these lines.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
