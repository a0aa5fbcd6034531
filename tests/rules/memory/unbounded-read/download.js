const axios = require("axios");

exports.handler = async (event) => {
  const page = await axios.get(event.queryStringParameters.url); // expect: MEM004 "axios.get downloads a URL taken from the event"
  const file = await axios({ url: event.fileUrl, method: "get" }); // expect: MEM004 "axios downloads a URL taken from the event"
  const streamed = await axios.get(event.fileUrl, { responseType: "stream" }); // ok: MEM004 (streamed)
  const fixed = await axios.get("https://status.example.com/health"); // ok: MEM004 (a fixed URL)
  const sent = await axios.post("https://api.example.com/hooks", event); // ok: MEM004 (the event is the body sent)
  await axios({ url: "https://api.example.com/hooks", method: "post", data: event }); // ok: MEM004 (the event is the body sent)
  await axios.request({ url: event.next, method: "get" }); // expect: MEM004 "axios.request downloads a URL taken from the event"
  return { statusCode: 200, body: String(page.data.length + file.data.length + fixed.status + sent.status + (streamed ? 1 : 0)) };
};
