#!/bin/bash
# Runs once, after 01-databases.sql, on first initialisation of the MySQL data volume.
# Creates the `keycloak` user with the password from the environment (never stored in the repo).
set -e
if [ -z "${KEYCLOAK_DB_PASSWORD:-}" ]; then
  echo "02-keycloak-user.sh: KEYCLOAK_DB_PASSWORD is not set" >&2
  exit 1
fi
pw=${KEYCLOAK_DB_PASSWORD//\\/\\\\}   # escape backslashes ...
pw=${pw//\'/\'\'}                     # ... and single quotes for the SQL string literal
MYSQL_PWD="${MYSQL_ROOT_PASSWORD}" mysql --protocol=socket -uroot <<SQL
CREATE USER IF NOT EXISTS 'keycloak'@'%' IDENTIFIED BY '${pw}';
GRANT ALL PRIVILEGES ON keycloak.* TO 'keycloak'@'%';
FLUSH PRIVILEGES;
SQL
echo "02-keycloak-user.sh: user 'keycloak' created with all privileges on keycloak.*"
