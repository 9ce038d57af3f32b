/**
 * The names of Docker's build checks (`docker build --check`), as `# check=skip=` takes them
 * (case-sensitive), and the options of the `check` directive.
 */
export const BUILD_CHECK_NAMES = [
  "ConsistentInstructionCasing",
  "CopyIgnoredFile",
  "DuplicateStageName",
  "ExposeInvalidFormat",
  "ExposeProtoCasing",
  "FromAsCasing",
  "FromPlatformFlagConstDisallowed",
  "InvalidBaseImagePlatform",
  "InvalidDefaultArgInFrom",
  "InvalidDefinitionDescription",
  "JSONArgsRecommended",
  "LegacyKeyValueFormat",
  "MaintainerDeprecated",
  "MultipleInstructionsDisallowed",
  "NoEmptyContinuation",
  "RedundantTargetPlatform",
  "ReservedStageName",
  "SecretsUsedInArgOrEnv",
  "StageNameCasing",
  "UndefinedArgInFrom",
  "UndefinedVar",
  "WorkdirRelativePath",
] as const;

/** `skip` and `experimental` take check names or `all`; `error` takes a boolean. */
export const CHECK_OPTIONS = ["skip", "error", "experimental"] as const;
