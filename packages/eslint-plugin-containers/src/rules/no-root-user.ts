import type { DockerfileSimpleInstruction, DockerfileStage, Program } from "dockerfile-eslint-parser";
import { entryNode, findEntry, getComposeRoot, getScalarString, getServices, usesInterpolation } from "../utils/compose/index.js";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { baseStage, getStages } from "../utils/dockerfile/stages.js";
import { fileKind } from "../utils/file-kind.js";
import { wildcardMatcher } from "../utils/wildcard.js";

type Options = [{ nonRootImages?: string[] }];

/**
 * Images that run as a non-root user by default, so a final stage built on them needs no USER
 * of its own: Nano Server runs as `ContainerUser`, Chainguard images as `nonroot` (65532).
 */
const DEFAULT_NON_ROOT_IMAGES = ["mcr.microsoft.com/windows/nanoserver", "cgr.dev/chainguard/*"];

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

/** Images whose tag says they run as a non-root user (`distroless/static:nonroot`). */
const NON_ROOT_TAG = /(?:^|[-_.])non-?root(?:$|[-_.])/iu;

type StageUser =
  | { kind: "user"; node: DockerfileSimpleInstruction; value: string }
  | { kind: "none"; stage: DockerfileStage };

/**
 * The USER a stage ends with: its last USER, else the one of the earlier stage its FROM builds
 * on (a stage inherits its base's user), else none; `stage` is then the stage at the bottom of
 * the chain, whose FROM names an image (or scratch).
 */
function stageUser(program: Program, stage: DockerfileStage): StageUser {
  const seen = new Set<DockerfileStage>();
  let current: DockerfileStage | null = stage;
  let bottom = stage;
  while (current && !seen.has(current)) {
    seen.add(current);
    bottom = current;
    const users = current.body.filter(
      (instruction): instruction is DockerfileSimpleInstruction => instruction.type === "DockerfileUser",
    );
    const last = users.at(-1);
    if (last) return { kind: "user", node: last, value: last.arguments[0]?.value ?? "" };
    current = baseStage(program, current);
  }
  return { kind: "none", stage: bottom };
}

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
        "The final stage runs as root ('USER {{user}}'); end it with an unprivileged user, e.g. 'USER app' or a numeric UID such as 'USER 10001'.",
      noUser:
        "The final stage never sets USER, so the container runs as root; create an unprivileged user and add 'USER <name>' (or a numeric UID) before CMD/ENTRYPOINT.",
      noUserScratch:
        "The final stage is built FROM scratch and never sets USER, so it runs as UID 0; add a numeric 'USER 65532' (scratch has no /etc/passwd for names).",
      composeRoot:
        "Service '{{service}}' runs as root ('user: {{user}}'); use an unprivileged user or UID, or drop `user:` if the image already sets one.",
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
              data: { service: service.name, user },
            });
          }
        },
      };
    }

    return {
      Program(program: Program) {
        const final = getStages(program).at(-1);
        if (!final) return;
        const user = stageUser(program, final);
        if (user.kind === "user") {
          if (isRootUser(user.value)) context.report({ node: user.node, messageId: "rootUser", data: { user: user.value } });
          return;
        }
        const image = user.stage.from.image;
        if (!image) return;
        // The image's own USER is not visible here; trust tags and images known to be non-root.
        if (image.tag && NON_ROOT_TAG.test(image.tag)) return;
        const name = image.registry ? `${image.registry}/${image.name}` : image.name;
        if (nonRootImages.some((matches) => matches(name))) return;
        const scratch = image.raw.toLowerCase() === "scratch";
        context.report({ node: final.from, messageId: scratch ? "noUserScratch" : "noUser" });
      },
    };
  },
});
