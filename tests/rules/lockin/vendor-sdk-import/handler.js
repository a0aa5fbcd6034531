const AWS = require("aws-sdk"); // expect: LCK001 "Import of 'aws-sdk' binds this code to the AWS SDK for JavaScript v2"
const { Storage } = require("@google-cloud/storage"); // expect: LCK001 "Google Cloud client libraries for Node.js"
const functions = require("@google-cloud/functions-framework"); // ok: LCK001 (runtime: LCK004)
const path = require("path"); // ok: LCK001

exports.handler = async () => [AWS, Storage, functions, path];
