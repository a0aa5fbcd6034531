import { S3Client, GetObjectCommand } from "@aws-sdk/client-s3";

const s3 = new S3Client({});

export const handler = async (event: { key: string }) => {
  const obj = await s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
  const text = await obj.Body!.transformToString(); // expect: MEM004 "aws.s3.GetObject.Body.transformToString"
  const head = await s3.send(new GetObjectCommand({ Bucket: "b", Key: "k", Range: "bytes=0-1023" }));
  const part = await head.Body!.transformToString(); // ok: MEM004 (a byte range)
  return text.length + part.length;
};
