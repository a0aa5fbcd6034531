const fs = require("fs/promises");
const path = require("path");

const INVOICES = path.join(__dirname, "..", "invoices");

exports.handle = async (event) => {
  const id = event.pathParameters.id;
  // The id is joined as it came: '../' in it leaves the folder (SEC018).
  const pdf = await fs.readFile(path.join("/var/task/invoices", `${id}.pdf`));
  // Only the name is kept: fine.
  const copy = await fs.readFile(path.join(INVOICES, path.basename(`${id}.pdf`)));
  return { statusCode: 200, isBase64Encoded: true, headers: { "content-type": "application/pdf" }, body: (pdf || copy).toString("base64") };
};
