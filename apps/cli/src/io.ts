/** Where a command writes its lines (the process streams, or a test's buffers). */
export interface Io {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}
