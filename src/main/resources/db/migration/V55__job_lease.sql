-- The leases that let a timer job run on exactly one node when several servers share this database
-- (src/docs/cluster.md): one row per job, created by the first node that asks for it. A node holds the lease
-- while until_at is in the future; the times are the database's own UTC clock, never a node's.
CREATE TABLE job_lease (
    name        VARCHAR(64)  NOT NULL PRIMARY KEY,
    holder      VARCHAR(200) NOT NULL,
    acquired_at DATETIME(3)  NOT NULL,
    until_at    DATETIME(3)  NOT NULL
);
