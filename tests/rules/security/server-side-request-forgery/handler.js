const https = require("https");
const axios = require("axios");

exports.handler = async (event) => {
  const body = JSON.parse(event.body);
  const page = await fetch(body.url); // expect: SEC019 "fetch() sends"
  const hook = await axios.post(`https://${body.host}/hooks`, { ok: true }); // expect: SEC019 "axios.post() sends (the URL starts 'https://')"
  https.get({ host: body.host, path: "/status" }, () => {}); // expect: SEC019 "https.get() sends"
  const item = await fetch(`https://api.example.com/items/${encodeURIComponent(body.id)}`); // ok: SEC019 (a fixed host)
  const fixed = await axios.get("https://status.example.com/health"); // ok: SEC019 (a constant URL)
  return { statusCode: 200, body: JSON.stringify([page.status, hook.status, item.status, fixed.status]) };
};
