import { isWindowsImage, type DockerfileStage, type Program } from "dockerfile-eslint-parser";
import { memoizeByLists } from "../list-memo.js";
import { wildcardMatcher } from "../wildcard.js";
import { imageName } from "./image-role.js";

/**
 * Which user an image's container starts as, as far as a Dockerfile can tell: images known to
 * run as a non-root user, entrypoints that drop root, Windows' administrator.
 */

/**
 * Images that run as a non-root user by default, so a final stage built on them needs no USER
 * of its own: Nano Server runs as `ContainerUser`, Chainguard images as `nonroot` (65532), and
 * the images below set a USER of their own in their Dockerfiles.
 */
export const DEFAULT_NON_ROOT_IMAGES: readonly string[] = [
  "mcr.microsoft.com/windows/nanoserver*",
  "mcr.microsoft.com/nanoserver*",
  "cgr.dev/chainguard/*",
  "elasticsearch",
  "docker.elastic.co/*",
  "kibana",
  "logstash",
  "opensearchproject/*",
  "grafana/*",
  "prom/*",
  "quay.io/prometheus/*",
  "mcr.microsoft.com/mssql/server",
  "jupyter/*",
  "quay.io/jupyter/*",
  "bitnami/*",
  "docker.io/bitnami/*",
  "mcr.microsoft.com/oss/bitnami/*",
  "quay.io/strimzi/*",
  "quay.io/thanos/thanos",
  "registry.k8s.io/autoscaling/cluster-autoscaler",
  "registry.k8s.io/pause",
  "k8s.gcr.io/pause",
  "quay.io/keycloak/keycloak",
  "jboss/keycloak",
  "confluentinc/*",
  "debezium/*",
  "sonarqube",
  "jenkins/jenkins",
  "jenkins/*-agent",
  "nginxinc/nginx-unprivileged",
  "ghcr.io/nginxinc/nginx-unprivileged",
  "stefanprodan/podinfo",
  "ghcr.io/stefanprodan/podinfo",
  "curlimages/curl",
  "quay.io/prometheus-operator/*",
  "ghcr.io/prometheus-operator/*",
  "mcr.microsoft.com/dotnet/monitor*",
  // Start as root only to hand over to their own user in the entrypoint (`gosu`, `su-exec`).
  "postgres",
  "postgis/postgis",
  "redis",
  "valkey/valkey",
  "mongo",
  "mysql",
  "mysql/mysql-server",
  "mariadb",
  "percona",
  "rabbitmq",
  "cassandra",
  "couchdb",
  "neo4j",
  "solr",
  "zookeeper",
];

/**
 * Tags that say the image runs as a non-root user: `distroless/static:nonroot`, .NET's
 * `*-chiseled` images (user `app`) and Nano Server variants (`ContainerUser`).
 */
const NON_ROOT_TAG = /(?:^|[-_.])(?:non-?root|chiseled|nanoserver)(?:$|[-_.])/iu;

/** Dev container images: the user comes from `devcontainer.json` (`remoteUser`), not the Dockerfile. */
const DEVCONTAINER_IMAGE = /(?:^|\/)(?:vscode\/)?devcontainers\//iu;

/** .NET's distroless images (`mcr.microsoft.com/dotnet/aspnet:8.0-azurelinux3.0-distroless`) run as `app`. */
const DOTNET_DISTROLESS = /^mcr\.microsoft\.com\/dotnet\/[^:]+:.*distroless/iu;

/**
 * Whether `image` (resolved, with its tag) runs as a non-root user by default: its tag says so,
 * it is a .NET distroless or a dev container image, or it matches one of `nonRootImages`
 * (patterns of `registry/name`, from the rule's option).
 */
export function runsAsNonRoot(image: string, nonRootImages: ReadonlyArray<(name: string) => boolean>): boolean {
  const name = imageName(image);
  const tag = image.slice(name.length + 1).split("@")[0];
  // `docker.io/redis` and `docker.io/library/redis` are `redis`: the list names Docker Hub images without the host.
  const hubName = name.replace(DOCKER_HUB_PREFIX, "");
  return (
    NON_ROOT_TAG.test(tag) ||
    DOTNET_DISTROLESS.test(image) ||
    DEVCONTAINER_IMAGE.test(image) ||
    nonRootImages.some((matches) => matches(name) || matches(hubName))
  );
}

const DOCKER_HUB_PREFIX = /^(?:(?:index\.|registry-1\.)?docker\.io\/)(?:library\/)?/iu;

/** The matchers of a list of image patterns. */
export const imageMatchers = memoizeByLists((patterns: readonly string[]) => patterns.map(wildcardMatcher));

/**
 * Entrypoints that start as root only to hand over to an unprivileged user (`gosu postgres`,
 * `su-exec redis`), as official database images do: the service never runs as root.
 */
const PRIVILEGE_DROP = /\b(?:gosu|su-exec|setpriv|runuser|s6-setuidgid|chpst\s+-u)\b|chroot\s+--userspec/u;

export function dropsPrivileges(text: string, stages: readonly DockerfileStage[]): boolean {
  return stages.some((stage) => PRIVILEGE_DROP.test(text.slice(stage.range[0], stage.range[1])));
}

/** Windows images run as `ContainerAdministrator`, not root: a backtick escape or a Windows image says so. */
export function runsAsWindowsAdministrator(program: Program, stages: readonly DockerfileStage[], image: string): boolean {
  return program.escapeCharacter === "`" || isWindowsImage(image) || stages.some((stage) => isWindowsImage(stage.from.image?.raw ?? ""));
}

