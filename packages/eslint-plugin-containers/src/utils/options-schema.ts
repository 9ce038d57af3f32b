/** JSON schema of an `allow` option: names (capabilities, sysctls, commands...) the rule lets through. */
export const ALLOW_LIST_SCHEMA = { type: "array", items: { type: "string" }, uniqueItems: true } as const;

/** The whole options schema of a rule whose only option is `allow`. */
export const ALLOW_OPTION_SCHEMA = {
  type: "object",
  properties: { allow: ALLOW_LIST_SCHEMA },
  additionalProperties: false,
} as const;
