const vm = require("vm");
const serialize = require("node-serialize");

exports.handler = async (event) => {
  const value = eval(event.queryStringParameters.expr); // expect: SEC013 "In handler 'handler.handler', data from the event reaches eval()"
  const formula = new Function("row", event.body); // expect: SEC013 "reaches Function()"
  setTimeout(event.callback, 10); // expect: SEC013 "reaches setTimeout()"
  setTimeout(() => console.log("done"), Number(event.delay)); // ok: SEC013 (a function; the event only sets the delay)
  const result = vm.runInNewContext(event.script, { value }); // expect: SEC013 "reaches vm.runInNewContext()"
  const session = serialize.unserialize(Buffer.from(event.headers.cookie, "base64").toString()); // expect: SEC013 "deserialized by node-serialize.unserialize()"
  const data = JSON.parse(event.body); // ok: SEC013
  const two = eval("1 + 1"); // ok: SEC013 (a constant)
  return { statusCode: 200, body: JSON.stringify({ value, result, session, data, two, rows: [1].map(formula) }) };
};
