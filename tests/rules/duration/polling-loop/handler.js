const { setTimeout: sleep } = require("timers/promises");

exports.handler = async (event) => {
  let done = false;
  while (!done) { // expect: DUR005 "polls: it sleeps (timers/promises.setTimeout)"
    done = await check();
    await sleep(1000);
  }
  for (;;) { // expect: DUR005 "has no bounded exit"
    await check();
  }
  const n = Number(event.queryStringParameters.n);
  for (let i = 0; i < n; i++) { // expect: DUR005 "as many times as a number in the event says"
    await check();
  }
  for (let i = 0; i < event.Records.length; i++) { // ok: DUR005
    await check();
  }
  for (let i = 0; i < Math.min(n, 10); i++) { // ok: DUR005
    await check();
  }
};

async function check() {
  return true;
}
