export { findContainerFiles, isContainerFileName } from "./find-files.js";
export { findProjectConfig, run, type RunIo } from "./run.js";
