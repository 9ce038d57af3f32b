import { createRule } from "../utils/create-rule.js";
export default createRule("valid-label-keys", { meta: { type: "problem", docs: { description: "TODO", config: "off" }, languages: ["dockerfile"], schema: [], messages: {} }, create() { return {}; } });
