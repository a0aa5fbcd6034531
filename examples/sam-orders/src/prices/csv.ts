export interface Price {
  sku: string;
  cents: number;
}

/** "sku,price" lines, header first. */
export function parsePriceList(text: string): Price[] {
  return text
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [sku, price] = line.split(',');
      return { sku: sku.trim(), cents: Math.round(Number(price) * 100) };
    });
}
