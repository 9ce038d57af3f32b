/**
 * Whether a stage's shell is POSIX. Docker runs shell forms with `/bin/sh -c` on Linux and
 * `cmd /S /C` on Windows; a `SHELL` instruction changes it. Files that set the backtick escape
 * are Windows Dockerfiles, so their default shell is cmd, which we do not parse.
 */
const POSIX_SHELLS = /(?:^|[\\/])(?:sh|bash|ash|dash|zsh|ksh|mksh|busybox)(?:\.exe)?$/iu;

export function isPosixShell(executable: string): boolean {
  return POSIX_SHELLS.test(executable);
}

export function defaultShellIsPosix(escapeCharacter: string): boolean {
  return escapeCharacter !== "`";
}

/**
 * Windows images: their default shell is cmd, not sh. Any reference that says so in its name or
 * tag: `mcr.microsoft.com/windows/servercore`, `mcr.microsoft.com/nanoserver-insider`,
 * `stefanscherer/node-windows`, `openjdk:8-windowsservercore`, and Microsoft's Windows-only
 * images (`microsoft/iis`, `mcr.microsoft.com/dotnet/framework/sdk`).
 */
const WINDOWS_IMAGE = /windows|servercore|nanoserver|(?:^|\/)microsoft\/(?:iis|aspnet|dotnet-framework)(?:[:@]|$)|\/dotnet\/framework\//iu;

export function isWindowsImage(image: string): boolean {
  return WINDOWS_IMAGE.test(image);
}
