export const features = { greeting: 'hello', newPriceCache: false };
