const { DynamoDBClient, GetItemCommand, PutItemCommand } = require("@aws-sdk/client-dynamodb");

const db = new DynamoDBClient({});

exports.list = async () => ({ statusCode: 200, body: "[]" });

exports.create = async (event) => {
  const order = JSON.parse(event.body);
  await db.send(new PutItemCommand({ TableName: process.env.TABLE_NAME, Item: { id: { S: order.id } } }));
  return { statusCode: 201, body: JSON.stringify({ id: order.id }) };
};
