module.exports.handler = async function (context, req) {
  context.res = { body: `${process.env.GREETING}, ${context.bindingData.name}` };
};
