import { exec, execFile, spawn } from "node:child_process";
import * as cp from "child_process";
import { promisify } from "util";

const run = promisify(exec);

async function thumbnail(file) {
  await run(`convert ${file} out.png`); // expect: SEC012 "util.promisify(node:child_process.exec)() in 'handler.thumbnail', called from handler"
}

export const handler = async (event) => {
  const { file, dir } = JSON.parse(event.body);
  cp.exec("ls " + dir); // expect: SEC012 "child_process.exec() in handler 'handler.handler'"
  spawn("tar", ["-xf", file], { shell: true }); // expect: SEC012 "child_process.spawn()"
  spawn("tar", ["-xf", file]); // ok: SEC012 (no shell)
  execFile("ls", [dir]); // ok: SEC012 (no shell)
  cp.exec("ls /tmp"); // ok: SEC012 (a constant command)
  (await import("child_process")).execSync(`du -s ${dir}`); // expect: SEC012 "child_process.execSync()"
  await thumbnail(file);
  return { statusCode: 200 };
};
