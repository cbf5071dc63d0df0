-- One row per accepted erasure request; acceptance restricts the subject at once.
CREATE TABLE proviso_erasure_request (
  request_id VARCHAR(255) PRIMARY KEY,
  subject_id VARCHAR(255) NOT NULL,
  accepted_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX proviso_erasure_request_subject ON proviso_erasure_request (subject_id);

-- The append-only step journal; (request_id, seq) makes concurrent coordinators of one request
-- conflict instead of both acting.
CREATE TABLE proviso_erasure_step (
  request_id VARCHAR(255) NOT NULL,
  seq INTEGER NOT NULL,
  system_name VARCHAR(255) NOT NULL,
  step VARCHAR(40) NOT NULL,
  items VARCHAR NOT NULL,
  detail VARCHAR NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (request_id, seq)
);
