import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Agent, fetch as undiciFetch } from "undici";
import { afterAll, bench, describe } from "vitest";
import { createSafeFetch } from "./create-safe-fetch.js";

// Requests per second on loopback, side by side: plain undici (fetch and request, same pool
// settings) and createSafeFetch with private addresses allowed. Each iteration sends a batch of
// concurrent GETs and reads every body; the server runs in a child process.
const batch = 16;

const server = fork(fileURLToPath(new URL("../test/bench-server.mjs", import.meta.url)), {
  stdio: ["ignore", "pipe", "inherit", "ipc"],
});
const port = await new Promise<number>((resolve) =>
  server.stdout?.once("data", (data) => resolve(Number(String(data).trim()))),
);
const origin = `http://127.0.0.1:${port}`;
const url = `${origin}/users/alice`;
const headers = { accept: "application/activity+json" };

const agent = new Agent({ keepAliveTimeout: 4_000 });
const requestAgent = new Agent({ keepAliveTimeout: 4_000 });
const safeFetch = createSafeFetch({ allowPrivateAddress: true });

afterAll(async () => {
  await Promise.all([agent.close(), requestAgent.close(), safeFetch.close()]);
  server.disconnect();
});

async function inBatches(send: () => Promise<unknown>): Promise<void> {
  const pending: Promise<unknown>[] = [];
  for (let i = 0; i < batch; i++) pending.push(send());
  await Promise.all(pending);
}

// Long warm-up: undici's fetch needs about a second before its figures settle.
const options = { time: 3_000, warmupTime: 1_500 };

describe(`GET + read body, ${batch} concurrent, loopback`, () => {
  bench(
    "undici fetch (plain)",
    () => inBatches(async () => (await undiciFetch(url, { headers, dispatcher: agent })).text()),
    options,
  );
  bench(
    "undici request (plain)",
    () =>
      inBatches(async () => {
        const response = await requestAgent.request({ origin, path: "/users/alice", method: "GET", headers });
        return response.body.text();
      }),
    options,
  );
  bench(
    "@fedikit/fetch createSafeFetch",
    () => inBatches(async () => (await safeFetch(url, { headers })).text()),
    options,
  );
});
