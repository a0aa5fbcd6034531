import https from "https";
import axios from "axios";

process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0"; // expect: SEC015 "process.env.NODE_TLS_REJECT_UNAUTHORIZED is set to 0"

const agent = new https.Agent({ rejectUnauthorized: false }); // expect: SEC015 "rejectUnauthorized=false is passed to https.Agent"
const safe = new https.Agent({ keepAlive: true }); // ok: SEC015

export const handler = async (event: unknown): Promise<number> => {
  const r = await axios.get("https://internal.example.com", { httpsAgent: agent });
  await axios.get("https://internal.example.com", { httpsAgent: safe });
  return r.status;
};
