import { readFileSync, writeFileSync } from "node:fs";

export const handler = async (event) => {
  const template = readFileSync("/mnt/shared/templates/report.html", "utf8"); // expect: DUR006 "node:fs.readFileSync on '/mnt/shared/templates/report.html', under the network file system mounted at /mnt/shared/"
  writeFileSync(`/tmp/${event.id}.html`, template); // ok: DUR006 (local storage)
  return { statusCode: 200 };
};
