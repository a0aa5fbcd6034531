const { DynamoDBClient, GetItemCommand, PutItemCommand } = require("@aws-sdk/client-dynamodb");

const db = new DynamoDBClient({});

exports.list = async () => ({ statusCode: 200, body: "[]" });

exports.create = async (event) => {
  const order = JSON.parse(event.body);
  try {
    await db.send(new PutItemCommand({ TableName: process.env.TABLE_NAME, Item: { id: { S: order.id } } }));
  } catch (err) {
    // The SDK's message (it names the table and the role) goes back to the caller: SEC020.
    return { statusCode: 500, body: JSON.stringify({ message: err.message }) };
  }
  if (event.queryStringParameters?.receipt === "html") {
    // The order's note is echoed into a receipt page unescaped: SEC022.
    return { statusCode: 201, headers: { "Content-Type": "text/html" }, body: `<h1>Order ${order.id}</h1><p>${order.note}</p>` };
  }
  return { statusCode: 201, body: JSON.stringify({ id: order.id }) };
};
