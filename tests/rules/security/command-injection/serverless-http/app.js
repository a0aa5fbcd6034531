// An Express app behind serverless-http: its routes are the handlers.
const serverless = require('serverless-http');
const express = require('express');
const { execSync } = require('child_process');

const app = express();
app.get('/files', (req, res) => {
  res.send(execSync('ls ' + req.query.dir).toString()); // expect: SEC012 "in handler 'app.GET /files'"
});
app.get('/disk', (req, res) => {
  res.send(require('child_process').execSync(`df ${req.query.mount}`).toString()); // expect: SEC012 "child_process.execSync() in handler 'app.GET /disk'"
});
app.post('/ping', (req, res) => {
  res.send(execSync('uptime').toString()); // ok: SEC012 (a constant command)
});
module.exports.handler = serverless(app);
