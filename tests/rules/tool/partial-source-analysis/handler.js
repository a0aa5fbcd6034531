exports.handler = async (event) => {
  const order = { id: event.id,; // expect: FL008 "the parser reported 1 error (the first at line 2)"
  return order;
};
