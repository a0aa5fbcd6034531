exports.handle = async () => {
  console.log("exporting yesterday's orders");
};
