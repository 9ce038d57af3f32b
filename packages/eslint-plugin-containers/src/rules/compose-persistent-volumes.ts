import {
  entryNode,
  findEntry,
  getComposeRoot,
  getScalarString,
  getSequenceItems,
  getServiceEnvironment,
  getServices,
  getServiceVolumes,
  isLongRunningService,
  isPathWithin,
  serviceRunWords,
  staticPath,
  type ComposeService,
  type ServiceVolume,
} from "../utils/compose/index.js";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { fileContext } from "../utils/file-context.js";
import { parseImageReference } from "../utils/image-tags.js";

type Options = [{ images?: string[]; dataDirectories?: Record<string, string[]> }];

/** Where each database image keeps its data (official images, and Bitnami's under the same name). */
const DATA_DIRECTORIES: Record<string, string[]> = {
  postgres: ["/var/lib/postgresql/data"],
  postgis: ["/var/lib/postgresql/data"],
  timescaledb: ["/var/lib/postgresql/data"],
  "timescaledb-ha": ["/home/postgres/pgdata"],
  postgresql: ["/bitnami/postgresql", "/var/lib/postgresql/data"],
  mysql: ["/var/lib/mysql", "/bitnami/mysql"],
  mariadb: ["/var/lib/mysql", "/bitnami/mariadb"],
  percona: ["/var/lib/mysql"],
  "percona-server": ["/var/lib/mysql"],
  mongo: ["/data/db"],
  mongodb: ["/data/db", "/bitnami/mongodb"],
  elasticsearch: ["/usr/share/elasticsearch/data", "/bitnami/elasticsearch/data"],
  opensearch: ["/usr/share/opensearch/data"],
  cassandra: ["/var/lib/cassandra", "/bitnami/cassandra"],
  scylla: ["/var/lib/scylla"],
  couchdb: ["/opt/couchdb/data", "/bitnami/couchdb"],
  couchbase: ["/opt/couchbase/var"],
  neo4j: ["/data"],
  influxdb: ["/var/lib/influxdb", "/var/lib/influxdb2"],
  "clickhouse-server": ["/var/lib/clickhouse"],
  cockroach: ["/cockroach/cockroach-data"],
  arangodb: ["/var/lib/arangodb3"],
  rethinkdb: ["/data"],
  "mssql/server": ["/var/opt/mssql"],
};
const DEFAULT_IMAGES = Object.keys(DATA_DIRECTORIES);

/** Environment variables that move an image's data directory. */
const DATA_DIRECTORY_VARIABLES: Record<string, string> = {
  postgres: "PGDATA",
  postgis: "PGDATA",
  timescaledb: "PGDATA",
  "timescaledb-ha": "PGDATA",
  postgresql: "POSTGRESQL_DATA_DIR",
};

/**
 * The configured database name an image reference is, or null: `postgres:16`,
 * `docker.io/library/postgres`, `bitnami/postgresql` and `mcr.microsoft.com/mssql/server`
 * match `postgres`, `postgres`, `postgresql` and `mssql/server`.
 */
