/** The file globs of each language (DESIGN.md). `*.dockerignore` is never a Dockerfile. */
export const DOCKERFILE_FILES = [
  "**/Dockerfile",
  "**/Containerfile",
  "**/*.Dockerfile",
  "**/*.dockerfile",
  "**/Dockerfile.*",
  "**/Containerfile.*",
];
export const DOCKERFILE_IGNORES = ["**/*.dockerignore"];

export const COMPOSE_FILES = [
  "**/compose.y?(a)ml",
  "**/compose.*.y?(a)ml",
  "**/docker-compose.y?(a)ml",
  "**/docker-compose.*.y?(a)ml",
];

export const DOCKERIGNORE_FILES = ["**/.dockerignore", "**/*.dockerignore"];

/**
 * Kubernetes manifests in the folders where projects keep them, and `*.k8s.yaml`. Documents that
 * are not Kubernetes objects are skipped by the rules, and raw Helm templates by the language.
 */
const KUBERNETES_FOLDERS = ["k8s", "kubernetes", "kube", "manifests", "deploy", "deployment", "deployments"];
export const KUBERNETES_FILES = [
  ...KUBERNETES_FOLDERS.map((folder) => `**/${folder}/**/*.y?(a)ml`),
  "**/*.k8s.y?(a)ml",
];
/** YAML in those folders that is not a manifest: Compose files, Kustomize and Helm chart files. */
export const KUBERNETES_IGNORES = [
  ...COMPOSE_FILES,
  "**/kustomization.y?(a)ml",
  "**/Chart.y?(a)ml",
  "**/values*.y?(a)ml",
];
