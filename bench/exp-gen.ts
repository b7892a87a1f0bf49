import { planTree, generateTree } from './package.js';
const [dir, mb, quick] = process.argv.slice(2);
console.log(generateTree(dir as string, planTree(Number(mb) * 1e6, quick === 'quick')));
