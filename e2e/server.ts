import type { ChildProcess } from 'node:child_process';

/**
 * Waits until url answers 200 — or a redirect, with init { redirect: 'manual' } — (up to 10 s); fails
 * early, with what it said, if the process exits.
 */
export async function waitUntilUp(
  url: string,
  child: ChildProcess,
  stderr: () => string = () => '',
  init?: RequestInit,
): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(url, init)).status < 400) return;
    } catch {
      /* not up yet */
    }
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not come up: ${stderr()}`);
}

/** Stops a server the test started and waits until it is gone. */
export async function stop(child: ChildProcess | undefined, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (!child || child.exitCode !== null) return;
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill(signal);
  });
}
