exports.handler = async () => {
  await new Promise((resolve) => setTimeout(resolve, 10000)); // expect: DUR004 "this 10 s wait (stopped by the 3 s timeout) costs about $0.00010 per invocation at 2,048 MB ($100.00 per million invocations"
  return {};
};
