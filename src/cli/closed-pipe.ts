/**
 * `shownotes convert … | head -1`: once `head` has read its line it closes
 * the pipe, and the next write to stdout fails with EPIPE. Node reports
 * that as an unhandled 'error' event with a stack trace, which tells a
 * podcaster something broke when nothing did: the reader simply had
 * enough. So a closed stdout or stderr ends the process quietly, keeping
 * the exit code the command has set so far (0 when it had not finished:
 * the output it was asked for was not wanted any more).
 */
let installed = false;

export function exitQuietlyWhenPipeCloses(): void {
  if (installed) return;
  installed = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
      throw error;
    });
  }
}
