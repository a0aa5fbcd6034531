const fs = require("fs");
const { readFile, writeFile } = require("fs/promises");

// An exported helper of a library: its callbacks read its own parameter, which is no event.
const dos2Unix = (file) => readFile(file, "utf8").then((text) => writeFile(file, text.replace(/\r\n/g, "\n"))); // ok: SEC018 (a helper's parameter)

// A handler: a callback inside it reads its event.
exports.handler = async (event) => {
  event.files.forEach(() => fs.readFileSync(event.queryStringParameters.path)); // expect: SEC018 "fs.readFileSync() uses"
  return dos2Unix("/tmp/out.txt");
};

module.exports.dos2Unix = dos2Unix;
