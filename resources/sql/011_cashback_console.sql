-- payops schema, version 11: what the console's Cashback area reads.
-- The pipeline figures count the cashbacks that reached each stage over the last minute.
-- Balance workers and the publisher set these times by updates that already change `state`
-- (indexed), so they are never HOT updates; a BRIN index costs such an update next to
-- nothing, and updated rows land at the table's end, so their order follows these times.
CREATE INDEX cashbacks_published_brin ON payops.cashbacks USING brin (published_at);
CREATE INDEX cashbacks_credited_brin ON payops.cashbacks USING brin (credited_at);
CREATE INDEX cashbacks_reversed_brin ON payops.cashbacks USING brin (reversed_at);
