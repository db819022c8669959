/**
 * Solver processes (CLP/CBC children, @dekkend/native-solvers) across a thread boundary. A solve
 * is cancelled by terminating its thread, which cannot stop its own children; without this a
 * cancelled national run left CLP running for minutes with no owner. The thread forwards each
 * process's pid as it starts and ends (`forwardNativeProcesses`); the parent keeps them
 * (`NativeProcesses`) and kills what is left when it terminates the thread.
 */
import type { MessagePort } from 'node:worker_threads';
import { onNativeProcess } from '@dekkend/native-solvers';

export interface NativeProcessMessage {
  type: 'native-process';
  pid: number;
  running: boolean;
}

export const isNativeProcessMessage = (m: unknown): m is NativeProcessMessage =>
  typeof m === 'object' && m !== null && (m as { type?: unknown }).type === 'native-process';

/** Thread side: posts every solver process of this thread to the parent. */
export function forwardNativeProcesses(port: MessagePort): () => void {
  return onNativeProcess((pid, running) =>
    port.postMessage({ type: 'native-process', pid, running } satisfies NativeProcessMessage),
  );
}

/** Parent side: the solver processes a thread has running. */
export class NativeProcesses {
  private readonly pids = new Set<number>();

  /** Takes a thread's message; true when it was a solver-process message. */
  take(message: unknown): boolean {
    if (!isNativeProcessMessage(message)) return false;
    if (message.running) this.pids.add(message.pid);
    else this.pids.delete(message.pid);
    return true;
  }

  get running(): number[] {
    return [...this.pids];
  }

  /** Kills every process still running (after its thread was terminated). */
  killAll(): void {
    for (const pid of this.pids) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone (ESRCH)
      }
    }
    this.pids.clear();
  }
}
