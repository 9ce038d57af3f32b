import { isWindowsImage, type DockerfileStage, type Program } from "dockerfile-eslint-parser";
import { entryNode, findEntry, getComposeRoot, getScalarString, getServices, usesInterpolation } from "../utils/compose/index.js";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { imageName, isArtifactStage, looksLikeBaseImage, resolvedBaseImage } from "../utils/dockerfile/image-role.js";
import { stageEndState } from "../utils/dockerfile/stage-state.js";
import { getStages } from "../utils/dockerfile/stages.js";
import { fileContext } from "../utils/file-context.js";
import { fileKind } from "../utils/file-kind.js";
import { wildcardMatcher } from "../utils/wildcard.js";

type Options = [{ nonRootImages?: string[] }];

/**
 * Images that run as a non-root user by default, so a final stage built on them needs no USER
 * of its own: Nano Server runs as `ContainerUser`, Chainguard images as `nonroot` (65532), and
 * the images below set a USER of their own in their Dockerfiles.
 */
export const DEFAULT_NON_ROOT_IMAGES = [
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
  "quay.io/keycloak/keycloak",
  "jboss/keycloak",
  "confluentinc/*",
  "debezium/*",
  "sonarqube",
  "jenkins/jenkins",
  "jenkins/*-agent",
  "nginxinc/nginx-unprivileged",
  "mcr.microsoft.com/dotnet/monitor*",
  // Start as root only to hand over to their own user in the entrypoint (`gosu`, `su-exec`).
  "postgres",
  "postgis/postgis",
  "redis",
  "valkey/valkey",
  "mongo",
  "mysql",
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
 * Whether a `USER`/`user:` value (`name`, `uid`, `name:group`, `uid:gid`) runs as root: the
 * user part is `root` or UID 0, or Windows' `ContainerAdministrator`. A value with variables is
 * unknown and never root here.
 */
export function isRootUser(value: string): boolean {
  if (value.includes("$")) return false;
  const user = value.split(":")[0].trim();
  return user === "root" || /^0+$/u.test(user) || user.toLowerCase() === "containeradministrator";
}

/**
 * Tags that say the image runs as a non-root user: `distroless/static:nonroot`, .NET's
 * `*-chiseled` images (user `app`) and Nano Server variants (`ContainerUser`).
 */
const NON_ROOT_TAG = /(?:^|[-_.])(?:non-?root|chiseled|nanoserver)(?:$|[-_.])/iu;

/** Dev container images: the user comes from `devcontainer.json` (`remoteUser`), not the Dockerfile. */
const DEVCONTAINER_IMAGE = /(?:^|\/)(?:vscode\/)?devcontainers\//iu;

/** .NET's distroless images (`mcr.microsoft.com/dotnet/aspnet:8.0-azurelinux3.0-distroless`) run as `app`. */
const DOTNET_DISTROLESS = /^mcr\.microsoft\.com\/dotnet\/[^:]+:.*distroless/iu;

export default createRule<Options>("no-root-user", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow containers that run as root: the final stage's USER and Compose `user:`",
      config: "recommended",
    },
    languages: ["dockerfile", "compose"],
    schema: [
      {
        type: "object",
        properties: {
          nonRootImages: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: true },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ nonRootImages: DEFAULT_NON_ROOT_IMAGES }],
    messages: {
      rootUser:
        "The final stage runs as {{root}} ('USER {{user}}'); end it with an unprivileged user, e.g. 'USER app' or a numeric UID such as 'USER 10001'.",
      noUser:
        "The final stage never sets USER, so the container runs as {{root}}; create an unprivileged user and add 'USER <name>' (or a numeric UID) before CMD/ENTRYPOINT.",
      noUserScratch:
        "The final stage is built FROM scratch and never sets USER, so it runs as UID 0; add a numeric 'USER 65532' (scratch has no /etc/passwd for names).",
      composeRoot:
        "Service '{{service}}' runs as {{root}} ('user: {{user}}'); use an unprivileged user or UID, or drop `user:` if the image already sets one.",
    },
  },
  create(context: RuleContext<Options>) {
    const nonRootImages = (context.options[0]?.nonRootImages ?? DEFAULT_NON_ROOT_IMAGES).map(wildcardMatcher);

    if (fileKind(context) === "compose") {
      return {
        Program() {
          for (const service of getServices(getComposeRoot(context))) {
            const entry = findEntry(service.mapping, "user");
            const user = entry ? getScalarString(entry.value) : undefined;
            if (!entry || user === undefined || usesInterpolation(user) || !isRootUser(user)) continue;
            context.report({
              node: entryNode(entry, "value"),
              messageId: "composeRoot",
              data: { service: service.name, user, root: rootName(user) },
            });
          }
        },
      };
    }

    // Test suites, CI jobs and development images run as root on purpose (see the doc).
    if (fileContext(context) !== null) return {};
    return {
      Program(program: Program) {
        const final = getStages(program).at(-1);
        if (!final) return;
        const state = stageEndState(final);
        const resolved = resolvedBaseImage(final);
        const image = resolved?.raw ?? "";
        const root = windowsStages(context, state.stages, image) ? "ContainerAdministrator" : "root";
        if (state.user) {
          const user = state.user.arguments[0]?.value ?? "";
          if (isRootUser(user)) context.report({ node: state.user, messageId: "rootUser", data: { user, root } });
          return;
        }
        // An unresolved `FROM ${IMAGE}` may be any image, with any user; an upper-case name
        // (`FROM REPLACE-ME`) is a template's placeholder, not an image.
        if (!resolved || resolved.unresolved || /[A-Z]/u.test(imageName(resolved.raw)) || isArtifactStage(final) || looksLikeBaseImage(final)) return;
        if (DEVCONTAINER_IMAGE.test(image) || dropsPrivileges(context, state.stages)) return;
        // The image's own USER is not visible here; trust tags and images known to be non-root.
        const tag = image.slice(imageName(image).length + 1).split("@")[0];
        if (NON_ROOT_TAG.test(tag) || DOTNET_DISTROLESS.test(image) || nonRootImages.some((matches) => matches(imageName(image)))) return;
        const scratch = image.toLowerCase() === "scratch";
        context.report({ node: final.from, messageId: scratch ? "noUserScratch" : "noUser", data: { root } });
      },
    };
  },
});

/**
 * Entrypoints that start as root only to hand over to an unprivileged user (`gosu postgres`,
 * `su-exec redis`), as official database images do: the service never runs as root.
 */
const PRIVILEGE_DROP = /\b(?:gosu|su-exec|setpriv|runuser|s6-setuidgid|chpst\s+-u)\b|chroot\s+--userspec/u;

function dropsPrivileges(context: RuleContext<Options>, stages: readonly DockerfileStage[]): boolean {
  return stages.some((stage) => PRIVILEGE_DROP.test(context.sourceCode.text.slice(stage.range[0], stage.range[1])));
}

/** Windows images run as `ContainerAdministrator`, not root: a backtick escape or a Windows image says so. */
function windowsStages(context: RuleContext<Options>, stages: readonly DockerfileStage[], image: string): boolean {
  const program = context.sourceCode.ast as Program;
  return program.escapeCharacter === "`" || isWindowsImage(image) || stages.some((stage) => isWindowsImage(stage.from.image?.raw ?? ""));
}

/** How the message names the root user: Windows' administrator by its name. */
function rootName(user: string): string {
  return user.split(":")[0].trim().toLowerCase() === "containeradministrator" ? "ContainerAdministrator" : "root";
}
