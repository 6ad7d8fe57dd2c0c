-- Which node computes a payroll, and which nodes are alive (src/docs/cluster.md): each node stamps its own row of
-- node_heartbeat every few seconds with the database's UTC clock; a run COMPUTING whose node has stopped stamping is
-- made restartable by the stalled-payroll sweep of any node, and a run a living node computes is left to it.
CREATE TABLE node_heartbeat (
    node_id    VARCHAR(200) NOT NULL PRIMARY KEY,
    started_at DATETIME(3)  NOT NULL,
    beat_at    DATETIME(3)  NOT NULL
);

ALTER TABLE payroll_run ADD COLUMN computing_node VARCHAR(200) NULL AFTER execution_id;
