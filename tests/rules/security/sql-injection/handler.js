const { Pool } = require("pg");
const knex = require("knex")({ client: "pg" });
const { DynamoDBClient, ScanCommand } = require("@aws-sdk/client-dynamodb");

const pool = new Pool();
const dynamo = new DynamoDBClient({});

async function search(db, term) {
  return db.query(`SELECT * FROM products WHERE name LIKE '%${term}%'`); // expect: SEC014 "In 'handler.search', called from handler 'handler.handler', data from the event is built into the SQL query that db.query() runs"
}

exports.handler = async (event) => {
  const body = JSON.parse(event.body);
  await pool.query("SELECT * FROM orders WHERE id = " + body.id); // expect: SEC014:error "the SQL query that pg.Pool.query() runs"
  await pool.query("SELECT * FROM orders WHERE id = $1", [body.id]); // ok: SEC014 (a parameter)
  await pool.query(`SELECT * FROM orders WHERE id = ${Number(body.id)}`); // ok: SEC014 (a number)
  await knex.raw(`UPDATE carts SET total = ${body.total}`); // expect: SEC014 "knex.raw()"
  await knex.raw("UPDATE carts SET total = ?", [body.total]); // ok: SEC014 (a binding)
  const found = await search(pool, body.term);
  console.log("SELECT for " + body.term); // ok: SEC014 (a log line)
  await dynamo.send(new ScanCommand({ TableName: "t", FilterExpression: `begins_with(title, ${body.prefix})` })); // expect: SEC014 "the FilterExpression of aws.dynamodb.Scan"
  await dynamo.send(new ScanCommand({ TableName: "t", FilterExpression: "begins_with(title, :p)", ExpressionAttributeValues: { ":p": { S: body.prefix } } })); // ok: SEC014 (a value)
  const cache = new Map();
  cache.execute = () => 0;
  return { statusCode: 200, body: JSON.stringify(found.rows) };
};
