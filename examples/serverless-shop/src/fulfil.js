exports.handle = async (event) => {
  for (const record of event.Records) {
    console.log("fulfilling", record.messageId);
  }
};
