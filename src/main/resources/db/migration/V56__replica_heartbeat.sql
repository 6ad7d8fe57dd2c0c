-- One row the primary stamps every few seconds (ReplicaHeartbeat); read back from the read replica it tells how far
-- the replica is behind (ReadDatabase). Without a replica the row is never updated.
CREATE TABLE replica_heartbeat (
    id TINYINT NOT NULL PRIMARY KEY,
    beat_at DATETIME(3) NOT NULL
) ENGINE = InnoDB;

INSERT INTO replica_heartbeat (id, beat_at) VALUES (1, UTC_TIMESTAMP(3));
