import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';

const s3 = new S3Client({});

export const handler = async (event: S3Event) => {
  const { bucket, object } = event.Records[0].s3;
  await s3.send(new GetObjectCommand({ Bucket: bucket.name, Key: object.key }));
};

function helper(x: number) { // ok: LCK005 (not a handler)
  return x;
}
