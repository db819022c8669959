import { useState } from 'react';
import { ApiError } from '../../../api/client.ts';

/**
 * Runs an action on the scenario (copy, delete, remove a change): on success the optional
 * message is announced and the list reloaded; on failure the error is kept to show, and a
 * version conflict reloads the list too (someone else changed the scenario).
 */
export function useScenarioAction(refetch: () => void, announce: (message: string) => void) {
  const [error, setError] = useState<unknown>(null);
  async function run(fn: () => Promise<unknown>, message?: string) {
    setError(null);
    try {
      await fn();
      if (message) announce(message);
      refetch();
    } catch (err) {
      setError(err);
      if (err instanceof ApiError && err.code === 'CONFLICT') refetch();
    }
  }
  return { run, error };
}

export type RunAction = ReturnType<typeof useScenarioAction>['run'];
