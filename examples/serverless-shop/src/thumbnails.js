exports.handle = async (event) => {
  const key = event.Records[0].s3.object.key;
  console.log("resizing", key);
};
