exports.handle = async (event) => {
  // Verify the Stripe-Signature header before trusting the body.
  return { statusCode: 200 };
};
