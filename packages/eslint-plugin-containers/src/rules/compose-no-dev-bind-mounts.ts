import path from "node:path";
import type { AST } from "yaml-eslint-parser";
import {
  findEntry,
  getComposeRoot,
  getServiceBuild,
  getServices,
  getServiceVolumes,
  isRemoteContext,
  normalizeHostPath,
  staticPath,
  isBuildCommand,
  serviceRunWords,
  type ComposeService,
  type ServiceVolume,
} from "../utils/compose/index.js";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { fileContext } from "../utils/file-context.js";

type Options = [{ devFileWords?: string[]; sourceFolders?: string[] }];

/** Words that mark a Compose file as for development: `compose.override.yaml`, `docker-compose.dev.yml`. */
const DEV_FILE_WORDS = ["override", "dev", "develop", "development", "local", "debug"];
/** Folder names that hold source code by convention. */
const SOURCE_FOLDERS = ["src", "source", "sources", "app", "apps", "lib", "code", "packages"];

/**
 * Whether the linted file is for development, testing or CI (`src/utils/file-context.ts`:
 * `compose.override.yaml`, `.devcontainer/`, `tests/`, `ci/`, a "for development only"
 * comment), or a word of its name is one of the configured `devFileWords`.
 */
function isDevFile(context: RuleContext<Options>, words: ReadonlySet<string>): boolean {
  if (fileContext(context) !== null) return true;
  const base = (context.filename.split(/[\\/]/u).pop() ?? "").replace(/\.ya?ml$/iu, "");
  return base.split(/[._-]/u).some((word) => words.has(word.toLowerCase()));
}

/** A container path under `/etc` (`/etc/nginx`, `C:/etc/traefik`): the mount is configuration. */
function isConfigurationTarget(target: string | null): boolean {
  return target !== null && /^(?:[A-Za-z]:)?[\\/]etc(?:[\\/]|$)/u.test(target);
}

/**
 * Where a mount's source is written: the short spec, or the long syntax's `source` value, in
 * the service or in the anchor it comes from (reported there once, not at each `<<:`/alias).
 */
function writtenSource(volume: ServiceVolume): AST.YAMLNode {
  if (volume.node.type !== "YAMLMapping") return volume.node;
  return findEntry(volume.node, "source")?.pair.value ?? volume.node;
}

/** Services that compile, test or lint the checkout: build jobs, which need the source. */
const BUILD_JOB_NAME = /(?:^|[-_.])(?:build|builder|compile|compiler|ci|test|tests|lint|check)(?:$|[-_.])/iu;

/** A build job: its name says so, or it runs a build tool (`make`, `go build`, `npm run build`). */
function isBuildJob(service: ComposeService): boolean {
  if (BUILD_JOB_NAME.test(service.name)) return true;
  const { entrypoint, command } = serviceRunWords(service);
  return isBuildCommand(entrypoint.length > 0 ? [...entrypoint, ...command] : command);
}

/** A relative host path that names a file (`./nginx.conf`, `config/app.yml`), not a folder. */
function looksLikeFile(hostPath: string): boolean {
  const last = hostPath.slice(hostPath.lastIndexOf("/") + 1);
  return /^[^.].*\.[A-Za-z0-9]+$/u.test(last) || /^\.[^.]+\.[A-Za-z0-9]+$/u.test(last);
}

export default createRule<Options>("compose-no-dev-bind-mounts", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Disallow bind-mounting source folders outside development override files",
      config: "strict",
    },
    languages: ["compose"],
    schema: [
      {
        type: "object",
        properties: {
          devFileWords: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: true },
          sourceFolders: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: true },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ devFileWords: DEV_FILE_WORDS, sourceFolders: SOURCE_FOLDERS }],
    messages: {
      sourceMount:
        'Service "{{service}}" bind-mounts the source folder "{{source}}", so it runs the files of the checkout instead of those built into its image. Move this mount to a development file such as `compose.override.yaml`.',
      sourceMountNoBuild:
        'Service "{{service}}" bind-mounts the source folder "{{source}}", so it runs on whatever checkout it is started from. Copy the files into an image, or move this mount to a development file such as `compose.override.yaml`.',
    },
  },
  create(context: RuleContext<Options>) {
    const options = context.options[0] ?? {};
    const devWords = new Set((options.devFileWords ?? DEV_FILE_WORDS).map((word) => word.toLowerCase()));
    const sourceFolders = new Set(options.sourceFolders ?? SOURCE_FOLDERS);
    return {
      Program() {
        if (isDevFile(context, devWords)) return;
        // A volume list shared through an anchor or `<<` is reported once, where it is written.
        const reported = new Set<unknown>();
        for (const service of getServices(getComposeRoot(context))) {
          if (isBuildJob(service)) continue;
          const build = getServiceBuild(service);
          const buildContext =
            build && !isRemoteContext(build.context) ? staticPath(build.context) : null;
          const contextPath = buildContext === null || path.isAbsolute(buildContext) ? null : normalizeHostPath(buildContext);
          for (const volume of getServiceVolumes(service)) {
            if (volume.type !== "bind" || volume.source === null) continue;
            if (isConfigurationTarget(volume.target === null ? null : staticPath(volume.target))) continue;
            const source = staticPath(volume.source);
            if (source === null) continue;
            const hostPath = normalizeHostPath(source);
            // Only paths relative to the project: absolute and home paths are not its source.
            if (!hostPath.startsWith(".")) continue;
            if (looksLikeFile(hostPath)) continue;
            const folder = hostPath.slice(hostPath.lastIndexOf("/") + 1);
            const isSource =
              /^\.\.?$/u.test(folder) || // the project folder (`.`) or one above it (`..`)
              hostPath === contextPath || // what the service's image is built from
              sourceFolders.has(folder);
            if (!isSource) continue;
            const written = writtenSource(volume);
            if (reported.has(written)) continue;
            reported.add(written);
            context.report({
              node: written,
              messageId: build ? "sourceMount" : "sourceMountNoBuild",
              data: { service: service.name, source: volume.source },
            });
          }
        }
      },
    };
  },
});
