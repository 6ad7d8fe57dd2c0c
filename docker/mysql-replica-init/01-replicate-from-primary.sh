#!/bin/bash
# Cluster deployment only (compose.cluster.yaml): runs once, on the first initialisation of the replica's data
# volume, inside the image's temporary init server. Points the replica at the primary (service `db`) with GTID
# auto-positioning. The channel's settings are stored in the replica's data directory, and the replication threads
# start by themselves when the real server starts right after this script; the primary's binary log (GTID on
# from its first start) then brings over both databases, the `ansinh` and `keycloak` users included.
# GET_SOURCE_PUBLIC_KEY=1: the replication user has caching_sha2_password and the connection is not TLS.
set -e
if [ -z "${ANSINH_DB_REPLICATION_PASSWORD:-}" ]; then
  echo "01-replicate-from-primary.sh: ANSINH_DB_REPLICATION_PASSWORD is not set" >&2
  exit 1
fi
pw=${ANSINH_DB_REPLICATION_PASSWORD//\\/\\\\}
pw=${pw//\'/\'\'}
MYSQL_PWD="${MYSQL_ROOT_PASSWORD}" mysql --protocol=socket -uroot <<SQL
CHANGE REPLICATION SOURCE TO
  SOURCE_HOST='${ANSINH_DB_PRIMARY_HOST:-db}', SOURCE_PORT=3306,
  SOURCE_USER='replicator', SOURCE_PASSWORD='${pw}',
  SOURCE_AUTO_POSITION=1, GET_SOURCE_PUBLIC_KEY=1, SOURCE_CONNECT_RETRY=10;
SQL
echo "01-replicate-from-primary.sh: replica configured, source ${ANSINH_DB_PRIMARY_HOST:-db}:3306 (GTID auto-position)"
