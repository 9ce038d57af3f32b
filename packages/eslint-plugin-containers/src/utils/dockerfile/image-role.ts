import type { DockerfileCmd, DockerfileEntrypoint, DockerfileStage, Program } from "dockerfile-eslint-parser";
import { resolveFromImage, type ResolvedImage } from "./resolve-image.js";
import { stageEndState, type StageState } from "./stage-state.js";

/**
 * What the image a final stage builds is for, from what it runs (CMD/ENTRYPOINT, inherited
 * through `FROM <stage>`), what it EXPOSEs and the image it starts from. Rules about running
 * containers (health checks, root users) ask here, so an artifact export, a base image or a
 * CLI tool is not held to the standards of a long-running service.
 */

/**
 * `FROM scratch` with no CMD or ENTRYPOINT runs nothing: it is an artifact export
 * (`docker build --output`), not a container.
 */
export function isArtifactStage(stage: DockerfileStage): boolean {
  const state = stageEndState(stage);
  return state.baseImage?.raw.toLowerCase() === "scratch" && !state.cmd && !state.entrypoint;
}

/**
 * Programs that serve: web and application servers, databases, brokers, process supervisors.
 * Matched against the basename of the first word of ENTRYPOINT/CMD (and of the word after a
 * wrapper such as `tini --` or `exec`).
 */
const SERVER_PROGRAMS = new RegExp(
  "^(?:" +
    [
      "nginx",
      "httpd(?:-foreground)?",
      "apache2(?:-foreground|ctl)?",
      "apachectl",
      "caddy",
      "traefik",
      "haproxy",
      "envoy",
      "gunicorn",
      "uvicorn",
      "hypercorn",
      "daphne",
      "waitress-serve",
      "uwsgi",
      "puma",
      "unicorn",
      "thin",
      "php-fpm[0-9.]*",
      "catalina\\.sh",
      "postgres",
      "mysqld",
      "mariadbd",
      "mongod",
      "redis-server",
      "memcached",
      "rabbitmq-server",
      "elasticsearch",
      "kibana",
      "logstash",
      "grafana-server",
      "prometheus",
      "consul",
      "vault",
      "etcd",
      "minio",
      "supervisord",
      "sshd",
      "code-server",
      "jenkins\\.sh",
      "nats-server",
      "influxd",
      "dockerd(?:-entrypoint\\.sh)?",
    ].join("|") +
    ")$",
  "iu",
);

/** Sub-commands that start a server: `rails server`, `flask run`, `npm start`, `manage.py runserver`. */
const SERVER_SUBCOMMANDS = /^(?:server|s|runserver|serve|start|run|notebook|lab|up)$/iu;
const SUBCOMMAND_PROGRAMS = /^(?:rails|flask|manage\.py|npm|yarn|pnpm|next|streamlit|jupyter|bundle|php|artisan|hugo|mkdocs)$/iu;

/**
 * Wrappers that run the program named after them, including entrypoint scripts that set up and
 * `exec "$@"` (`docker-entrypoint.sh`, `docker-php-entrypoint`, `/__cacert_entrypoint.sh`).
 */
const INTERPRETERS = /^(?:node|nodejs|bun|deno|python[0-9.]*|ruby|java|dotnet|php|perl)(?:\.exe)?$/iu;

const WRAPPERS = /^(?:tini|tini-static|dumb-init|exec|env|gosu|su-exec|s6-svscan|init|--|.*entrypoint.*)$/iu;

/** Images that run a server by default, when the file sets no command of its own. */
const SERVER_IMAGES =
  /(?:^|\/)(?:nginx|nginx-unprivileged|httpd|caddy|traefik|haproxy|envoy|postgres|postgis|mysql|mariadb|mongo|redis|valkey|memcached|rabbitmq|tomcat|jetty|elasticsearch|opensearch|kibana|logstash|grafana|prometheus|jenkins|wordpress|ghost|drupal|nextcloud|keycloak|sonarqube|minio|consul|vault|influxdb|mssql\/server)(?::|@|$)/iu;

/** Shells and interpreters: an image whose command is one of these is a base image or a tool box. */
const SHELLS_AND_REPLS =
  /^(?:sh|bash|ash|zsh|fish|dash|cmd|powershell|pwsh|python[0-9.]*|ipython|node|irb|ruby|php|jshell|julia|ghci|erl|iex|R|perl|lua|deno|bun|dotnet|java)(?:\.exe)?$/iu;

