#!/usr/bin/env bash
# Runs AnSinh locally: database (ANSINH_DB_URL, or an embedded MariaDB under .ansinh/), Keycloak with
# the realm from realm-config/, and Payara Micro with the app, all on 127.0.0.1. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -B -q -DskipTests package
exec ./mvnw -B -q exec:java
