import type { Program } from "dockerfile-eslint-parser";
import { entryNode, findEntry, getComposeRoot, getScalarString, getServices, usesInterpolation } from "../utils/compose/index.js";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { imageName, isArtifactStage, looksLikeBaseImage, resolvedBaseImage } from "../utils/dockerfile/image-role.js";
import {
  DEFAULT_NON_ROOT_IMAGES,
  dropsPrivileges,
  imageMatchers,
  runsAsNonRoot,
  runsAsWindowsAdministrator,
} from "../utils/dockerfile/image-user.js";
import { stageEndState } from "../utils/dockerfile/stage-state.js";
import { getStages } from "../utils/dockerfile/stages.js";
import { fileContext } from "../utils/file-context.js";
import { fileKind } from "../utils/file-kind.js";
import { kubernetesRootUserListeners } from "../utils/kubernetes/root-user.js";

type Options = [{ nonRootImages?: string[] }];

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

export default createRule<Options>("no-root-user", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow containers that run as root: the final stage's USER, Compose `user:` and Kubernetes `securityContext`",
      config: "recommended",
    },
    languages: ["dockerfile", "compose", "kubernetes"],
    schema: [
      {
        type: "object",
        properties: {
          nonRootImages: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: true },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ nonRootImages: [...DEFAULT_NON_ROOT_IMAGES] }],
    messages: {
      rootUser:
        "The final stage runs as {{root}} ('USER {{user}}'); end it with an unprivileged user, e.g. 'USER app' or a numeric UID such as 'USER 10001'.",
      noUser:
        "The final stage never sets USER, so the container runs as {{root}}; create an unprivileged user and add 'USER <name>' (or a numeric UID) before CMD/ENTRYPOINT.",
      noUserScratch:
        "The final stage is built FROM scratch and never sets USER, so it runs as UID 0; add a numeric 'USER 65532' (scratch has no /etc/passwd for names).",
      kubernetesRootUser:
        "The {{container}} runs as root (`runAsUser: 0`); use an unprivileged UID (e.g. 10001) and set `runAsNonRoot: true`.",
      kubernetesRootGroup:
        "The {{container}} runs with the root group (`runAsGroup: 0`), which can read and write root-group files; use an unprivileged GID.",
      kubernetesNoUser:
        "The {{container}} may run as root: nothing sets `runAsNonRoot: true` or a non-zero `runAsUser`, so it runs as the image's user, root unless the image says otherwise. Set `securityContext.runAsNonRoot: true` (and a `runAsUser`) on the pod or the container.",
      composeRoot:
        "Service '{{service}}' runs as {{root}} ('user: {{user}}'); use an unprivileged user or UID, or drop `user:` if the image already sets one.",
    },
  },
  create(context: RuleContext<Options>) {
    const nonRootImages = imageMatchers(context.options[0]?.nonRootImages ?? DEFAULT_NON_ROOT_IMAGES);

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

    if (fileKind(context) === "kubernetes") return kubernetesRootUserListeners(context as RuleContext<unknown[]>, nonRootImages);

    // Test suites, CI jobs and development images run as root on purpose (see the doc).
    if (fileContext(context) !== null) return {};
    return {
      Program(program: Program) {
        const final = getStages(program).at(-1);
        if (!final) return;
        const state = stageEndState(final);
        const resolved = resolvedBaseImage(final);
        const image = resolved?.raw ?? "";
        const root = runsAsWindowsAdministrator(program, state.stages, image) ? "ContainerAdministrator" : "root";
        if (state.user) {
          const user = state.user.arguments[0]?.value ?? "";
          if (isRootUser(user)) context.report({ node: state.user, messageId: "rootUser", data: { user, root } });
          return;
        }
        // An unresolved `FROM ${IMAGE}` may be any image, with any user; an upper-case name
        // (`FROM REPLACE-ME`) is a template's placeholder, not an image.
        if (!resolved || resolved.unresolved || /[A-Z]/u.test(imageName(resolved.raw)) || isArtifactStage(final) || looksLikeBaseImage(final)) return;
        // The image's own USER is not visible here; trust images known to run as another user.
        if (runsAsNonRoot(image, nonRootImages) || dropsPrivileges(context.sourceCode.text, state.stages)) return;
        const scratch = image.toLowerCase() === "scratch";
        context.report({ node: final.from, messageId: scratch ? "noUserScratch" : "noUser", data: { root } });
      },
    };
  },
});

/** How the message names the root user: Windows' administrator by its name. */
function rootName(user: string): string {
  return user.split(":")[0].trim().toLowerCase() === "containeradministrator" ? "ContainerAdministrator" : "root";
}
