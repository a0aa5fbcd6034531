const functions = require("@google-cloud/functions-framework"); // expect: LCK004 "Functions Framework for Node.js"
const middy = require("@middy/core"); // expect: LCK004 "middy"

functions.http("hello", (req, res) => res.send("ok"));

const base = async (event, context) => context.getRemainingTimeInMillis(); // expect: LCK004 "getRemainingTimeInMillis"
exports.handler = middy(base);
exports.plain = async (event) => JSON.stringify(event); // ok: LCK004