/** The words a CMD/ENTRYPOINT runs: its exec-form arguments, or its shell script split at blanks. */
function commandWords(node: DockerfileCmd | DockerfileEntrypoint | null): string[] {
  const form = node?.command;
  if (!form) return [];
  if (form.type === "DockerfileExecForm") return form.elements.map((element) => element.value);
  return form.value.trim().split(/\s+/u).filter(Boolean);
}

/** What the container runs: ENTRYPOINT words then CMD words (CMD is the entrypoint's arguments). */
export function runWords(state: StageState): string[] {
  return [...commandWords(state.entrypoint), ...commandWords(state.cmd)];
}

/** The command past its wrappers and their flags (`tini -g -- sh` -> `sh`). */
function withoutWrappers(words: readonly string[]): string[] {
  let start = 0;
  while (start < words.length && (WRAPPERS.test(basename(words[start])) || words[start].startsWith("-"))) start++;
  return words.slice(start);
}

function basename(word: string): string {
  return word.replace(/^.*[\\/]/u, "");
}

/** Whether the command starts a known server, looking past wrappers and shell `-c` strings. */
function startsServer(words: readonly string[]): boolean {
  for (let index = 0; index < words.length; index++) {
    const word = basename(words[index]);
    if (word.startsWith("-")) continue;
    if (SERVER_PROGRAMS.test(word)) return true;
    if (SUBCOMMAND_PROGRAMS.test(word)) {
      return words.slice(index + 1).some((next) => SERVER_SUBCOMMANDS.test(next) || /runserver|server\.js/iu.test(next));
    }
    if (/^(?:sh|bash|ash)$/iu.test(word) && words[index + 1] === "-c" && words[index + 2]) {
      return startsServer(words[index + 2].split(/\s+/u));
    }
    // An interpreter running a server script or module (`node server.js`, `python -m http.server`).
    if (INTERPRETERS.test(word)) return words.slice(index + 1).some((next) => /server|\bapp\.(?:js|mjs|ts)$/iu.test(next));
    if (!WRAPPERS.test(word)) return /server(?:\.(?:js|py|ts))?$/iu.test(word);
  }
  return false;
}

/**
 * Whether the final stage looks like a long-running service: it EXPOSEs a port, its command
 * starts a known server, or it runs no command of its own on an image that runs a server.
 */
export function looksLikeService(stage: DockerfileStage): boolean {
  const state = stageEndState(stage);
  if (state.expose.length > 0) return true;
  const words = runWords(state);
  if (words.length > 0) return startsServer(words);
  return isServerImage(stage);
}

/**
 * Whether the final stage is a base image or a tool box rather than something deployed: it
 * EXPOSEs nothing and runs no command of its own (only what its base image runs, and that is
 * no server), or its command is only a shell or an interpreter's prompt (`CMD ["python3"]`,
 * `CMD ["bash"]`, behind an entrypoint script). Images built FROM it choose what runs.
 */
export function looksLikeBaseImage(stage: DockerfileStage): boolean {
  const state = stageEndState(stage);
  if (state.expose.length > 0) return false;
  const words = withoutWrappers(runWords(state));
  if (words.length === 0) return !isServerImage(stage);
  return words.length <= 2 && SHELLS_AND_REPLS.test(basename(words[0])) && words.slice(1).every((word) => /^-/u.test(word));
}

/**
 * The image at the bottom of the stage's `FROM <stage>` chain, with the defaults of global ARGs
 * substituted (`FROM $BASE` with `ARG BASE=nginx:1.27` is `nginx:1.27`). Null for none.
 */
export function resolvedBaseImage(stage: DockerfileStage): ResolvedImage | null {
  const bottom = stageEndState(stage).stages.at(-1);
  const program = bottom?.parent as Program | null | undefined;
  if (!bottom || !program) return null;
  return resolveFromImage(program, bottom.from);
}

function isServerImage(stage: DockerfileStage): boolean {
  const image = resolvedBaseImage(stage)?.raw;
  return image !== undefined && SERVER_IMAGES.test(imageName(image));
}

/** The reference without its tag or digest (`docker.io/library/nginx:1.27` -> `docker.io/library/nginx`). */
export function imageName(raw: string): string {
  const withoutDigest = raw.split("@")[0];
  const slash = withoutDigest.lastIndexOf("/");
  const colon = withoutDigest.lastIndexOf(":");
  return colon > slash ? withoutDigest.slice(0, colon) : withoutDigest;
}
