exports.handler = async (event) => { // ok: FL008 (the lines before the error read)
  const order = { id: event.id,; // expect: FL008 "the parser reported 1 error (the first at line 2)"
  return order;
};
