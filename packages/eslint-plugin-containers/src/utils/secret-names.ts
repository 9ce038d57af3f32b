import { memoizeByLists } from "./list-memo.js";

/**
 * Telling secret variable names (`DB_PASSWORD`, `GITHUB_TOKEN`) from harmless ones
 * (`PASSWORD_FILE`, `TOKEN_URL`, `PUBLIC_KEY`) by whole words, not substrings, so `PASSTHROUGH`,
 * `KEYBOARD` or `TOKENIZER_MODEL` never match.
 */

/** Words (or `_`-joined word sequences) that make a name a secret. */
export const DEFAULT_SECRET_WORDS: readonly string[] = [
  "access_key",
  "accesskey",
  "api_key",
  "apikey",
  "app_key",
  "application_key",
  // Only as the last word: `COMPOSER_AUTH`, `BASIC_AUTH`, not `GF_AUTH_ANONYMOUS_ORG_ROLE`.
  "auth$",
  "client_key",
  "client_secret",
  "consumer_key",
  "credential",
  "credentials",
  "creds",
  "encryption_key",
  "master_key",
  "pass",
  "passphrase",
  "passwd",
  "password",
  "private_key",
  "privatekey",
  "pwd",
  "pword",
  "secret",
  "secret_key",
  "secrets",
  "signing_key",
  "token",
];

/**
 * Words that make a name harmless wherever they appear: the variable holds where the secret is
 * (`_FILE`, `_PATH`, `_URL`), a public value (`PUBLIC_`), or a setting about it (`_VERSION`,
 * `_ENABLED`, `_TTL`).
 */
export const DEFAULT_ALLOW_WORDS: readonly string[] = [
  "dir",
  "enable",
  "enabled",
  "endpoint",
  "expiry",
  "file",
  "header",
  "length",
  "method",
  "mode",
  "name",
  "path",
  "policy",
  "public",
  "publishable",
  "timeout",
  "ttl",
  "type",
  "uri",
  "url",
  "version",
];

/**
 * Words that, after the secret word, make the name a setting about the secret rather than the
 * secret: `..._SECRET_PARAM_REPLICATION_FACTOR`, `..._CREDENTIALS_PROVIDER`, `..._SECRET_CLASS`,
 * `..._TOKEN_ISSUER`. Before it they say whose secret it is (`SMS_PROVIDER_API_KEY`).
 */
export const QUALIFIER_WORDS: readonly string[] = [
  "algorithm",
  "audience",
  "backend",
  "class",
  "duration",
  "expiration",
  "expires",
  "factor",
  "format",
  "interval",
  "issuer",
  "lifetime",
  "location",
  "manager",
  "prefix",
  "provider",
  "replication",
  "strategy",
];

/** The lowercase words of a name: split at `_`, `-`, `.` and camelCase humps (`apiKey`). */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/gu, "$1_$2")
    // `ABCDef` -> `ABC_Def`; a lookahead, as `([A-Z]+)([A-Z][a-z])` rescans long capital runs (quadratic).
    .replace(/([A-Z])(?=[A-Z][a-z])/gu, "$1_")
    .toLowerCase()
    .split(/[^a-z0-9]+/u)
    .filter(Boolean);
}

/** Where `sequence` first occurs in `words` (-1 if nowhere); with `atEnd`, only as the last words. */
function indexOfSequence(words: readonly string[], sequence: readonly string[], atEnd = false): number {
  if (sequence.length === 0) return -1;
  for (let start = atEnd ? words.length - sequence.length : 0; start >= 0 && start + sequence.length <= words.length; start++) {
    if (sequence.every((word, offset) => words[start + offset] === word)) return start;
  }
  return -1;
}

function containsSequence(words: readonly string[], sequence: readonly string[], atEnd = false): boolean {
  return indexOfSequence(words, sequence, atEnd) !== -1;
}

export interface SecretNameMatcher {
  /** The secret word (as configured) the name contains, or null when the name is not a secret. */
  (name: string): string | null;
}

/**
 * A matcher for the given word lists. Each entry is a word or an `_`-joined sequence of words
 * (`api_key` matches `STRIPE_API_KEY` and `stripeApiKey`, not `APIKEYS`); a trailing `$`
 * (`auth$`) matches only as the name's last word(s). `PWD` alone is the shell's working
 * directory, never a secret.
 */
export const secretNameMatcher = memoizeByLists(compileSecretNameMatcher);

function compileSecretNameMatcher(secretWords: readonly string[], allowWords: readonly string[]): SecretNameMatcher {
  const secrets = secretWords.map((entry) => ({ entry, words: nameWords(entry), atEnd: entry.endsWith("$") }));
  const allowed = allowWords.map(nameWords);
  return (name) => {
    if (name === "PWD") return null;
    const words = nameWords(name);
    if (allowed.some((sequence) => containsSequence(words, sequence))) return null;
    for (const secret of secrets) {
      const start = indexOfSequence(words, secret.words, secret.atEnd);
      if (start === -1) continue;
      // A qualifier after the secret word makes the name a setting about the secret.
      if (words.slice(start + secret.words.length).some((word) => QUALIFIER_WORDS.includes(word))) continue;
      return secret.entry;
    }
    return null;
  };
}
