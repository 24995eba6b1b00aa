import { startSimulatorServer, type SimulatorServer } from "./server";

// The simulator the app itself starts outside production (instrumentation.ts), on loopback.
const holder = globalThis as unknown as { __hireflowSimulator?: Promise<SimulatorServer | null> };

export function startEmbeddedSimulator(port: number, seed: number): Promise<SimulatorServer | null> {
  holder.__hireflowSimulator ??= startSimulatorServer({ port, seed, now: new Date(), control: true }).catch((err: NodeJS.ErrnoException) => {
    // Another app process (or `npm run simulator`) already serves it on that port: use that one.
    if (err.code === "EADDRINUSE") return null;
    throw err;
  });
  return holder.__hireflowSimulator;
}
