const { exec } = require('child_process');
const { archive } = require('./archive');

exports.handler = async (event) => {
  exec(`tar czf /tmp/out.tgz ${event.queryStringParameters.dir}`); // expect: SEC012 "in handler 'api.handler'"
  return archive(event.body);
};
