const { setTimeout: sleep } = require("timers/promises");
const AWS = require("aws-sdk");

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
  // The service's answer to a request built from the event is not the event: Cognito says how
  // many attributes there are (found in OWASP DVSA's order manager).
  const cognito = new AWS.CognitoIdentityServiceProvider();
  const user = await cognito.adminGetUser({ UserPoolId: "pool", Username: event.headers.user }).promise();
  const count = Object.keys(user.UserAttributes).length;
  for (let i = 0; i < count; i++) { // ok: DUR005 (a count from the service)
    await check();
  }
};

async function check() {
  return true;
}
