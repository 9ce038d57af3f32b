// @acme/eslint-config-containers: ACME's container lint policy in one package, so every team's
// setup is `export default [...acme];` and the policy changes in one place.
//
// It starts from `strict` and adds the company's choices. Each config object of
// eslint-config-containers carries its own `files` and `language`, so the policy is added per
// language (Dockerfile, Compose) and never leaks onto other files of the project.
import containers from "eslint-config-containers";

/** Only images from our registry mirror or Docker's official images. */
const TRUSTED_REGISTRIES = ["registry.acme.example", "docker.io"];

/** Rules (and options) ACME sets on top of `strict`, by language id. */
const POLICY = {
  "containers/dockerfile": {
    "containers/trusted-registries": ["error", { registries: TRUSTED_REGISTRIES }],
    // Our mirror re-tags images nightly; digests are pinned by the release pipeline instead.
    "containers/require-image-digest": "off",
  },
  "containers/compose": {
    "containers/trusted-registries": ["error", { registries: TRUSTED_REGISTRIES }],
    "containers/require-image-digest": "off",
    // Local stacks publish on all interfaces on developer machines only; allowed.
    "containers/compose-bind-localhost": "warn",
  },
};

const config = containers.strict.map((entry) => ({
  ...entry,
  name: entry.name.replace(/^containers\//u, "acme/"),
  rules: { ...entry.rules, ...POLICY[entry.language] },
}));

export default config;
