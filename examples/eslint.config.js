// What a user writes: the whole ESLint setup for Dockerfiles, Compose files and .dockerignore.
// `pnpm demo` runs ESLint with this file on examples/ (and so on the problems in bad/).
import containers from "eslint-config-containers";

export default [...containers.recommended];
