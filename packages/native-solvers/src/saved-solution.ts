/**
 * COIN-OR's binary solution file (`-saveSolution`, written by CBC and CLP): full
 * double precision, unlike the printed solution (8 significant digits).
 * Layout: int32 rows, int32 columns, float64 objective, then float64 arrays of
 * row activities, row duals, column values, reduced costs (CbcSolver.cpp, saveSolution).
 */
export interface SavedSolution {
  objective: number;
  rowActivity: Float64Array;
  rowDual: Float64Array;
  x: Float64Array;
}

/** Parses a saved solution; null when the file does not match the model's size. */
export function readSavedSolution(buf: Buffer, numRows: number, numCols: number): SavedSolution | null {
  if (buf.length < 16) return null;
  const rows = buf.readInt32LE(0);
  const cols = buf.readInt32LE(4);
  if (rows !== numRows || cols !== numCols || buf.length !== 16 + 8 * (2 * rows + 2 * cols)) return null;
  const doubles = new Float64Array(buf.buffer.slice(buf.byteOffset + 8, buf.byteOffset + buf.length));
  return {
    objective: doubles[0]!,
    rowActivity: doubles.slice(1, 1 + rows),
    rowDual: doubles.slice(1 + rows, 1 + 2 * rows),
    x: doubles.slice(1 + 2 * rows, 1 + 2 * rows + cols),
  };
}
