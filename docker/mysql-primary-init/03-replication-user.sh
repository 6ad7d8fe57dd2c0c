#!/bin/bash
# Cluster deployment only (compose.cluster.yaml): runs once, after mysql-init/, on the first initialisation of the
# primary's data volume. Creates the user the read replica (db-replica) connects with, password from the environment.
set -e
if [ -z "${ANSINH_DB_REPLICATION_PASSWORD:-}" ]; then
  echo "03-replication-user.sh: ANSINH_DB_REPLICATION_PASSWORD is not set" >&2
  exit 1
fi
pw=${ANSINH_DB_REPLICATION_PASSWORD//\\/\\\\}   # escape backslashes ...
pw=${pw//\'/\'\'}                               # ... and single quotes for the SQL string literal
MYSQL_PWD="${MYSQL_ROOT_PASSWORD}" mysql --protocol=socket -uroot <<SQL
CREATE USER IF NOT EXISTS 'replicator'@'%' IDENTIFIED BY '${pw}';
GRANT REPLICATION SLAVE ON *.* TO 'replicator'@'%';
FLUSH PRIVILEGES;
SQL
echo "03-replication-user.sh: user 'replicator' created with REPLICATION SLAVE"
