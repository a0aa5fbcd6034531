const fs = require("fs");
const path = require("path");

const MODELS = "/mnt/models";

exports.handler = async (event) => {
  const weights = fs.readFileSync(path.join(MODELS, event.model, "weights.bin")); // expect: DUR006 "fs.readFileSync on a path starting '/mnt/models/', under the network file system mounted at /mnt/models"
  const labels = fs.readFileSync(`/mnt/models/${event.model}/labels.json`, "utf8"); // expect: DUR006 "under the network file system mounted at /mnt/models"
  if (!fs.existsSync(MODELS + "/" + event.model)) return { statusCode: 404 }; // expect: DUR006 "fs.existsSync on a path starting '/mnt/models/'"
  const config = await fs.promises.readFile(path.join(MODELS, "config.json"), "utf8"); // ok: DUR006 (asynchronous)
  const scratch = fs.readFileSync("/tmp/scratch.bin"); // ok: DUR006 (local storage, not the mount)
  const other = fs.readFileSync("/mnt/models-cache/x"); // ok: DUR006 (another folder whose name starts the same)
  return { statusCode: 200, body: String(weights.length + labels.length + config.length + scratch.length + other.length) };
};
