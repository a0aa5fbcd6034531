exports.handler = async (e) => f(a ? b : c, `${e.x ? 1 : 2}`);
