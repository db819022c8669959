/** A plan whose result can be shown: a proven optimum, or the best plan found within the time limit. */
export function isFinished(status: string): boolean {
  return status === 'OPTIMAL' || status === 'TIME_LIMIT';
}
