import { setTimeout as delay } from "timers/promises";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms)); // expect: DUR004 "new Promise(setTimeout)"

export const handler = async (event: { retries: number }) => {
  await delay(1000); // expect: DUR004 "Handler 'handler.handler' sleeps (timers/promises.setTimeout)"
  await sleep(500);
  setTimeout(() => console.log("later"), 10); // ok: DUR004 (schedules, does not wait)
  return event.retries;
};
