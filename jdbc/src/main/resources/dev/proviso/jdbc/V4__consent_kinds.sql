-- Consent kinds: what an event's name names (PURPOSE, CONSENT_KIND, OPT_OUT) and who gave it when
-- not the subject (a role such as guardian, never an identity). Rows written before this script
-- keep NULL in both: a NULL topic reads as the topic of its kind before consent kinds (OPT_OUT for
-- opt-out kinds, else PURPOSE) and a NULL given_by as given by the subject, so old rows decide
-- exactly as they did.
ALTER TABLE proviso_consent_event ADD COLUMN IF NOT EXISTS topic VARCHAR(20);
ALTER TABLE proviso_consent_event ADD COLUMN IF NOT EXISTS given_by VARCHAR(255);
