const stripe = require("stripe")("sk_live_51HqLyjWDarjtT1zdp7dcXYZabc123DEFghi456"); // expect: SEC009

exports.handler = async (event) => {
  const greeting = `hello ${event.name}`; // ok: SEC009
  return stripe.charges.list({ limit: 3 }).then(() => greeting);
};
