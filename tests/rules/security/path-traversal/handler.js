const fs = require("fs");
const path = require("path");

exports.handler = async (event) => {
  const name = event.pathParameters.name;
  const report = fs.readFileSync(path.join("/var/task/reports", name), "utf8"); // expect: SEC018 "fs.readFileSync() uses (under '/var/task/reports/')"
  await fs.promises.writeFile(`/tmp/${event.queryStringParameters.out}`, report); // expect: SEC018 "fs.promises.writeFile() uses (under '/tmp/')"
  const safe = fs.readFileSync(path.join("/var/task/reports", path.basename(name)), "utf8"); // ok: SEC018 (only the name)
  const encoded = fs.readFileSync(`/var/task/reports/${encodeURIComponent(name)}`, "utf8"); // ok: SEC018 (no slash survives)
  const fixed = fs.readFileSync("/var/task/reports/index.txt", "utf8"); // ok: SEC018 (a constant path)
  return { statusCode: 200, body: report + safe + encoded + fixed };
};
