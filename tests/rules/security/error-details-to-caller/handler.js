const express = require('express');
const serverless = require('serverless-http');

const app = express();

app.get('/orders/:id', async (req, res) => {
  try {
    res.json(await load(req.params.id));
  } catch (err) {
    res.status(500).send(err.stack);  // expect: SEC020:warning "Handler 'handler.GET /orders/:id' sends with res.status.send() the stack trace"
  }
});

app.get('/items', (req, res) => {
  list()
    .then((items) => res.json(items))
    .catch((e) => res.status(500).json({ error: `list failed: ${e}` }));  // expect: SEC020 "called from handler 'handler.GET /items', sends with res.status.json() the text of a caught error"
});

app.get('/health', async (req, res) => {
  try {
    await ping();
    res.send('ok');
  } catch (err) {
    console.error(err);  // ok: SEC020 (logged)
    res.status(500).json({ error: 'internal error', code: err.code });  // ok: SEC020 (an error code, no text)
  }
});

module.exports.api = serverless(app);

exports.handler = async (event) => {
  try {
    return { statusCode: 200, body: JSON.stringify(await load(event.pathParameters.id)) };
  } catch (err) {
    return { statusCode: 500, body: JSON.stringify({ message: err.message }) };  // expect: SEC020 "Handler 'handler.handler' returns the text of a caught error"
  }
};

exports.callbackHandler = (event, context, callback) => {
  load(event.id, (err, item) => {
    if (err) return callback(null, { statusCode: 500, body: String(err) });  // expect: SEC020 "sends with callback() the text"
    callback(null, { statusCode: 200, body: JSON.stringify(item) });  // ok: SEC020
  });
};

exports.quiet = async (event) => {
  try {
    return { statusCode: 200, body: JSON.stringify(await load(event.id)) };
  } catch (err) {
    return { statusCode: 500, body: JSON.stringify(err) };  // ok: SEC020 (JSON.stringify of an Error is "{}")
  }
};
