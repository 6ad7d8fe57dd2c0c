-- The orphan sweep of the document store (SweepOrphanDocumentsCommand) asks which stored files a row references.
CREATE INDEX idx_document_sha256 ON application_document (sha256);
