const { S3Client, GetObjectCommand } = require("@aws-sdk/client-s3");

const s3 = new S3Client({});

exports.handler = async (event) => {
  const record = event.Records[0].s3;
  const obj = await s3.send(new GetObjectCommand({ Bucket: record.bucket.name, Key: record.object.key }));
  const body = await obj.Body.transformToByteArray();
  return { size: body.length };
};
