/**
 * A transcript we cannot read. The message names the file and the place,
 * `transcript.srt:12:5  The time "00:01:7,000" …`, like a compiler, so a
 * podcaster can open the file and find the spot.
 */
export class TranscriptError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column?: number;
  /** The explanation alone, without the location. */
  readonly reason: string;

  constructor(file: string, line: number, reason: string, column?: number) {
    super(`${file}:${line}${column === undefined ? "" : `:${column}`}  ${reason}`);
    this.name = "TranscriptError";
    this.file = file;
    this.line = line;
    if (column !== undefined) this.column = column;
    this.reason = reason;
  }
}

/**
 * An export that would misrepresent the transcript, e.g. SRT (which
 * promises exact times) from a transcript whose times are missing or
 * estimated ("formats that promise exact times are never produced
 * from estimated times").
 */
export class ExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExportError";
  }
}
