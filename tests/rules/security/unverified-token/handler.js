// The verify() below accepts 'none', so it verifies nothing: the decode() calls stay findings.
const jwt = require('jsonwebtoken');
const { jwtDecode } = require('jwt-decode');

exports.handler = async (event) => {
  const token = event.headers.authorization.replace('Bearer ', '');
  const claims = jwt.decode(token);  // expect: SEC021 "jsonwebtoken.decode() reads the claims without checking the signature"
  if (!claims.admin) return { statusCode: 403 };
  const profile = jwtDecode(event.headers['x-id-token']);  // expect: SEC021 "jwt-decode.jwtDecode()"
  const open = jwt.verify(token, process.env.SECRET, { algorithms: ['none'] });  // expect: SEC021 "accepts algorithm 'none'"
  return { statusCode: 200, body: JSON.stringify({ claims, profile, open }) };
};

exports.expiry = async () => {
  const own = jwt.decode(process.env.SERVICE_TOKEN);  // ok: SEC021 (the function's own token, not the caller's)
  return { statusCode: 200, body: String(own.exp) };
};
