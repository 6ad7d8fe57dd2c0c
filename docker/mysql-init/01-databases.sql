-- Runs once, when the MySQL data volume is first initialised (docker-entrypoint-initdb.d).
-- The `ansinh` database and the `ansinh` user are created by the image itself from
-- MYSQL_DATABASE / MYSQL_USER / MYSQL_PASSWORD (utf8mb4, the MySQL 8.4 default).

-- Database for Keycloak. Keycloak documents that MySQL's utf8mb4 is NOT supported for its schema
-- (index length limits); use utf8mb3 ("utf8"). Vietnamese text is in the Basic Multilingual Plane,
-- so names with diacritics are stored correctly.
CREATE DATABASE IF NOT EXISTS keycloak CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci;

-- The `keycloak` user and its password are created by 02-keycloak-user.sh, because a .sql file
-- cannot read the KEYCLOAK_DB_PASSWORD environment variable and no secret may live in this file.
