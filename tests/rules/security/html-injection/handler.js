const express = require('express');
const escapeHtml = require('escape-html');

const app = express();

app.get('/hello', (req, res) => {
  res.send(`<h1>Hello ${req.query.name}</h1>`);  // expect: SEC022 "sends with res.send()"
});

app.get('/echo', (req, res) => {
  res.send(req.query.text);  // expect: SEC022 "sends with res.send()"
});

app.get('/hello-safe', (req, res) => {
  res.send(`<h1>Hello ${escapeHtml(req.query.name)}</h1>`);  // ok: SEC022 (escaped)
});

app.get('/hello-json', (req, res) => {
  res.json({ greeting: `Hello ${req.query.name}` });  // ok: SEC022 (JSON)
});

module.exports = app;

exports.handler = async (event) => {
  const name = event.queryStringParameters.name;
  return {  // expect: SEC022 "In handler 'handler.handler', data from the event is put into the HTML page it returns"
    statusCode: 200,
    headers: { 'content-type': 'text/html' },
    body: `<p>Hello ${name}</p>`,
  };
};

exports.plain = async (event) => ({
  statusCode: 200,
  body: `<p>Hello ${event.queryStringParameters.name}</p>`,
});
