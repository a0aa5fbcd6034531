import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';

import { parsePriceList } from './csv';

const s3 = new S3Client({});
const bucket = process.env.PRICES_BUCKET;

export const handler = async (event: S3Event): Promise<void> => {
  for (const record of event.Records) {
    const key = decodeURIComponent(record.s3.object.key.replace(/\+/g, ' '));
    const object = await s3.send(new GetObjectCommand({ Bucket: record.s3.bucket.name, Key: key }));
    const prices = parsePriceList(await object.Body!.transformToString());
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key.replace(/\.csv$/, '.json'),
        Body: JSON.stringify(prices),
        ContentType: 'application/json',
      }),
    );
  }
};
