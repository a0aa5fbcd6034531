const VERSION = '2026.12.1';

interface Response {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

export async function version(): Promise<Response> {
  return {
    statusCode: 200,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ version: VERSION }),
  };
}
