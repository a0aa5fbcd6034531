// The token is decoded to read its key id, then verified: decode() is not the check here.
const jwt = require('jsonwebtoken');

exports.handler = async (event) => {
  const token = event.headers.authorization.replace('Bearer ', '');
  const { header } = jwt.decode(token, { complete: true });  // ok: SEC021 (verified below)
  const claims = jwt.verify(token, await keyFor(header.kid), { algorithms: ['RS256'] });  // ok: SEC021
  return { statusCode: 200, body: claims.sub };
};
