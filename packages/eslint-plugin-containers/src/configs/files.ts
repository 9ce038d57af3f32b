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
