exports.handle = async (event) => ({ ok: true, source: event.source });
