import { describe } from "vitest";
import rule from "../../src/rules/compose-persistent-volumes.js";
import { composeRuleTester } from "../helpers/compose-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const missing = (service: string, image: string, directory: string) =>
  `Service "${service}" runs ${image} without a volume for its data directory ${directory}, so its data does not survive \`docker compose down\`. Mount a named volume there (\`${service}-data:${directory}\`).`;
const missingAny = (service: string, image: string) =>
  `Service "${service}" runs ${image} without a named volume or bind mount, so its data does not survive \`docker compose down\`. Mount a named volume at its data directory.`;
const oldPostgresPath = (service: string, image: string) =>
  `Service "${service}" runs ${image}, which keeps its data under /var/lib/postgresql (a folder per major version), not /var/lib/postgresql/data: this mount holds nothing and the image refuses to start with it. Mount the volume at /var/lib/postgresql.`;
const anonymous = (service: string, directory: string) =>
  `Service "${service}" keeps its data in an anonymous volume at ${directory}: after \`docker compose down\` the next container starts with a new, empty one. Give the volume a name (\`${service}-data:${directory}\`).`;

describe.each(ESLINT_VERSIONS)("compose-persistent-volumes on ESLint $version", ({ RuleTester, Linter }) => {
  composeRuleTester(RuleTester).run("compose-persistent-volumes", rule as never, {
    valid: [
      // Postgres 18+ keeps its data one level up; an unknown version accepts either path.
      "services:\n  db:\n    image: postgres:18-alpine\n    volumes:\n      - pgdata:/var/lib/postgresql\nvolumes:\n  pgdata:\n",
      "services:\n  db:\n    image: postgis/postgis:18-3.6\n    volumes:\n      - pgdata:/var/lib/postgresql\n",
      "services:\n  db:\n    image: postgres:latest\n    volumes:\n      - pgdata:/var/lib/postgresql\n  db2:\n    image: postgres:${PG_VERSION}\n    volumes:\n      - pgdata2:/var/lib/postgresql/data\n",
      // Clients and one-shot jobs run on a database image keep no data.
      "services:\n  backup:\n    image: postgres:16\n    entrypoint: [pg_dump, -h, db, -f, /out/dump.sql]\n  shell:\n    image: mongo:7\n    command: mongosh --host mongo\n  seed:\n    image: mysql:8.4\n    profiles: [tools]\n  init:\n    image: mysql:8.4\n    restart: \"no\"\n    command: mysql -h db -e 'CREATE DATABASE app'\n",
      // Throwaway databases in development, test and CI files.
      { code: "services:\n  db:\n    image: postgres:16\n", filename: ".devcontainer/docker-compose.yml" },
      { code: "services:\n  db:\n    image: mysql:8.4\n", filename: "tests/integration/compose.yaml" },
      { code: "services:\n  db:\n    image: mysql:8.4\n", filename: "docker-compose.ci.yml" },
      "services:\n  db:\n    image: postgres:16-alpine\n    volumes:\n      - pgdata:/var/lib/postgresql/data\nvolumes:\n  pgdata:\n",
      // A bind mount, a parent of the data directory, long syntax.
      "services:\n  db:\n    image: mysql:8.4\n    volumes:\n      - ./data/mysql:/var/lib/mysql\n  mongo:\n    image: mongo:7\n    volumes:\n      - mongo:/data\n  es:\n    image: docker.elastic.co/elasticsearch/elasticsearch:8.15.0\n    volumes:\n      - type: volume\n        source: es\n        target: /usr/share/elasticsearch/data\n",
      // PGDATA moves the data directory.
      "services:\n  db:\n    image: postgres:16\n    environment:\n      PGDATA: /var/lib/postgresql/data/pgdata\n    volumes:\n      - db:/var/lib/postgresql/data/pgdata\n",
      "services:\n  db:\n    image: postgres:16\n    environment:\n      - PGDATA=/pg\n    volumes:\n      - db:/pg\n",
      // redis is a cache by default; other images are not databases.
      "services:\n  cache:\n    image: redis:7-alpine\n  web:\n    image: nginx:1.27\n",
      // Throwaway on purpose: tmpfs at the data directory.
      "services:\n  db:\n    image: postgres:16\n    tmpfs:\n      - /var/lib/postgresql/data:size=512m\n  test-db:\n    image: mysql:8.4\n    volumes:\n      - type: tmpfs\n        target: /var/lib/mysql\n",
      // Data from elsewhere, or unknown until run time.
      "services:\n  db:\n    image: postgres:16\n    volumes_from: [data]\n  db2:\n    image: postgres:16\n    extends: {file: base.yaml, service: db}\n  db3:\n    image: ${DB_IMAGE}\n  db4:\n    image: postgres:16\n    volumes:\n      - db:${PG_DATA_DIR}\n",
      // A fragment of an override file has no image: nothing to say.
      "services:\n  db:\n    ports: ['5432:5432']\n",
      // Options: a configured image without known data directory accepts any persistent volume.
      { code: "services:\n  cache:\n    image: redis:7\n    volumes:\n      - redis:/data\n", options: [{ images: ["redis"] }] },
      { code: "services:\n  db:\n    image: postgres:16\n", options: [{ images: ["mysql"] }] },
    ],
    invalid: [
      {
        // Flags for the server, or the server program itself: still the database.
        code: "services:\n  db:\n    image: mysql:8.4\n    command: --default-authentication-plugin=mysql_native_password\n  pg:\n    image: postgres:16\n    command: postgres -c max_connections=200\n",
        errors: [
          { message: missing("db", "mysql:8.4", "/var/lib/mysql"), line: 3, column: 12 },
          { message: missing("pg", "postgres:16", "/var/lib/postgresql/data"), line: 6, column: 12 },
        ],
      },
      {
        // Postgres 18+: a mount at the old path holds nothing.
        code: "services:\n  db:\n    image: postgres:18\n    volumes:\n      - pgdata:/var/lib/postgresql/data\n",
        errors: [{ message: oldPostgresPath("db", "postgres:18"), line: 5, column: 9 }],
      },
      {
        code: "services:\n  db:\n    image: postgres:18.1-bookworm\n",
        errors: [{ message: missing("db", "postgres:18.1-bookworm", "/var/lib/postgresql"), line: 3, column: 12 }],
      },
      {
        // Before 18, a mount one level up still covers the data directory... but not a sibling.
        code: "services:\n  db:\n    image: postgres:17\n    volumes:\n      - pgdata:/var/lib/postgresql/18\n",
        errors: [{ message: missing("db", "postgres:17", "/var/lib/postgresql/data"), line: 3, column: 12 }],
      },
      {
        code: "services:\n  db:\n    image: postgres:16-alpine\n    environment:\n      POSTGRES_PASSWORD: ${DB_PASSWORD}\n",
        errors: [{ message: missing("db", "postgres:16-alpine", "/var/lib/postgresql/data"), line: 3, column: 12, endLine: 3, endColumn: 30 }],
      },
      {
        // A volume elsewhere, or below the data directory, does not hold the data.
        code: "services:\n  db:\n    image: docker.io/library/mariadb:11\n    volumes:\n      - ./init.sql:/docker-entrypoint-initdb.d/init.sql:ro\n      - logs:/var/lib/mysql/logs\n",
        errors: [{ message: missing("db", "docker.io/library/mariadb:11", "/var/lib/mysql"), line: 3 }],
      },
      {
        code: "services:\n  db:\n    image: postgres:16\n    volumes:\n      - /var/lib/postgresql/data\n",
        errors: [{ message: anonymous("db", "/var/lib/postgresql/data"), line: 5, column: 9, endLine: 5, endColumn: 33 }],
      },
      {
        // Registry paths and Bitnami names; PGDATA without a volume there.
        code: "services:\n  sql:\n    image: mcr.microsoft.com/mssql/server:2022-latest\n  pg:\n    image: bitnami/postgresql:16\n  pg2:\n    image: postgres:16\n    environment: {PGDATA: /pgdata}\n    volumes: [db:/var/lib/postgresql/data]\n",
        errors: [
          { message: missing("sql", "mcr.microsoft.com/mssql/server:2022-latest", "/var/opt/mssql"), line: 3 },
          { message: missing("pg", "bitnami/postgresql:16", "/bitnami/postgresql"), line: 5 },
          { message: missing("pg2", "postgres:16", "/pgdata"), line: 7 },
        ],
      },
      {
        code: "services:\n  cache:\n    image: redis:7\n",
        options: [{ images: ["redis"] }],
        errors: [{ message: missingAny("cache", "redis:7"), line: 3 }],
      },
      {
        code: "services:\n  cache:\n    image: redis:7\n    volumes:\n      - /tmp/x:/tmp/x\n",
        options: [{ images: ["redis"], dataDirectories: { redis: ["/data"] } }],
        errors: [{ message: missing("cache", "redis:7", "/data"), line: 3 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "compose-persistent-volumes", fence: "yaml", language: "containers/compose", filename: "compose.yaml" });
  });
});