function databaseName(raw: string, images: ReadonlySet<string>): string | null {
  const { name } = parseImageReference(raw);
  if (/\$/u.test(name)) return null; // `${DB_IMAGE}`: unknown until run time
  const path = name.toLowerCase().replace(/^library\//u, "");
  if (images.has(path)) return path;
  const last = path.slice(path.lastIndexOf("/") + 1);
  if (images.has(last)) return last;
  const lastTwo = path.split("/").slice(-2).join("/");
  return images.has(lastTwo) ? lastTwo : null;
}

/** The official Postgres images' major version from 18 on keep their data one level up. */
const POSTGRES_18_IMAGES = new Set(["postgres", "postgis"]);
const POSTGRES_OLD_DATA = "/var/lib/postgresql/data";
const POSTGRES_18_DATA = "/var/lib/postgresql";

/**
 * Postgres 18+ images keep their data under `/var/lib/postgresql` (a major-version folder,
 * `18/docker`); older ones under `/var/lib/postgresql/data`. The major version comes from the
 * tag (`18`, `18.1-alpine`, `postgis/postgis:18-3.6`); with no readable version (`latest`,
 * `${PG_VERSION}`) either directory counts.
 */
function postgresDataDirectories(raw: string): { directories: string[]; major: number | null } {
  const tag = parseImageReference(raw).tag ?? "";
  const match = /^(\d+)(?:[.-]|$)/u.exec(tag);
  if (!match) return { directories: [POSTGRES_OLD_DATA, POSTGRES_18_DATA], major: null };
  const major = Number(match[1]);
  return { directories: [major >= 18 ? POSTGRES_18_DATA : POSTGRES_OLD_DATA], major };
}

/** Database servers and the entrypoint scripts that start them. */
const SERVER_PROGRAMS =
  /^(?:postgres|mysqld|mariadbd|mongod|cassandra|elasticsearch|opensearch|couchdb|couchbase-server|neo4j|influxd|clickhouse-server|clickhouse|cockroach|arangod|rethinkdb|sqlservr|scylla|redis-server|.*entrypoint.*|.*\.sh)$/iu;

/**
 * Whether the service runs the image's database server: no `entrypoint` or `command` of its
 * own, flags for the server (`command: --default-authentication-plugin=...`), or the server
 * program itself (`command: postgres -c max_connections=200`). Not a client (`psql`,
 * `mongosh`, `mysqldump`) or a shell script using the image's tools.
 */
function runsDatabaseServer(service: ComposeService): boolean {
  const { entrypoint, command } = serviceRunWords(service);
  const first = entrypoint[0] ?? command[0];
  if (first === undefined || first.startsWith("-")) return true;
  return SERVER_PROGRAMS.test(first.replace(/^.*\//u, ""));
}

/** A target path as Compose will see it, or null when a variable without default decides it. */
function targetPath(volume: ServiceVolume): string | null {
  return volume.target === null ? null : staticPath(volume.target);
}

/** Whether a `tmpfs` (service key or mount) covers the directory: the service is throwaway on purpose. */
function hasTmpfsAt(service: ComposeService, volumes: ServiceVolume[], directories: string[]): boolean {
  const tmpfs = findEntry(service.mapping, "tmpfs")?.value;
  const paths = (tmpfs?.type === "YAMLSequence" ? getSequenceItems(tmpfs) : [tmpfs])
    .map((item) => (item ? getScalarString(item) : undefined))
    .filter((path): path is string => path !== undefined)
    .map((path) => path.split(":")[0]); // `/data:size=64m`
  for (const volume of volumes) {
    const target = targetPath(volume);
    if (volume.type === "tmpfs" && target !== null) paths.push(target);
  }
  return paths.some((path) => directories.some((directory) => isPathWithin(directory, path)));
}

export default createRule<Options>("compose-persistent-volumes", {
  meta: {
    type: "problem",
    docs: {
      description: "Require database services to keep their data in a named volume or bind mount",
      config: "recommended",
    },
    languages: ["compose"],
    schema: [
      {
        type: "object",
        properties: {
          images: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: true },
          dataDirectories: {
            type: "object",
            additionalProperties: { type: "array", items: { type: "string", pattern: "^/" } },
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ images: DEFAULT_IMAGES, dataDirectories: DATA_DIRECTORIES }],
    messages: {
      missing:
        'Service "{{service}}" runs {{image}} without a volume for its data directory {{directory}}, so its data does not survive `docker compose down`. Mount a named volume there (`{{service}}-data:{{directory}}`).',
      missingAny:
        'Service "{{service}}" runs {{image}} without a named volume or bind mount, so its data does not survive `docker compose down`. Mount a named volume at its data directory.',
      oldPostgresPath:
        'Service "{{service}}" runs {{image}}, which keeps its data under /var/lib/postgresql (a folder per major version), not /var/lib/postgresql/data: this mount holds nothing and the image refuses to start with it. Mount the volume at /var/lib/postgresql.',
      anonymous:
        'Service "{{service}}" keeps its data in an anonymous volume at {{directory}}: after `docker compose down` the next container starts with a new, empty one. Give the volume a name (`{{service}}-data:{{directory}}`).',
    },
  },
  create(context: RuleContext<Options>) {
    // Test suites, CI jobs and development stacks use throwaway databases on purpose.
    if (fileContext(context) !== null) return {};
    const options = context.options[0] ?? {};
    const images = new Set((options.images ?? DEFAULT_IMAGES).map((image) => image.toLowerCase()));
    const dataDirectories: Record<string, string[]> = { ...DATA_DIRECTORIES, ...options.dataDirectories };
    return {
      Program() {
        const services = getServices(getComposeRoot(context));
        for (const service of services) {
          const imageEntry = findEntry(service.mapping, "image");
          const image = imageEntry && getScalarString(imageEntry.value);
          if (!imageEntry || !image) continue;
          const database = databaseName(image, images);
          if (database === null) continue;
          // Data may come from another container, or from the service this one extends.
          if (findEntry(service.mapping, "volumes_from") || findEntry(service.mapping, "extends")) continue;
          // A one-shot job, or a client run on a database image (`psql`, `mongosh`, a script).
          if (!isLongRunningService(service, services) || !runsDatabaseServer(service)) continue;

          let directories = dataDirectories[database] ?? [];
          const configured = options.dataDirectories?.[database];
          const isDefault = !configured || JSON.stringify(configured) === JSON.stringify(DATA_DIRECTORIES[database]);
          const postgres = POSTGRES_18_IMAGES.has(database) && isDefault ? postgresDataDirectories(image) : null;
          if (postgres) directories = postgres.directories;
          const variable = DATA_DIRECTORY_VARIABLES[database];
          if (variable) {
            const variables = getServiceEnvironment(service);
            if (variables.has(variable)) {
              const value = variables.get(variable);
              const path = value == null ? null : staticPath(value);
              if (path === null) continue; // set from the shell or a variable: unknown
              directories = [path];
            }
          }

          const volumes = getServiceVolumes(service);
          const persistent = volumes.filter(
            (volume) => volume.type !== "tmpfs" && volume.type !== "image" && volume.source !== null,
          );
          // Any unknown target may be the data directory.
          if (persistent.some((volume) => volume.target !== null && targetPath(volume) === null)) continue;
          const data = { service: service.name, image };
          if (postgres && postgres.major !== null && postgres.major >= 18 && !getServiceEnvironment(service).has("PGDATA")) {
            const old = persistent.find((volume) => targetPath(volume) === POSTGRES_OLD_DATA);
            if (old) {
              context.report({ node: old.reportNode, messageId: "oldPostgresPath", data });
              continue;
            }
          }

          if (directories.length === 0) {
            if (persistent.length === 0 && !volumes.some((volume) => volume.type === "tmpfs")) {
              context.report({ node: entryNode(imageEntry, "value"), messageId: "missingAny", data });
            }
            continue;
          }
          const covers = (volume: ServiceVolume) => {
            const target = targetPath(volume);
            return target !== null && directories.some((directory) => isPathWithin(directory, target));
          };
          if (persistent.some(covers) || hasTmpfsAt(service, volumes, directories)) continue;
          const anonymous = volumes.find((volume) => volume.source === null && volume.type !== "tmpfs" && covers(volume));
          if (anonymous) {
            context.report({
              node: anonymous.reportNode,
              messageId: "anonymous",
              data: { ...data, directory: targetPath(anonymous) ?? directories[0] },
            });
          } else {
            context.report({ node: entryNode(imageEntry, "value"), messageId: "missing", data: { ...data, directory: directories[0] } });
          }
        }
      },
    };
  },
});
